// Pass 1 over the table cells: recognise labels (runs of consecutive label cells) and note which template table
// each cell belongs to. The current table follows the section the cell is in, and switches when a label that only
// one table has appears (a report whose headings are missing, or several tables in one region).
import type { Token } from '../lines.js';
import { matchRun, type LabelPiece, type MatchContext, type RunItem } from '../labels.js';
import type { SectionKey, TableKey } from '../types.js';

export type StreamEvent =
  | (RunItem & { table: TableKey | null; runTogether: boolean; shape: string })
  | { kind: 'cell'; token: Token; table: TableKey | null };

const SECTION_TABLE: Partial<Record<SectionKey, TableKey>> = { proactive: 'proactive', requests: 'requests', appeals: 'appeals' };

export function matchStream(tokens: readonly Token[], text: string, sectionAt: (offset: number) => SectionKey | null): StreamEvent[] {
  const events: StreamEvent[] = [];
  const ctx: MatchContext = { table: null, last: null, loose: false };
  const sections = tokens.map((t) => sectionAt(t.start));
  let section: SectionKey | null | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const here = sections[i];
    if (here !== section) {
      section = here;
      const table = here ? SECTION_TABLE[here] : undefined;
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
    const pieces: LabelPiece[] = tokens.slice(i, j).map(({ raw, start, end }) => ({ raw, start, end }));
    ctx.loose = t.shape === 'flattened';
    for (const item of matchRun(pieces, text, ctx)) {
      events.push({ ...item, table: item.kind === 'hit' ? item.entry.table : ctx.table, runTogether: t.runTogether, shape: t.shape });
    }
    i = j;
  }
  return events;
}
