// The two views the model reads from a Document, whatever its format: prose lines (the text of paragraph and
// heading nodes, split at line breaks, each character mapped back to the source) and the stream of table cells
// in reading order.
import type { Nodes, Table, TableCell } from 'mdast';
import type { Document } from '../read/document.js';
import { proseText, type ProseText } from '../read/prose.js';
import '../read/cells.js';
import { isValueLike } from '../util/number.js';
import { isBlank, trimRange } from '../util/text.js';
import { softWraps } from './soft-wrap.js';

export interface Line {
  /**
   * The line as a reader sees it, from the node's text children (read/prose.ts), trimmed: Markdown without its
   * markers, HTML without tags and with entities decoded, a wrapped PDF paragraph without its layout breaks.
   */
  text: string;
  /** Offsets into Document.text of the line's first character and just past its last one. */
  start: number;
  end: number;
  /** Offset into Document.text of text[k] (aligned through entities, escapes and collapsed whitespace). */
  at(k: number): number;
}

export type TokenKind = 'label' | 'value' | 'blank';

export interface Token {
  kind: TokenKind;
  /** Trimmed cell text; for a blank cell its NBSP/U+3000 characters or "". */
  raw: string;
  start: number;
  end: number;
  /** A layout filler (`||` runs, merged-cell slots): a value only where a row still lacks one. */
  filler: boolean;
  /** Index of the table node (document order). */
  table: number;
  /** Index of the row within its table node. */
  row: number;
  shape: string;
  runTogether: boolean;
}

/**
 * Prose lines of every paragraph and heading outside tables, in document order. In Markdown, a paragraph's
 * soft-wrapped lines (a hard-wrapped conversion) are one line, joined as the PDF reader joins its layout lines.
 */
export function proseLines(doc: Document): Line[] {
  const out: Line[] = [];
  const unwrap = doc.format === 'md';
  walk(doc.root, (node) => {
    if (node.type === 'table') return false;
    if (node.type === 'paragraph' || node.type === 'heading') {
      splitLines(proseText(node, doc.text), out, unwrap && node.type === 'paragraph');
      return false;
    }
    return true;
  });
  return out;
}

/** One Line per line of a block's text (trimmed, blank lines dropped), each with the block's offset map. */
function splitLines({ text, offsets }: ProseText, out: Line[], unwrap: boolean): void {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      const [a, b] = trimRange(text, from, i);
      if (b > a) ranges.push([a, b]);
      from = i + 1;
    }
  }
  const wraps = unwrap && ranges.length > 1 ? softWraps(ranges.map(([a, b]) => text.slice(a, b))) : null;
  for (let k = 0; k < ranges.length; k++) {
    let j = k;
    while (wraps && j < ranges.length - 1 && wraps[j]) j++;
    out.push(j === k ? lineOf(text, offsets, ranges[k][0], ranges[k][1]) : joinedLine(text, offsets, ranges.slice(k, j + 1)));
    k = j;
  }
}

function lineOf(text: string, offsets: readonly number[], a: number, b: number): Line {
  const line = text.slice(a, b);
  // The end is just past the line's last character (not the next character's offset: markup may follow).
  const end = offsets[b - 1] + 1;
  return { text: line, start: offsets[a], end, at: (k: number) => (k >= line.length ? end : offsets[a + k]) };
}

/**
 * Soft-wrapped lines as one. Nothing goes between them: a wrap at a fixed width breaks inside words and numbers
 * ("〔202" / "0〕") without consuming a space, and Chinese text has none to lose.
 */
function joinedLine(text: string, offsets: readonly number[], ranges: readonly [number, number][]): Line {
  let line = '';
  const map: number[] = [];
  for (const [a, b] of ranges) {
    line += text.slice(a, b);
    for (let i = a; i < b; i++) map.push(offsets[i]);
  }
  const last = ranges[ranges.length - 1];
  const end = offsets[last[1] - 1] + 1;
  return { text: line, start: map[0], end, at: (k: number) => (k >= line.length ? end : map[k]) };
}

/** Every table cell of the document as a token stream, in reading order. */
export function tableTokens(doc: Document): Token[] {
  const out: Token[] = [];
  const state = { tables: 0 };
  collectTables(doc.root, doc.text, state, out);
  return out;
}

/** Depth-first over the tree, as walk() would, without a closure per document. */
function collectTables(node: Nodes, text: string, state: { tables: number }, out: Token[]): void {
  if (node.type === 'table') {
    pushTable(text, node, state.tables++, out);
    return;
  }
  if ('children' in node) for (const child of node.children) collectTables(child as Nodes, text, state, out);
}

function pushTable(text: string, table: Table, index: number, out: Token[]): void {
  const shape = table.data?.shape ?? 'gfm';
  const runTogether = table.data?.runTogether === true;
  const piece: CellPiece = { raw: '', start: -1, end: -1 };
  for (let r = 0; r < table.children.length; r++) {
    const from = out.length;
    for (const cell of table.children[r].children) {
      cellText(text, cell, piece);
      const { raw, start, end } = piece;
      const kind: TokenKind = isBlank(raw) ? 'blank' : isValueLike(raw) ? 'value' : 'label';
      const filler = cell.data?.filler === true || cell.data?.spanned === true;
      out.push({ kind, raw, start, end, filler: kind === 'blank' && filler, table: index, row: r, shape, runTogether });
    }
    if (isLayoutRow(out, from)) out.length = from;
  }
}

/** A page footer ("— 5 —", "- 12 -", "第 3 页") standing in a table, as PDF conversions leave them. */
const PAGE_FOOTER = /^(?:[—–-]{1,2}\s*\d{1,3}\s*[—–-]{1,2}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)$/;
/** A Markdown delimiter cell ("---", ":--:") that reached the cells (a delimiter row with another column count). */
const DELIMITER = /^:?-{3,}:?$/;

/**
 * A row of layout, not of the table: a page footer (its cells together, as the scanner may have split it at
 * spaces), or a delimiter row (every non-blank cell a delimiter, at least two). Such rows are dropped; their
 * numbers are not values.
 */
function isLayoutRow(tokens: readonly Token[], from: number): boolean {
  let joined = '';
  let cells = 0;
  let delimiters = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'blank') continue;
    cells++;
    if (DELIMITER.test(t.raw)) delimiters++;
    if (cells > 3 && delimiters < cells) return false;
    joined += joined ? ` ${t.raw}` : t.raw;
  }
  if (cells === 0) return false;
  if (delimiters === cells) return cells >= 2;
  return cells <= 3 && PAGE_FOOTER.test(joined);
}

interface CellPiece {
  raw: string;
  start: number;
  end: number;
}

/** The text descendants of a node, in document order, appended to `out` (start < 0 until one is found). */
function collectText(node: Nodes, out: CellPiece): void {
  if ((node.type === 'text' || node.type === 'inlineCode') && node.position) {
    out.raw += node.value;
    if (out.start < 0) out.start = node.position.start.offset!;
    out.end = node.position.end.offset!;
  }
  if ('children' in node) for (const child of node.children) collectText(child as Nodes, out);
}

/**
 * A cell's text and where it is: its text children, or the cell itself when it has none. Written into `out`
 * (one object per table, not per cell: this runs for every cell of every report).
 */
function cellText(text: string, cell: TableCell, out: CellPiece): void {
  out.raw = '';
  out.start = -1;
  out.end = -1;
  for (const child of cell.children) collectText(child as Nodes, out);
  setCellText(text, cell, out);
}

function setCellText(text: string, cell: TableCell, out: CellPiece): void {
  const { raw } = out;
  let { start, end } = out;
  if (start < 0) {
    // No text: an empty cell. Its span starts after the pipe that opens it (GFM gives "|  " as the cell).
    start = cell.position?.start.offset ?? 0;
    end = cell.position?.end.offset ?? start;
    if (text[start] === '|') start = Math.min(start + 1, end);
    set(out, keepBlankMarks(text, start, end), start, end);
    return;
  }
  const trimmed = raw.trim();
  if (trimmed === raw) return;
  if (trimmed === '') {
    set(out, raw.replace(SPACES, ''), start, end);
    return;
  }
  // Children were not trimmed (GFM, HTML): narrow the span to the trimmed text when it maps 1:1 onto the source.
  const lead = raw.length - raw.trimStart().length;
  const tail = raw.length - raw.trimEnd().length;
  if (end - start === raw.length) set(out, trimmed, start + lead, end - tail);
  else set(out, trimmed, start, end);
}

const SPACES = /[ \t\r\n]/g;

function set(out: CellPiece, raw: string, start: number, end: number): void {
  out.raw = raw;
  out.start = start;
  out.end = end;
}

/** The NBSP / U+3000 characters of source[start, end): what a blank cell keeps as its text. */
function keepBlankMarks(text: string, start: number, end: number): string {
  let kept = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xa0 || c === 0x3000) kept += text[i];
  }
  return kept;
}

/** Depth-first, document order; `visit` returns false to skip a node's children. */
function walk(node: Nodes, visit: (node: Nodes) => boolean): void {
  if (!visit(node)) return;
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/**
 * Table rows as lines ("标题: | 某某报告 | …"), for metadata that web pages keep in tables (HTML, Word) while text
 * dumps keep it in pipe rows. Cells are joined with " | "; positions map into each cell.
 */
export function rowLines(tokens: readonly Token[]): Line[] {
  const out: Line[] = [];
  let k = 0;
  while (k < tokens.length) {
    let j = k;
    while (j < tokens.length && tokens[j].table === tokens[k].table && tokens[j].row === tokens[k].row) j++;
    const cells = tokens.slice(k, j);
    const starts: number[] = [];
    let text = '';
    for (const c of cells) {
      if (text) text += ' | ';
      starts.push(text.length);
      text += c.raw;
    }
    const at = (i: number): number => {
      let c = 0;
      while (c + 1 < cells.length && starts[c + 1] <= i) c++;
      const cell = cells[c];
      return cell.end - cell.start === cell.raw.length ? cell.start + Math.min(Math.max(i - starts[c], 0), cell.raw.length) : cell.start;
    };
    if (text.trim()) out.push({ text, start: cells[0].start, end: cells[cells.length - 1].end, at });
    k = j;
  }
  return out;
}
