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
  /** Distinct 2021-only labels of 表二/表三 found (本年制发件数, the （六） sub-rows…): the other side of the vote. */
  labels2021: number;
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
  const modern = new Set<string>();
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
    if (ev.entry.signature2021) modern.add(ev.entry.canonical);
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
  return { labels, numbers, signatures2019, labels2021: modern.size, otherHandlingRow };
}

/** "2012年…政府信息公开工作年度报告" (and 政务公开 / 年度报告 without 工作, older wordings). */
const REPORT_TITLE = /(?:19|20)\d{2}\s*年度?[^。；]{0,40}?(?:信息|政务)公开(?:工作)?的?年度报告(?!格式)/;
/** How far into the text a title that was not found as its own line is looked for (one-line page dumps). */
const TITLE_REACH = 300;

/** The title, or the start of a text whose title line was not found (a one-line dump), names an annual report. */
export function callsItAReport(title: string | null, text: string): boolean {
  return REPORT_TITLE.test(title ?? '') || REPORT_TITLE.test(text.slice(0, TITLE_REACH));
}

export interface TemplateDecision {
  template: TemplateId;
  /** Why, in a few words (model output, for users asking why a rule did not run). */
  reason: string;
}

/** What else the document shows about being a report. */
export interface ReportClues {
  headings: number;
  year: number | null;
  /** The title calls it a 年度报告 (政府信息公开工作年度报告 and its older wordings). */
  titleSaysReport: boolean;
  /** Length of the text: a page with a title and a download link is not the report. */
  chars: number;
}

/** Text a report titled as one has at least, when none of its parts could be read (a page with a link has less). */
const MIN_REPORT_CHARS = 800;

/**
 * The report's template. The year and the vote of the table labels decide it: one 2019 signature (a legacy row
 * left in a 2021 table) does not turn a 2021 report into a 2019 one, or every 2021 rule would be skipped; the
 * legacy row still shapes how 表三 is read (TableEvidence.otherHandlingRow) and `template/version-2019` reports it.
 */
export function detectTemplate(tables: TableEvidence, clues: ReportClues): TemplateDecision {
  const { headings, year } = clues;
  // Before the 2019 条例 there was no national template: a report of its time, judged by what still applies.
  if (year !== null && year < 2019 && (clues.titleSaysReport || headings > 0)) {
    return { template: 'pre-2019', reason: `year ${year} < 2019` };
  }
  if (headings === 0 && tables.labels === 0) {
    // A text titled as an annual report is one, however little of it could be read (rules say what is missing).
    if (clues.titleSaysReport && clues.chars >= MIN_REPORT_CHARS) return { template: 'unknown', reason: 'titled as a report; no heading and no table label read' };
    return { template: 'not-a-report', reason: 'no heading and no table label' };
  }
  // The blank national template (or a form to fill in): headings and tables, but not a single number.
  if (tables.labels > 0 && tables.numbers === 0) return { template: 'not-a-report', reason: 'table labels without a number' };
  const old = new Set(tables.signatures2019.map((s) => s.value)).size;
  const modern = tables.labels2021;
  if (old > 0) {
    const votes = `${old} 2019 signatures vs ${modern} 2021 labels`;
    // A tie goes to the template of the year: 2019 and 2020 reports were written on the trial template.
    if (old > modern || (old === modern && (year === null || year <= 2020))) return { template: 'gov-2019', reason: votes };
    return { template: 'gov-2021', reason: votes };
  }
  if (year !== null && year < 2019) return { template: 'pre-2019', reason: `year ${year} < 2019` };
  if (tables.labels === 0 && headings < 3) return { template: 'unknown', reason: 'no table label and fewer than 3 headings' };
  // Nothing of either template's own in the tables read (表二 lost, say): 2019 and 2020 were the trial template's years.
  if (modern === 0 && year !== null && year <= 2020) return { template: 'gov-2019', reason: `year ${year}, no label of either template's own` };
  return { template: 'gov-2021', reason: modern > 0 ? `${modern} 2021 labels` : 'six-part report without 2019 signatures' };
}
