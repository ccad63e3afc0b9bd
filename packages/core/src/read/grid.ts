// Expands a table whose cells span rows and columns (HTML rowspan/colspan, Word gridSpan/vMerge) into a full
// rectangular grid, so that every row has the same width and a value always sits in its own column.

export interface SourceCell<P> {
  text: string;
  /** Where the cell is in the source; reused for the slots it spans. */
  pos: P;
  colSpan: number;
  /** 0 means "to the end of the table", as in HTML. */
  rowSpan: number;
}

export interface GridSlot<P> {
  /** The cell's text in its first (top-left) slot, '' in the slots it only spans. */
  text: string;
  pos: P;
  /** True for a slot covered by a span or added as padding: it has no text of its own. */
  spanned: boolean;
}

// Spans beyond these are typos or hostile input; HTML caps colspan at 1000 and rowspan at 65534.
const MAX_COL_SPAN = 1000;

/**
 * The most slots a table may expand to. A report table has a few hundred and a long appendix table a few
 * thousand; past this, spans and padding (a few bytes of markup each) would multiply into gigabytes.
 */
export const MAX_GRID_SLOTS = 100_000;

function clampSpan(n: number, max: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), max) : 1;
}

/**
 * An upper bound of rows × width of the expanded grid, without building it: a row holds its own cells plus
 * at most every cell that spans rows.
 */
export function gridSizeBound(rows: readonly (readonly SourceCell<unknown>[])[]): number {
  let widest = 0;
  let spanning = 0;
  for (const cells of rows) {
    let width = 0;
    for (const cell of cells) {
      const colSpan = clampSpan(cell.colSpan, MAX_COL_SPAN);
      width += colSpan;
      if (cell.rowSpan !== 1) spanning += colSpan;
    }
    widest = Math.max(widest, width);
  }
  return rows.length * (widest + spanning);
}

/**
 * Lays the cells of each row into the first free slots (the HTML table algorithm), spans cut at the table's
 * edge. Short rows are padded to the widest row with empty slots at `padPos(row)`. A table that could grow past
 * MAX_GRID_SLOTS (see `gridSizeBound`) is laid out cell by cell instead: no spans, no padding, ragged rows.
 */
export function expandGrid<P>(rows: SourceCell<P>[][], padPos: (row: number) => P, minWidth = 0): GridSlot<P>[][] {
  const flat = gridSizeBound(rows) > MAX_GRID_SLOTS;
  const grid: (GridSlot<P> | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r];
    let c = 0;
    for (const cell of cells) {
      while (line[c] !== undefined) c++;
      const colSpan = flat ? 1 : clampSpan(cell.colSpan, MAX_COL_SPAN);
      const rowSpan = flat ? 1 : cell.rowSpan === 0 ? rows.length - r : clampSpan(cell.rowSpan, rows.length - r);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = grid[r + dr];
        for (let dc = 0; dc < colSpan; dc++) {
          // An earlier span may already hold this slot (overlapping spans): the earlier cell wins.
          if (target[c + dc] !== undefined) continue;
          const first = dr === 0 && dc === 0;
          target[c + dc] = { text: first ? cell.text : '', pos: cell.pos, spanned: !first };
        }
      }
      c += colSpan;
    }
  });
  if (flat) return grid as GridSlot<P>[][];
  const width = grid.reduce((w, line) => Math.max(w, line.length), minWidth);
  return grid.map((line, r) => {
    const full: GridSlot<P>[] = [];
    for (let c = 0; c < width; c++) full.push(line[c] ?? { text: '', pos: padPos(r), spanned: true });
    return full;
  });
}
