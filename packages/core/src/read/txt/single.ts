// One cell per line without separators: plain label/value lines (cell-per-line) and the blank-line-separated form
// whose blank cells are lines holding only NBSP or U+3000 (SEED-003).
import { sliceCell, type CellSlice } from '../cells.js';

export function singleCell(text: string, start: number, end: number): CellSlice[] {
  return [sliceCell(text, start, end)];
}
