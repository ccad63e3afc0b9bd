// Group classified lines into blocks: table regions (with their shape) and everything else. One pass over the
// lines plus one over each run: linear in the number of lines.
import type { ClassifiedLine, LineKind } from './classify.js';
import { nonBlankCount, splitPipeLine } from './pipe.js';
import { spacedValueCount } from './spaced.js';
import { appendAll } from '../../util/many.js';

export type TextShape = 'pipe' | 'cell-per-line' | 'tsv' | 'blank-line' | 'spaced';

export type Block =
  | { kind: 'line'; line: ClassifiedLine }
  | { kind: 'table'; lines: ClassifiedLine[]; shape: TextShape };

/** Kinds that may sit inside a table region. */
const TABLE_KINDS = new Set<LineKind>(['pipe', 'tsv', 'spaced', 'value', 'blankCell', 'label', 'empty', 'directive']);
/** Kinds that make a run a table: cells that only tables have. */
const STRONG_KINDS = new Set<LineKind>(['pipe', 'tsv', 'spaced', 'value']);

export function groupBlocks(text: string, lines: ClassifiedLine[]): Block[] {
  markInnerSeparators(lines);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!TABLE_KINDS.has(lines[i].kind)) {
      blocks.push({ kind: 'line', line: lines[i++] });
      continue;
    }
    let j = i;
    while (j < lines.length && TABLE_KINDS.has(lines[j].kind)) j++;
    appendAll(blocks, runBlocks(text, lines.slice(i, j)));
    i = j;
  }
  return blocks;
}

/** A run of table-like lines: a table (trimmed of loose ends) or, when too weak, plain lines. */
function runBlocks(text: string, run: ClassifiedLine[]): Block[] {
  let a = 0;
  let b = run.length;
  while (a < b && (run[a].kind === 'empty' || run[a].kind === 'blankCell')) a++;
  // A table ends with its last value; trailing NBSP lines are blank cells of the last row and stay.
  while (b > a && (run[b - 1].kind === 'empty' || run[b - 1].kind === 'label' || run[b - 1].kind === 'directive')) b--;
  const body = run.slice(a, b);
  if (!isTable(text, body)) return run.map((line) => ({ kind: 'line', line }));
  return [
    ...run.slice(0, a).map((line): Block => ({ kind: 'line', line })),
    { kind: 'table', lines: body, shape: shapeOf(text, body) },
    ...run.slice(b).map((line): Block => ({ kind: 'line', line })),
  ];
}

function isTable(text: string, lines: ClassifiedLine[]): boolean {
  let strong = 0;
  for (const l of lines) {
    if (!STRONG_KINDS.has(l.kind)) continue;
    strong++;
    if (strong >= 2) return true;
    if ((l.kind === 'pipe' || l.kind === 'tsv') && nonBlankCount(splitPipeOrTab(text, l)) >= 2) return true;
    if (l.kind === 'spaced' && spacedValueCount(text, l.start, l.end) >= 3) return true;
  }
  return false;
}

function splitPipeOrTab(text: string, l: ClassifiedLine): { blank: boolean }[] {
  return l.kind === 'pipe' ? splitPipeLine(text, l.start, l.end) : text.slice(l.start, l.end).split('\t').map((s) => ({ blank: !/\S/.test(s) }));
}

function shapeOf(text: string, lines: ClassifiedLine[]): TextShape {
  let pipe = 0;
  let multi = 0;
  let tsv = 0;
  let spaced = 0;
  let empty = 0;
  let cells = 0;
  for (const l of lines) {
    if (l.kind === 'pipe') {
      const n = nonBlankCount(splitPipeLine(text, l.start, l.end));
      if (n > 0) pipe++;
      if (n >= 2) multi++;
    } else if (l.kind === 'tsv') tsv++;
    else if (l.kind === 'spaced') spaced++;
    else if (l.kind === 'empty') empty++;
    else cells++;
  }
  if (spaced > pipe && spaced > tsv) return 'spaced';
  if (tsv > pipe) return 'tsv';
  if (pipe > 0) return multi * 2 >= pipe ? 'pipe' : 'cell-per-line';
  return empty * 2 >= cells ? 'blank-line' : 'cell-per-line';
}

/**
 * "---|---|" lines are web residue (reported by noise rules), except between two pipe rows, where they are the
 * delimiter row of a table and stay inside it.
 */
function markInnerSeparators(lines: ClassifiedLine[]): void {
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].kind !== 'separator') continue;
    const prev = neighbour(lines, k, -1);
    const next = neighbour(lines, k, 1);
    if (prev?.kind === 'pipe' && next?.kind === 'pipe') lines[k] = { ...lines[k], kind: 'empty' };
  }
}

function neighbour(lines: ClassifiedLine[], k: number, step: 1 | -1): ClassifiedLine | undefined {
  for (let i = k + step; i >= 0 && i < lines.length; i += step) if (lines[i].kind !== 'empty') return lines[i];
  return undefined;
}
