// The two views the model reads from a Document, whatever its format: prose lines (the text of paragraph and
// heading nodes, split at line breaks, each character mapped back to the source) and the stream of table cells
// in reading order.
import type { Nodes, Table, TableCell } from 'mdast';
import type { Document } from '../read/document.js';
import { proseText, type ProseText } from '../read/prose.js';
import '../read/cells.js';
import { isValueLike } from '../util/number.js';
import { isBlank, trimRange } from '../util/text.js';

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

/** Prose lines of every paragraph and heading outside tables, in document order. */
export function proseLines(doc: Document): Line[] {
  const out: Line[] = [];
  walk(doc.root, (node) => {
    if (node.type === 'table') return false;
    if (node.type === 'paragraph' || node.type === 'heading') {
      splitLines(proseText(node, doc.text), out);
      return false;
    }
    return true;
  });
  return out;
}

/** One Line per line of a block's text (trimmed, blank lines dropped), each with the block's offset map. */
function splitLines({ text, offsets }: ProseText, out: Line[]): void {
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      const [a, b] = trimRange(text, from, i);
      if (b > a) {
        const line = text.slice(a, b);
        // The end is just past the line's last character (not the next character's offset: markup may follow).
        const end = offsets[b - 1] + 1;
        out.push({ text: line, start: offsets[a], end, at: (k: number) => (k >= line.length ? end : offsets[a + k]) });
      }
      from = i + 1;
    }
  }
}

/** Every table cell of the document as a token stream, in reading order. */
export function tableTokens(doc: Document): Token[] {
  const out: Token[] = [];
  let tableIndex = 0;
  walk(doc.root, (node) => {
    if (node.type !== 'table') return true;
    pushTable(doc.text, node, tableIndex++, out);
    return false;
  });
  return out;
}

function pushTable(text: string, table: Table, index: number, out: Token[]): void {
  const shape = table.data?.shape ?? 'gfm';
  const runTogether = table.data?.runTogether === true;
  table.children.forEach((row, r) => {
    for (const cell of row.children) {
      const { raw, start, end } = cellText(text, cell);
      const kind: TokenKind = isBlank(raw) ? 'blank' : isValueLike(raw) ? 'value' : 'label';
      const filler = cell.data?.filler === true || cell.data?.spanned === true;
      out.push({ kind, raw, start, end, filler: kind === 'blank' && filler, table: index, row: r, shape, runTogether });
    }
  });
}

/** A cell's text and where it is: its text children, or the cell itself when it has none. */
function cellText(text: string, cell: TableCell): { raw: string; start: number; end: number } {
  let raw = '';
  let start = -1;
  let end = -1;
  walk(cell, (node) => {
    if ((node.type === 'text' || node.type === 'inlineCode') && node.position) {
      raw += node.value;
      if (start < 0) start = node.position.start.offset!;
      end = node.position.end.offset!;
    }
    return true;
  });
  if (start < 0) {
    // No text: an empty cell. Its span starts after the pipe that opens it (GFM gives "|  " as the cell).
    start = cell.position?.start.offset ?? 0;
    end = cell.position?.end.offset ?? start;
    if (text[start] === '|') start = Math.min(start + 1, end);
    return { raw: text.slice(start, end).replace(/[^\u00a0\u3000]/g, ''), start, end };
  }
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed === raw) return { raw: trimmed === '' ? raw.replace(/[ \t\r\n]/g, '') : raw, start, end };
  // Children were not trimmed (GFM, HTML): narrow the span to the trimmed text when it maps 1:1 onto the source.
  const lead = raw.length - raw.trimStart().length;
  const tail = raw.length - raw.trimEnd().length;
  return end - start === raw.length ? { raw: trimmed, start: start + lead, end: end - tail } : { raw: trimmed, start, end };
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
