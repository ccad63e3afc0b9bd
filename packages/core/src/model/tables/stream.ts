// Pass 1 over the table cells: recognise labels (runs of consecutive label cells) and note which template table
// each cell belongs to. The current table follows the section the cell is in, and switches when a label that only
// one table has appears (a report whose headings are missing, or several tables in one region).
import type { Token } from '../lines.js';
import { matchRun, type LabelPiece, type MatchContext, type RunItem } from '../labels.js';
import type { SectionKey, TableKey } from '../types.js';

export type StreamEvent =
  | (RunItem & { table: TableKey | null; runTogether: boolean; shape: string; node: number; row: number })
  | { kind: 'cell'; token: Token; table: TableKey | null };

const SECTION_TABLE: Partial<Record<SectionKey, TableKey>> = { proactive: 'proactive', requests: 'requests', appeals: 'appeals' };

/**
 * A run item as an event, written out field by field: an object spread here was the single most expensive line of
 * the model (generic property copying), and one literal per kind keeps the events' shapes few for later passes.
 */
function eventOf(item: RunItem, table: TableKey | null, t: Token): StreamEvent {
  if (item.kind === 'hit') {
    const { entry, match, written, start, end, first, last } = item;
    return { kind: 'hit', entry, match, written, start, end, first, last, table: entry.table, runTogether: t.runTogether, shape: t.shape, node: t.table, row: t.row };
  }
  const { written, start, end, first, last } = item;
  return { kind: 'unknown', written, start, end, first, last, table, runTogether: t.runTogether, shape: t.shape, node: t.table, row: t.row };
}

export function matchStream(tokens: readonly Token[], text: string, sectionAt: (offset: number) => SectionKey | null): StreamEvent[] {
  const events: StreamEvent[] = [];
  const ctx: MatchContext = { table: null, home: null, last: null, loose: false };
  const sections = tokens.map((t) => sectionAt(t.start));
  let section: SectionKey | null | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const here = sections[i];
    if (here !== section) {
      section = here;
      const table = here ? SECTION_TABLE[here] : undefined;
      ctx.home = table ?? null;
      if (table) {
        ctx.table = table;
        ctx.last = null;
      }
    }
    if (t.kind !== 'label') {
      events.push({ kind: 'cell', token: t, table: ctx.table });
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j].kind === 'label' && tokens[j].table === t.table && sections[j] === here) j++;
    // Tokens are label pieces already (raw, start, end): no copy needed.
    const pieces: readonly LabelPiece[] = j - i === tokens.length ? tokens : tokens.slice(i, j);
    ctx.loose = t.shape === 'flattened';
    // Each label's own first token: its table node and row (a header line is told apart by its row).
    for (const item of matchRun(pieces, text, ctx)) events.push(eventOf(item, ctx.table, tokens[i + item.first]));
    i = j;
  }
  return events;
}
