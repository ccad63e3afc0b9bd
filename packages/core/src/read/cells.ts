// A cell cut out of a line of source text: the unit every text-shape splitter produces and the txt/md readers turn
// into mdast `tableCell` nodes.
import { isBlank, trimRange } from '../util/text.js';

declare module 'mdast' {
  interface TableData {
    /** Flattened dumps only: digits run straight into labels, so one token may hold several cells' digits. */
    runTogether?: boolean;
  }
  interface TableCellData {
    /** A layout filler (`||` runs, trailing empty columns): a value only where the row still lacks one. */
    filler?: boolean;
  }
}

export interface CellSlice {
  /** Offsets into the document text. For a blank cell: the blank itself (zero-width for `||`). */
  start: number;
  end: number;
  /** Trimmed text; for a blank cell, its NBSP/U+3000 characters ("" when it held none). */
  raw: string;
  blank: boolean;
  filler: boolean;
}

/** The cell held by text[from, to): trimmed when it has content, kept whole when blank. */
export function sliceCell(text: string, from: number, to: number, filler = false): CellSlice {
  const seg = text.slice(from, to);
  if (isBlank(seg)) return { start: from, end: to, raw: seg.replace(/[ \t]/g, ''), blank: true, filler };
  const [a, b] = trimRange(text, from, to);
  return { start: a, end: b, raw: text.slice(a, b), blank: false, filler: false };
}

/** Blank cells after the last non-blank cell of a line are layout fillers, not values. */
export function markTrailingFillers(cells: CellSlice[]): CellSlice[] {
  for (let i = cells.length - 1; i >= 0 && cells[i].blank; i--) cells[i].filler = true;
  return cells;
}
