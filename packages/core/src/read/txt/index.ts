// The plain-text reader: a linear scan that classifies lines, groups table regions, and builds the same mdast a
// Markdown file would give (paragraph per prose line, heading nodes for the six headings, `table` nodes with
// `data.shape` for table regions). Cell positions are exact: the cell's text, or the blank itself.
import type { Heading, Paragraph, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Directive, Document, Span } from '../document.js';
import type { CellSlice } from '../cells.js';
import type { ReaderContext } from '../types.js';
import { matchHeading } from '../../model/headings.js';
import { lineContentEnd, lineIndex, spanAt, type LineIndex } from '../../util/position.js';
import { trimRange } from '../../util/text.js';
import { classifyLine, type ClassifiedLine } from './classify.js';
import { isRunTogether, splitFlattenedLine, tokenizeFlattened } from './flattened.js';
import { splitPipeLine } from './pipe.js';
import { groupBlocks, type Block } from './regions.js';
import { singleCell } from './single.js';
import { splitLabelLine, splitSpacedLine } from './spaced.js';
import { splitTsvLine } from './tsv.js';
import { appendAll } from '../../util/many.js';

export interface ScanResult {
  nodes: RootContent[];
  directives: Directive[];
}

export function readText(text: string, ctx?: ReaderContext): Document {
  const index = lineIndex(text);
  const { nodes, directives } = scanLines(index, 1, index.starts.length);
  const end = text.length;
  return {
    format: 'txt',
    text,
    root: { type: 'root', children: nodes, position: spanAt(index, 0, end) },
    directives,
    ...(ctx?.decode ? { decode: ctx.decode } : {}),
    problems: [],
  };
}

/** Scan 1-based lines [from, to] of an indexed text. Also used by the Markdown reader for non-GFM tables. */
export function scanLines(index: LineIndex, from: number, to: number): ScanResult {
  const { text } = index;
  const lines: ClassifiedLine[] = [];
  for (let n = from; n <= to; n++) lines.push(classifyLine(text, n, index.starts[n - 1], lineContentEnd(index, n)));
  const nodes: RootContent[] = [];
  const directives: Directive[] = [];
  for (const block of groupBlocks(text, lines)) {
    if (block.kind === 'table') {
      for (const l of block.lines) if (l.directive) directives.push(toDirective(index, l));
      nodes.push(tableNode(index, block));
    } else if (block.line.directive) directives.push(toDirective(index, block.line));
    else appendAll(nodes, lineNodes(index, block.line));
  }
  return { nodes, directives };
}

function toDirective(index: LineIndex, l: ClassifiedLine): Directive {
  const [a, b] = trimRange(index.text, l.start, l.end);
  return { ...l.directive!, span: spanAt(index, a, b) };
}

/** A line outside tables: a heading, a paragraph, or, for a flattened dump, prose + headings + tables. */
function lineNodes(index: LineIndex, l: ClassifiedLine): RootContent[] {
  const { text } = index;
  if (l.kind === 'empty' || l.kind === 'blankCell') return [];
  if (l.kind === 'prose' || l.kind === 'label') {
    const pieces = splitFlattenedLine(text, l.start, l.end);
    if (pieces) {
      return pieces.map((p) =>
        p.kind === 'table' ? flattenedTable(index, p.start, p.end) : p.kind === 'heading' ? headingNode(index, p.start, p.end) : paragraphNode(index, p.start, p.end),
      );
    }
  }
  if (l.kind === 'heading') {
    const m = matchHeading(text.slice(l.start, l.end).replace(/[|\t]/g, ' '));
    if (m) return [headingNode(index, l.start + m.start, l.start + m.end)];
  }
  return [paragraphNode(index, l.start, l.end)];
}

function paragraphNode(index: LineIndex, start: number, end: number): Paragraph {
  const [a, b] = trimRange(index.text, start, end);
  const position = spanAt(index, a, b);
  return { type: 'paragraph', children: [{ type: 'text', value: index.text.slice(a, b), position }], position };
}

function headingNode(index: LineIndex, start: number, end: number): Heading {
  const [a, b] = trimRange(index.text, start, end);
  const position = spanAt(index, a, b);
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: index.text.slice(a, b), position }], position };
}

function cellsOf(text: string, l: ClassifiedLine): CellSlice[] {
  if (l.kind === 'pipe') return splitPipeLine(text, l.start, l.end);
  if (l.kind === 'tsv') return splitTsvLine(text, l.start, l.end);
  if (l.kind === 'spaced') return splitSpacedLine(text, l.start, l.end);
  if (l.kind === 'empty' || l.kind === 'directive') return [];
  if (l.kind === 'label') return splitLabelLine(text, l.start, l.end);
  return singleCell(text, l.start, l.end);
}

function tableNode(index: LineIndex, block: Extract<Block, { kind: 'table' }>): Table {
  const rows: TableRow[] = [];
  for (const l of block.lines) {
    const cells = cellsOf(index.text, l);
    if (cells.length === 0) continue;
    // Rows that are not explicit (one cell per line) become one-cell rows: the model reads a stream of cells.
    rows.push(rowNode(index, cells, l.start, l.end));
  }
  const first = block.lines[0];
  const last = block.lines[block.lines.length - 1];
  return { type: 'table', align: [], children: rows, position: spanAt(index, first.start, last.end), data: { shape: block.shape } };
}

function flattenedTable(index: LineIndex, start: number, end: number): Table {
  const cells = tokenizeFlattened(index.text, start, end);
  const rows = cells.map((c) => rowNode(index, [c], c.start, c.end));
  const [a, b] = trimRange(index.text, start, end);
  return {
    type: 'table',
    align: [],
    children: rows,
    position: spanAt(index, a, b),
    data: { shape: 'flattened', runTogether: isRunTogether(cells) },
  };
}

function rowNode(index: LineIndex, cells: CellSlice[], start: number, end: number): TableRow {
  return { type: 'tableRow', children: cells.map((c) => cellNode(index, c)), position: spanAt(index, start, end) };
}

function cellNode(index: LineIndex, c: CellSlice): TableCell {
  const position: Span = spanAt(index, c.start, c.end);
  const node: TableCell = {
    type: 'tableCell',
    children: c.raw === '' ? [] : [{ type: 'text', value: c.raw, position: spanAt(index, c.start, c.end) }],
    position,
  };
  if (c.filler) node.data = { filler: true };
  return node;
}
