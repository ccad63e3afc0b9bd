// Column-header lines that converters invent by repeating row labels ("项目 | 予以公开 | 部分公开 | 不予公开 |
// 结转下年度 | 总计"): a table row holding three or more row labels and no number is a header, not three rows. Read
// as rows, each label would open a row without values, claim its key, and push the real row out as a duplicate.
import type { StreamEvent } from './stream.js';

/** At least this many row labels, in a row with no number, make a header line. */
const MIN_LABELS = 3;

/** Keys (rowKey()) of the table rows that are header lines. */
export function headerLines(events: readonly StreamEvent[]): ReadonlySet<number> {
  const labels = new Map<number, number>();
  const valued = new Set<number>();
  for (const ev of events) {
    if (ev.kind === 'cell') {
      if (ev.token.kind === 'value') valued.add(rowKey(ev.token.table, ev.token.row));
    } else if (ev.kind === 'hit' && isRowLabel(ev) && !ONE_CELL_ROWS.has(ev.shape)) {
      const k = rowKey(ev.node, ev.row);
      labels.set(k, (labels.get(k) ?? 0) + 1);
    }
  }
  const out = new Set<number>();
  for (const [k, n] of labels) if (n >= MIN_LABELS && !valued.has(k)) out.add(k);
  return out;
}

/**
 * Shapes whose rows are single cells (a label and its numbers are separate rows): a row without a number there
 * says nothing.
 */
export const ONE_CELL_ROWS: ReadonlySet<string> = new Set(['flattened', 'cell-per-line', 'blank-line']);

/** A label that opens a row: 表四's group labels (行政复议, 行政诉讼…) belong to its header anyway. */
function isRowLabel(ev: Extract<StreamEvent, { kind: 'hit' }>): boolean {
  return ev.entry.role === 'row' || (ev.entry.role === 'group' && ev.entry.table !== 'appeals');
}

/** One number per (table node, row): rows per node stay far below the factor. */
export function rowKey(node: number, row: number): number {
  return node * 1_000_000 + row;
}
