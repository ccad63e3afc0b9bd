// Which template a document follows, from what pass 1 found (rulebook §4 signatures), or that it is no report.
import { spanAt, type LineIndex } from '../util/position.js';
import { isNumeric } from '../util/number.js';
import type { LabelHit } from './labels.js';
import type { StreamEvent } from './tables/stream.js';
import { OTHER_HANDLING_GROUP } from './template.js';
import type { Located, TemplateId } from './types.js';

export interface TableEvidence {
  /** Label hits of distinctive template labels (not "总计" alone). */
  labels: number;
  /** Numbers in cells of the three template tables. */
  numbers: number;
  signatures2019: Located<string>[];
  /** Table 三's （六）其他处理 is one data row (the 2019 shape), not a group of three. */
  otherHandlingRow: boolean;
}

export function tableEvidence(events: readonly StreamEvent[], index: LineIndex): TableEvidence {
  let labels = 0;
  let numbers = 0;
  const signatures2019: Located<string>[] = [];
  const sig = (h: LabelHit): Located<string> => ({ value: h.entry.canonical, text: h.written, span: spanAt(index, h.start, h.end) });
  let otherHandling: LabelHit | null = null;
  let otherHandlingNumbers = 0;
  let otherHandlingSubRows = false;
  let otherHandlingRow = false;
  for (const ev of events) {
    if (ev.kind === 'cell') {
      if (ev.table && ev.token.kind === 'value' && isNumeric(ev.token.raw)) {
        numbers++;
        if (otherHandling) otherHandlingNumbers++;
      }
      continue;
    }
    if (ev.kind !== 'hit') continue;
    if (ev.entry.norm.length >= 4) labels++;
    if (ev.entry.signature2019) signatures2019.push(sig(ev));
    if (ev.entry.table !== 'requests') continue;
    if (ev.entry.canonical === OTHER_HANDLING_GROUP) {
      otherHandling = ev;
      otherHandlingNumbers = 0;
    } else if (otherHandling) {
      if (ev.entry.key?.startsWith('otherHandling.')) otherHandlingSubRows = true;
      // Numbers on （六）'s own row with no 2021 sub-row after it: the 2019 single row (rulebook §4).
      if (!otherHandlingSubRows && otherHandlingNumbers > 0 && ev.entry.role === 'row') {
        signatures2019.push(sig(otherHandling));
        otherHandlingRow = true;
      }
      otherHandling = null;
    }
  }
  return { labels, numbers, signatures2019, otherHandlingRow };
}

export function detectTemplate(headings: number, tables: TableEvidence, year: number | null): TemplateId {
  if (headings === 0 && tables.labels === 0) return 'not-a-report';
  // The blank national template (or a form to fill in): headings and tables, but not a single number.
  if (tables.labels > 0 && tables.numbers === 0) return 'not-a-report';
  if (tables.signatures2019.length > 0) return 'gov-2019';
  if (year !== null && year < 2019) return 'pre-2019';
  if (tables.labels === 0 && headings < 3) return 'unknown';
  return 'gov-2021';
}
