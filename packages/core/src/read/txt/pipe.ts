// Pipe rows: "规章 | 0 | 0 | 0 |" (SEED-000), "| a | b |" (GFM-like), and the one-cell-per-line form "规章 |" with
// "||" / "|||" filler lines (SEED-001, SEED-004). Every "|" ends a cell; text after the last "|" is a cell only
// when it is not blank.
import { sliceCell, markTrailingFillers, type CellSlice } from '../cells.js';
import { isBlank } from '../../util/text.js';

/** Split text[start, end) (one line) into cells. */
export function splitPipeLine(text: string, start: number, end: number): CellSlice[] {
  const line = text.slice(start, end);
  const pipes: number[] = [];
  for (let i = line.indexOf('|'); i !== -1; i = line.indexOf('|', i + 1)) pipes.push(i);
  if (pipes.length === 0) return [sliceCell(text, start, end)];

  // Only pipes: every pipe closes one empty cell ("||" is two blank cells), all of them layout fillers.
  if (isBlank(line.replace(/\|/g, ''))) return pipes.map((p) => sliceCell(text, start + p, start + p, true));

  const cells: CellSlice[] = [];
  let from = 0;
  // "| a | b |": a leading pipe opens the row instead of closing an empty first cell.
  if (isBlank(line.slice(0, pipes[0]))) from = pipes[0] + 1;
  for (const p of pipes) {
    if (p < from) continue;
    cells.push(sliceCell(text, start + from, start + p));
    from = p + 1;
  }
  if (!isBlank(line.slice(from))) cells.push(sliceCell(text, start + from, end));
  return markTrailingFillers(cells);
}

/** Several non-blank cells on one line: a real pipe row rather than a one-cell-per-line dump. */
export function nonBlankCount(cells: readonly { blank: boolean }[]): number {
  return cells.reduce((n, c) => n + (c.blank ? 0 : 1), 0);
}
