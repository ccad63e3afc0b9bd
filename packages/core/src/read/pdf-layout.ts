// Pages of text items and rulings → blocks in reading order: paragraphs (wrapped lines joined) and tables
// (ruled tables from their borders, borderless ones from the positions of their numbers), with tables cut by
// a page break joined again.
import { dropPageNumbers, lineText, toLines } from './pdf-lines.js';
import { ruledTables, type RuledTable } from './pdf-grid.js';
import { textTables } from './pdf-text-tables.js';
import type { Chunk, LayoutBlock, LayoutRow, Line, PdfItem, PdfPage } from './pdf-types.js';
import { appendAll, minOf } from '../util/many.js';

/** A table as it stands on one page, before joining across pages. */
export interface PageTable {
  page: number;
  top: number;
  /** Column signature used to recognise the same table on the next page. */
  columns: number[];
  rows: LayoutRow[];
  /** Per column: the bottom cell is a merged cell that may continue on the next page. */
  openBottom: boolean[];
  ruled: boolean;
}

type Element = { kind: 'line'; line: Line } | { kind: 'table'; table: PageTable };

/** Grid rows of a ruled table; rows and columns in which no cell starts (stray rulings) are dropped. */
export function ruledRows(t: RuledTable): PageTable {
  const startsRow = new Set(t.regions.map((r) => r.r0));
  const startsCol = new Set(t.regions.map((r) => r.c0));
  const rowMap = new Map<number, number>();
  const colMap = new Map<number, number>();
  for (let r = 0; r < t.rows; r++) if (startsRow.has(r)) rowMap.set(r, rowMap.size);
  for (let c = 0; c < t.cols; c++) if (startsCol.has(c)) colMap.set(c, colMap.size);
  const rows: LayoutRow[] = [];
  for (let r = 0; r < t.rows; r++) {
    if (!rowMap.has(r)) continue;
    const cells = [];
    for (let c = 0; c < t.cols; c++) {
      if (!colMap.has(c)) continue;
      const reg = t.regions[t.slots[r][c]];
      cells.push(reg.r0 === r && reg.c0 === c ? { text: reg.text } : { text: '', origin: [rowMap.get(reg.r0) ?? 0, colMap.get(reg.c0) ?? 0] as [number, number] });
    }
    rows.push({ page: t.page, cells });
  }
  const last = t.rows - 1;
  const openBottom = [...colMap.keys()].map((c) => t.regions[t.slots[last][c]].r0 < last);
  const columns = [...colMap.keys()].map((c) => t.xs[c]).concat(t.xs[t.cols]);
  return { page: t.page, top: t.top, columns, rows, openBottom, ruled: true };
}

const NEAR = 3;
const near = (x: number, xs: number[]): number => xs.findIndex((y) => Math.abs(x - y) <= NEAR);

/**
 * The part on the next page is the same table when it has the same outer edges and its column boundaries are
 * a subset of the first part's, or the reverse (a part may hold only rows with merged columns).
 */
function continues(prev: number[], next: number[]): boolean {
  const [small, large] = prev.length <= next.length ? [prev, next] : [next, prev];
  const edges = Math.abs(prev[0] - next[0]) <= NEAR && Math.abs(prev[prev.length - 1] - next[next.length - 1]) <= NEAR;
  return edges && small.every((x) => near(x, large) >= 0);
}

/** Re-expresses a table on finer column boundaries: a cell over several of them becomes a merged cell. */
function regrid(t: PageTable, xs: number[]): PageTable {
  if (t.columns.length === xs.length) return t;
  const range = t.columns.slice(0, -1).map((x, c) => [near(x, xs), near(t.columns[c + 1], xs)] as const);
  const rows = t.rows.map((row, r) => {
    const cells: LayoutRow['cells'] = [];
    row.cells.forEach((cell, c) => {
      const [u0, u1] = range[c];
      const origin: [number, number] = cell.origin ? [cell.origin[0], range[cell.origin[1]][0]] : [r, u0];
      cells.push(cell.origin ? { text: '', origin } : cell);
      for (let u = u0 + 1; u < u1; u++) cells.push({ text: '', origin });
    });
    return { page: row.page, cells };
  });
  const openBottom = range.flatMap(([u0, u1], c) => new Array<boolean>(u1 - u0).fill(t.openBottom[c]));
  return { ...t, columns: xs, rows, openBottom };
}

/** Appends the rows of `next` (the same table continued on the next page) to `prev`. */
function joinTables(prev: PageTable, next: PageTable): PageTable {
  const offset = prev.rows.length;
  const lastRow = prev.rows[offset - 1];
  // A merged cell cut by the page break shows up as an empty cell at the top of the next part: it continues
  // the cell above, as in the other formats.
  const carried = new Map<string, [number, number]>();
  const spansDown = (c: number): boolean => next.rows[1]?.cells[c]?.origin?.[0] === 0 && next.rows[1].cells[c].origin?.[1] === c;
  next.rows[0]?.cells.forEach((cell, c) => {
    if (cell.origin || cell.text !== '' || !(prev.openBottom[c] || spansDown(c))) return;
    const above = lastRow.cells[c];
    carried.set(`0,${c}`, above.origin ?? [offset - 1, c]);
  });
  const rows = next.rows.map((row, r) => ({
    page: row.page,
    cells: row.cells.map((cell, c) => {
      const key = cell.origin ? `${cell.origin[0]},${cell.origin[1]}` : `${r},${c}`;
      const cont = carried.get(key);
      if (cont) return { text: '', origin: cont };
      return cell.origin ? { text: '', origin: [cell.origin[0] + offset, cell.origin[1]] as [number, number] } : cell;
    }),
  }));
  return { ...prev, rows: [...prev.rows, ...rows], openBottom: next.openBottom };
}

const HEADING_LIKE = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/;
// Line breaking (UAX #14, as layout engines apply it to Chinese): no break before closing punctuation, after
// opening punctuation, or on either side of a quotation mark; Latin letters and digits hold together.
const NO_LINE_START = /[，。、；：！？）》」』】,.;:!?)\]%]/;
const NO_LINE_END = /[（《「『【(\[]/;
const QUOTE = /[“”‘’"']/;
const CJK_CHAR = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Width of the first unbreakable unit of a chunk (a character with its glued punctuation, or a word), estimated. */
function firstUnitWidth(c: Chunk): number {
  const t = c.text;
  const glued = (i: number): boolean => {
    const [p, q] = [t.charAt(i - 1), t.charAt(i)];
    if (/\s/.test(q)) return false;
    if (NO_LINE_START.test(q) || NO_LINE_END.test(p) || QUOTE.test(p) || QUOTE.test(q)) return true;
    return !CJK_CHAR.test(p) && !CJK_CHAR.test(q);
  };
  let n = 1;
  while (n < t.length && glued(n)) n++;
  return ((c.x1 - c.x0) * n) / Math.max(1, t.length);
}

/**
 * Whether `next` is the wrapped continuation of `prev`: same size, close below (or at the top of the next
 * page), not indented, not a numbered heading, and its first word would not have fitted on `prev`.
 */
function continuesParagraph(prev: Line, next: Line, firstOfPage: boolean, left: number, right: number): boolean {
  const a = prev.chunks[0];
  const b = next.chunks[0];
  if (prev.chunks.length > 1 || next.chunks.length > 1) return false;
  if (Math.abs(prev.h - next.h) > 1 || HEADING_LIKE.test(b.text)) return false;
  const close = firstOfPage ? next.page === prev.page + 1 : next.page === prev.page && next.y - prev.y <= 2.2 * Math.max(prev.h, next.h);
  if (!close) return false;
  // Centred: as much space on the left as on the right (a title and its wrapped tail), not just indented.
  const centred = (c: Chunk): boolean => c.x0 > left + prev.h && Math.abs(c.x0 - left - (right - c.x1)) < 0.5 * prev.h;
  let room: number;
  if (centred(b)) room = right - left - (a.x1 - a.x0);
  else if (b.x0 > left + 0.5 * next.h) return false; // an indented first line
  else room = right - a.x1;
  return room < firstUnitWidth(b) + 0.5 * prev.h;
}

/** The text block's left and right edges: where most prose lines start and end (a stray wide line aside). */
function margins(lines: Line[]): { left: number; right: number } {
  if (lines.length === 0) return { left: 0, right: 0 };
  const rights = lines.map((l) => l.chunks[l.chunks.length - 1].x1).sort((a, b) => a - b);
  return { left: minOf(lines, (l) => l.chunks[0].x0), right: rights[Math.floor((rights.length - 1) * 0.95)] };
}

function paragraphs(lines: Line[], firstOfPage: Set<Line>, { left, right }: { left: number; right: number }): LayoutBlock[] {
  const out: { kind: 'paragraph'; lines: { page: number; text: string }[] }[] = [];
  lines.forEach((line, i) => {
    const entry = { page: line.page, text: lineText(line) };
    const prev = lines[i - 1];
    const last = out[out.length - 1];
    if (prev && last && continuesParagraph(prev, line, firstOfPage.has(line), left, right)) last.lines.push(entry);
    else out.push({ kind: 'paragraph', lines: [entry] });
  });
  return out;
}

export interface LayoutOptions {
  /** Use drawn borders to find table cells (default true); off, every table is read from text positions. */
  rulings?: boolean;
}

export function layout(pages: PdfPage[], options: LayoutOptions = {}): LayoutBlock[] {
  const elements: Element[] = [];
  const firstOfPage = new Set<Line>();
  for (const p of pages) {
    const used = new Set<PdfItem>();
    const ruled = options.rulings === false ? [] : ruledTables(p.page, p.segments, p.items, used).map(ruledRows);
    const lines = dropPageNumbers(toLines(p.page, p.items.filter((i) => !used.has(i))), p.height, p.width);
    const pageElements: { y: number; el: Element }[] = [
      ...ruled.map((t) => ({ y: t.top, el: { kind: 'table', table: t } as Element })),
      ...textTables(lines).map((x) => ({ y: x.y, el: x.el as Element })),
    ].sort((a, b) => a.y - b.y);
    if (pageElements[0]?.el.kind === 'line') firstOfPage.add(pageElements[0].el.line);
    appendAll(elements, pageElements.map((e) => e.el));
  }

  // Join tables continued on the next page, then group the remaining lines into paragraphs.
  const joined: Element[] = [];
  for (const el of elements) {
    const prev = joined[joined.length - 1];
    const prevEnd = prev?.kind === 'table' ? prev.table.rows[prev.table.rows.length - 1].page : -1;
    if (el.kind === 'table' && prev?.kind === 'table' && el.table.page === prevEnd + 1 && el.table.ruled === prev.table.ruled && (!el.table.ruled || continues(prev.table.columns, el.table.columns))) {
      // A borderless table has no grid to align: its parts are joined as they are.
      const xs = prev.table.columns.length >= el.table.columns.length ? prev.table.columns : el.table.columns;
      const [a, b] = el.table.ruled ? [regrid(prev.table, xs), regrid(el.table, xs)] : [prev.table, el.table];
      joined[joined.length - 1] = { kind: 'table', table: joinTables(a, b) };
    } else joined.push(el);
  }
  const edges = margins(joined.flatMap((el) => (el.kind === 'line' ? [el.line] : [])));
  const blocks: LayoutBlock[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    appendAll(blocks, paragraphs(run, firstOfPage, edges));
    run = [];
  };
  for (const el of joined) {
    if (el.kind === 'line') run.push(el.line);
    else {
      flush();
      blocks.push({ kind: 'table', rows: el.table.rows, ruled: el.table.ruled });
    }
  }
  flush();
  return blocks;
}
