// Builders for the mdast nodes that the html, docx and pdf readers emit, so that every reader produces the
// same node shapes as the Markdown reader (remark) does: a `position` on every node, text in `text` children.
import type { Heading, Paragraph, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { Point, Span } from './document.js';

declare module 'mdast' {
  interface TableData {
    /** Source shape of the table: `gfm`, `pipe`, `html`, `docx`, `pdf`, … (see Document). */
    shape?: string;
  }
  interface TableCellData {
    /** Set on the slots of a merged cell other than its first one: they carry no text of their own. */
    spanned?: boolean;
  }
  interface ParagraphData {
    /** Where a paragraph came from when it is not body text, e.g. `title` for an HTML `<title>`. */
    source?: string;
  }
}

export function point(line: number, column: number, offset: number): Point {
  return { line, column, offset };
}

export function span(start: Point, end: Point): Span {
  return { start: { ...start }, end: { ...end } };
}

export function text(value: string, position: Span): Text {
  return { type: 'text', value, position: span(position.start, position.end) };
}

/**
 * Text of a block in pieces that each map exactly onto the source (an HTML text node per source line, a PDF
 * line): the block's text is the concatenation of the pieces' values.
 */
export interface TextPiece {
  value: string;
  position: Span;
}

function textChildren(content: string | TextPiece[], position: Span): Text[] {
  if (typeof content !== 'string') return content.map((p) => text(p.value, p.position));
  return content === '' ? [] : [text(content, position)];
}

export function paragraph(content: string | TextPiece[], position: Span, source?: string): Paragraph {
  const node: Paragraph = { type: 'paragraph', children: textChildren(content, position), position: span(position.start, position.end) };
  if (source) node.data = { source };
  return node;
}

export function heading(depth: number, content: string | TextPiece[], position: Span): Heading {
  const d = Math.min(6, Math.max(1, Math.round(depth))) as Heading['depth'];
  return { type: 'heading', depth: d, children: textChildren(content, position), position: span(position.start, position.end) };
}

/** An empty cell has no children, as remark-gfm gives for `|  |`. */
export function tableCell(content: string | TextPiece[], position: Span, spanned = false): TableCell {
  const node: TableCell = { type: 'tableCell', children: textChildren(content, position), position: span(position.start, position.end) };
  if (spanned) node.data = { spanned: true };
  return node;
}

export function tableRow(cells: TableCell[], position: Span): TableRow {
  return { type: 'tableRow', children: cells, position: span(position.start, position.end) };
}

export function table(rows: TableRow[], shape: string, position: Span): Table {
  const width = rows.reduce((w, r) => Math.max(w, r.children.length), 0);
  return {
    type: 'table',
    align: new Array<null>(width).fill(null),
    children: rows,
    position: span(position.start, position.end),
    data: { shape },
  };
}

export function root(children: RootContent[], position: Span): Root {
  return { type: 'root', children, position: span(position.start, position.end) };
}

/** The text of a cell as the model sees it: its text children joined. */
export function cellText(cell: TableCell): string {
  return cell.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}
