// Builds the mdast `table` that remark-gfm makes of a simple table segment (md-tables.ts), node for node and
// position for position, without running micromark. The positions follow micromark-extension-gfm-table:
// - a row spans its whole line (trailing whitespace included, the line break not);
// - a cell spans from the pipe that opens it (the line start for the first) to the pipe that opens the next;
//   the last cell runs to the end of the line, closing pipe and trailing whitespace included; a pipe with
//   nothing after it closes the row rather than opening a cell;
// - a cell's content is its text without the spaces and tabs around it: one text node, or a strong node
//   around one for `**…**`; an empty cell has no children;
// - the table spans from the header row's start to the last row's end (the delimiter row's when no body row);
//   `align` comes from the delimiter row's colons.
import type { AlignType, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { Point } from './document.js';
import { lineContentEnd, type LineIndex } from '../util/position.js';
import type { TableSegment } from './md-tables.js';

export function tableNode(index: LineIndex, segment: TableSegment): Table {
  const rows: TableRow[] = [];
  for (let n = segment.from; n <= segment.to; n++) if (n !== segment.from + 1) rows.push(rowNode(index, n));
  const delimiter = index.text.slice(index.starts[segment.from], lineContentEnd(index, segment.from + 1));
  const last = segment.to === segment.from + 1 ? lineEnd(index, segment.to) : rows[rows.length - 1].position!.end;
  return {
    type: 'table',
    align: alignOf(delimiter),
    children: rows,
    position: { start: rows[0].position!.start, end: { ...last } },
  };
}

function rowNode(index: LineIndex, n: number): TableRow {
  const lineStart = index.starts[n - 1];
  const lineStop = lineContentEnd(index, n);
  const line = index.text.slice(lineStart, lineStop);
  const at = (k: number): Point => ({ line: n, column: k + 1, offset: lineStart + k });
  const pipes: number[] = [];
  for (let i = line.indexOf('|'); i !== -1; i = line.indexOf('|', i + 1)) pipes.push(i);
  const bounds: [number, number][] = [];
  for (let p = 0; p < pipes.length; p++) {
    const next = p + 1 < pipes.length ? pipes[p + 1] : line.length;
    if (p === pipes.length - 1 && p > 0 && isSpaces(line, pipes[p] + 1, line.length)) {
      bounds[bounds.length - 1][1] = line.length;
      break;
    }
    bounds.push([pipes[p], next]);
  }
  const cells = bounds.map(([a, b]) => cellNode(line, a, b, at));
  return { type: 'tableRow', children: cells, position: { start: at(0), end: at(line.length) } };
}

function cellNode(line: string, a: number, b: number, at: (k: number) => Point): TableCell {
  // The content stops at the next pipe, also when the cell's extent runs past it to the end of the line.
  const next = line.indexOf('|', a + 1);
  let from = a + 1;
  let to = next === -1 ? b : Math.min(next, b);
  while (from < to && (line[from] === ' ' || line[from] === '\t')) from++;
  while (to > from && (line[to - 1] === ' ' || line[to - 1] === '\t')) to--;
  const children: PhrasingContent[] = [];
  if (to > from) {
    const strong = to - from > 4 && line.startsWith('**', from) && line.startsWith('**', to - 2);
    const text = strong ? { from: from + 2, to: to - 2 } : { from, to };
    const node: PhrasingContent = { type: 'text', value: line.slice(text.from, text.to), position: { start: at(text.from), end: at(text.to) } };
    children.push(strong ? { type: 'strong', children: [node], position: { start: at(from), end: at(to) } } : node);
  }
  return { type: 'tableCell', children, position: { start: at(a), end: at(b) } };
}

function isSpaces(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s[i] !== ' ' && s[i] !== '\t') return false;
  return true;
}

function lineEnd(index: LineIndex, n: number): Point {
  const end = lineContentEnd(index, n);
  return { line: n, column: end - index.starts[n - 1] + 1, offset: end };
}

function alignOf(delimiter: string): AlignType[] {
  return (delimiter.match(/:?-+:?/g) ?? []).map((cell) => {
    const left = cell.startsWith(':');
    const right = cell.endsWith(':');
    return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
  });
}
