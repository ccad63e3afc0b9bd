// Space-aligned rows, as `pdftotext -layout` and copy-paste from PDF viewers give them: a label, then its numbers
// separated by spaces ("一、本年新收政府信息公开申请数量    61   0   0   0   0   0   61"), or numbers alone
// ("0  1  0  0  1  0  2 …" for table 四). Labels in the label part are separated by two or more spaces.
import { sliceCell, type CellSlice } from '../cells.js';
import { isValueLike } from '../../util/number.js';
import { SENTENCE_END } from '../../util/text.js';

/** Longest label part a spaced row may have (a label or two, never a sentence). */
const MAX_LABEL_PART = 60;

interface Token {
  start: number;
  end: number;
}

function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  const s = text.slice(start, end);
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** How many tokens at the end of the line are values; -1 when the line is not a spaced row. */
function valueTail(text: string, toks: Token[]): number {
  let k = 0;
  while (k < toks.length && isValueLike(text.slice(toks[toks.length - 1 - k].start, toks[toks.length - 1 - k].end))) k++;
  if (k === 0 || (k === toks.length && k < 2)) return -1;
  if (k < toks.length) {
    const label = text.slice(toks[0].start, toks[toks.length - 1 - k].end);
    if (label.length > MAX_LABEL_PART || SENTENCE_END.test(label)) return -1;
  }
  return k;
}

export function isSpacedRow(text: string, start: number, end: number): boolean {
  return valueTail(text, tokens(text, start, end)) > 0;
}

/** Values in a spaced row: three or more make a table even when the row stands alone (table 四's 15). */
export function spacedValueCount(text: string, start: number, end: number): number {
  return Math.max(0, valueTail(text, tokens(text, start, end)));
}

/** A header line of several labels: one cell per label, split at runs of two or more spaces. */
export function splitLabelLine(text: string, start: number, end: number): CellSlice[] {
  const cells: CellSlice[] = [];
  const re = /[ \u00a0\u3000]{2,}|\t/g;
  const s = text.slice(start, end);
  let from = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (/\S/.test(s.slice(from, m.index))) cells.push(sliceCell(text, start + from, start + m.index));
    from = m.index + m[0].length;
  }
  if (/\S/.test(s.slice(from)) || cells.length === 0) cells.push(sliceCell(text, start + from, end));
  return cells;
}

/** Cells of a spaced row: labels split at runs of two or more spaces, then one cell per number. */
export function splitSpacedLine(text: string, start: number, end: number): CellSlice[] {
  const toks = tokens(text, start, end);
  const k = valueTail(text, toks);
  if (k <= 0) return [sliceCell(text, start, end)];
  const cells: CellSlice[] = [];
  const labels = toks.slice(0, toks.length - k);
  let from = labels[0]?.start ?? -1;
  for (let i = 0; i < labels.length; i++) {
    const next = labels[i + 1];
    if (!next || /\s{2,}|\t/.test(text.slice(labels[i].end, next.start))) {
      cells.push(sliceCell(text, from, labels[i].end));
      if (next) from = next.start;
    }
  }
  for (const t of toks.slice(toks.length - k)) cells.push(sliceCell(text, t.start, t.end));
  return cells;
}
