// Crawler-flattened dumps: a whole table (sometimes with its heading) on one line, labels and numbers separated by
// single spaces or by nothing at all ("一、本年新收政府信息公开申请数量1000001二、上年结转…"). The reader only cuts
// the line into label and number tokens; the model decides how run-together digits split into cells.
import { sliceCell, type CellSlice } from '../cells.js';
import { SECTIONS } from '../../model/template.js';
import { SENTENCE_END } from '../../util/text.js';

export interface FlatPiece {
  kind: 'prose' | 'heading' | 'table';
  start: number;
  end: number;
}

/** A table needs this many bare numbers on the line to be taken for a flattened table… */
const MIN_NUMBERS = 6;
/** …or this many bare digits (a run-together table 四 is one run of 15+ digits). */
const MIN_DIGITS = 12;
/** Characters after a number that make it a quantity in a sentence ("35件", "2024年"), not a table cell. */
const UNIT_AFTER = /[年月日件条份篇个人次%％万元号项期天家名户所]/;
const NUMBER = /\d+(?:\.\d+)?/g;

/** Section headings written inside a line, tolerant of spaces between characters. */
const INLINE_HEADINGS = SECTIONS.map(
  (s) => new RegExp(`${s.numeral}\\s*[、.．]\\s*${[...s.title].map(escape).join('\\s*')}`, 'g'),
);

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Enough bare numbers (or digits) in text[start, end) for a table. */
function tableLike(text: string, start: number, end: number): boolean {
  const { numbers, digits } = bareNumbers(text, start, end);
  return numbers >= MIN_NUMBERS || digits >= MIN_DIGITS;
}

/** Bare numbers in text[start, end): digit runs that are not quantities, ordinals, dates or enumerators. */
export function bareNumbers(text: string, start: number, end: number): { numbers: number; digits: number } {
  const s = text.slice(start, end);
  let n = 0;
  let digits = 0;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    const after = s[m.index + m[0].length] ?? '';
    const before = s[m.index - 1] ?? '';
    if (UNIT_AFTER.test(after) || before === '第' || /[-/:]/.test(after) || /[-/:]/.test(before)) continue;
    // "1.属于国家秘密": an enumerator, not a value (only when the run is a single digit).
    if (/[.．、]/.test(after) && m[0].length === 1) continue;
    n++;
    digits += m[0].length;
  }
  return { numbers: n, digits };
}

/**
 * Cut a long line into prose, inline headings and flattened tables, or return null when the line holds no
 * flattened table. Linear in the line length (six fixed heading patterns).
 */
export function splitFlattenedLine(text: string, start: number, end: number): FlatPiece[] | null {
  if (end - start < 30 || !tableLike(text, start, end)) return null;
  const line = text.slice(start, end);
  const heads: { start: number; end: number }[] = [];
  for (const re of INLINE_HEADINGS) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) heads.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  heads.sort((a, b) => a.start - b.start);

  const pieces: FlatPiece[] = [];
  let from = start;
  const flushSegment = (to: number): void => {
    if (to <= from) return;
    pieces.push(...splitSegment(text, from, to));
  };
  for (const h of heads) {
    if (h.start < from) continue;
    flushSegment(h.start);
    pieces.push({ kind: 'heading', start: h.start, end: h.end });
    from = h.end;
  }
  flushSegment(end);
  return pieces.some((p) => p.kind === 'table') ? pieces : null;
}

/** A segment between headings: prose up to its last sentence end, then a table if enough numbers follow. */
function splitSegment(text: string, start: number, end: number): FlatPiece[] {
  let cut = start;
  for (let i = end - 1; i >= start; i--) {
    if (SENTENCE_END.test(text[i])) {
      cut = i + 1;
      break;
    }
  }
  const out: FlatPiece[] = [];
  if (tableLike(text, cut, end)) {
    if (/\S/.test(text.slice(start, cut))) out.push({ kind: 'prose', start, end: cut });
    out.push({ kind: 'table', start: cut, end });
  } else if (/\S/.test(text.slice(start, end))) out.push({ kind: 'prose', start, end });
  return out;
}

/**
 * Label and number tokens of text[start, end). Whitespace separates tokens; so does every switch between digits
 * and other characters, except that the digit of an enumerator stays with its label ("…0001" + "2.其他法律…").
 */
export function tokenizeFlattened(text: string, start: number, end: number): CellSlice[] {
  const out: CellSlice[] = [];
  let i = start;
  while (i < end) {
    while (i < end && /\s/.test(text[i])) i++;
    if (i >= end) break;
    if (isDigit(text[i])) {
      let j = i;
      while (j < end && isDigit(text[j])) j++;
      if (text[j] === '.' && isDigit(text[j + 1] ?? '')) {
        j++;
        while (j < end && isDigit(text[j])) j++;
      } else if (/[.．、]/.test(text[j] ?? '') && isEnumeratorEnd(text, j + 1, end)) {
        // Enumerator: the last digit opens the following label.
        if (j - 1 > i) out.push(sliceCell(text, i, j - 1));
        i = labelEnd(text, j - 1, end, true);
        out.push(sliceCell(text, j - 1, i));
        continue;
      }
      out.push(sliceCell(text, i, j));
      i = j;
    } else {
      const j = labelEnd(text, i, end, false);
      out.push(sliceCell(text, i, j));
      i = j;
    }
  }
  return out;
}

/** End of a label starting at `i`: the next whitespace or digit (the enumerator digit itself is skipped). */
function labelEnd(text: string, i: number, end: number, enumerator: boolean): number {
  let j = enumerator ? i + 2 : i;
  while (j < end && !/\s/.test(text[j]) && !isDigit(text[j])) j++;
  return j;
}

/** After "N." comes a label (possibly after spaces), not another number. */
function isEnumeratorEnd(text: string, i: number, end: number): boolean {
  while (i < end && /[ \u00a0\u3000]/.test(text[i])) i++;
  return i < end && !isDigit(text[i]) && !/\s/.test(text[i]);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** True when some number token touches a label token: digits and labels were run together. */
export function isRunTogether(cells: CellSlice[]): boolean {
  for (let k = 1; k < cells.length; k++) {
    if (cells[k].start === cells[k - 1].end && isDigit(cells[k].raw[0] ?? '') !== isDigit(cells[k - 1].raw[0] ?? '')) return true;
  }
  return false;
}
