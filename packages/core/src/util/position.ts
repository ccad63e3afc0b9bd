// Offsets are the truth; line/column are derived here, once. Every reader and the model share this index so
// that "\r\n", lone "\r" and "\n" all count as one line break, exactly as remark/micromark count them.
import type { Point, Span } from '../read/document.js';

export interface LineIndex {
  readonly text: string;
  /** Offset of the first character of each line; `starts[0] === 0`. */
  readonly starts: readonly number[];
}

/**
 * The last index built. A document's text is indexed by its reader, by the model and by the engine, one after
 * the other: the same string, so the same (immutable) index.
 */
let lastBuilt: LineIndex | null = null;

/** The line index of `text`, built in one linear pass (or the last one built, for the same text). */
export function lineIndex(text: string): LineIndex {
  if (lastBuilt?.text === text) return lastBuilt;
  lastBuilt = buildLineIndex(text);
  return lastBuilt;
}

function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // "\n" only (most files): let indexOf find the breaks.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return { text, starts };
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) starts.push(i + 1);
    else if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return { text, starts };
}

/** Number of lines (a trailing line break opens an empty last line, as in editors). */
export function lineCount(index: LineIndex): number {
  return index.starts.length;
}

/**
 * The line the last lookup found, per index: callers mostly ask for offsets in document order, so the answer is
 * usually that line or the next one (no search at all).
 */
let lastIndex: LineIndex | null = null;
let lastLine = 0;

/** 0-based line number holding `offset` (the last line found or the next, else binary search: O(log n)). */
function lineAtOffset(index: LineIndex, offset: number): number {
  const { starts } = index;
  if (index === lastIndex) {
    const n = starts.length;
    for (let line = lastLine; line < lastLine + 2 && line < n; line++) {
      if (starts[line] <= offset && (line + 1 === n || starts[line + 1] > offset)) {
        lastLine = line;
        return line;
      }
    }
  }
  const line = searchLine(starts, offset);
  lastIndex = index;
  lastLine = line;
  return line;
}

function searchLine(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** offset → Point (1-based line and column, 0-based offset). Offsets past the end clamp to the end. */
export function pointAt(index: LineIndex, offset: number): Point {
  const o = Math.max(0, Math.min(offset, index.text.length));
  const line = lineAtOffset(index, o);
  return { line: line + 1, column: o - index.starts[line] + 1, offset: o };
}

/** Point from a 1-based line and column (clamped to the line's content). */
export function pointFromLineColumn(index: LineIndex, line: number, column: number): Point {
  const l = Math.max(1, Math.min(line, index.starts.length));
  const start = index.starts[l - 1];
  const offset = Math.min(start + Math.max(1, column) - 1, lineContentEnd(index, l));
  return { line: l, column: offset - start + 1, offset };
}

export function spanAt(index: LineIndex, start: number, end: number): Span {
  return { start: pointAt(index, start), end: pointAt(index, end) };
}

/** Offset just past the last character of 1-based `line`, excluding its line break. */
export function lineContentEnd(index: LineIndex, line: number): number {
  const { starts, text } = index;
  if (line >= starts.length) return text.length;
  let end = starts[line];
  if (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  if (end > starts[line - 1] && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** The text of 1-based `line`, without its line break. */
export function lineText(index: LineIndex, line: number): string {
  return index.text.slice(index.starts[line - 1], lineContentEnd(index, line));
}
