// Plain data passed between the stages of the PDF reader. Coordinates are points, top-down: y grows down the
// page, as the page is displayed.

/** A text item as pdfjs gives it: `x`, `y` is the start of its baseline; `h` the font size. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A horizontal or vertical stroke (table border) drawn on the page. */
export interface PdfSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
  segments: PdfSegment[];
}

/** A run of items on one baseline, split from its neighbours by a gap (a cell, or a whole line of prose). */
export interface Chunk {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  h: number;
}

export interface Line {
  page: number;
  y: number;
  h: number;
  chunks: Chunk[];
}

export interface LayoutCell {
  text: string;
  /** Set on slots covered by a merged cell: the [row, column] of the cell, in the same table. */
  origin?: [number, number];
}

export interface LayoutRow {
  page: number;
  cells: LayoutCell[];
}

export type LayoutBlock =
  | { kind: 'paragraph'; lines: { page: number; text: string }[] }
  | { kind: 'table'; rows: LayoutRow[]; ruled: boolean };
