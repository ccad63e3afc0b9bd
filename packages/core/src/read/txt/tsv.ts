// Tab-separated rows (SEED-002): every tab separates two cells; trailing empty cells are layout fillers.
import { sliceCell, markTrailingFillers, type CellSlice } from '../cells.js';

export function splitTsvLine(text: string, start: number, end: number): CellSlice[] {
  const cells: CellSlice[] = [];
  let from = start;
  for (let i = text.indexOf('\t', start); i !== -1 && i < end; i = text.indexOf('\t', i + 1)) {
    cells.push(sliceCell(text, from, i));
    from = i + 1;
  }
  cells.push(sliceCell(text, from, end));
  return markTrailingFillers(cells);
}
