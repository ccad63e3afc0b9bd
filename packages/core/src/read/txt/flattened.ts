// Crawler-flattened dumps: a whole table (sometimes with its heading, often the whole report) on one line, labels
// and numbers separated by single spaces or by nothing at all ("一、本年新收政府信息公开申请数量1000001二、上年结转…").
// The reader cuts the line at the part headings written in it, finds the tables between them by what they are
// made of (template labels and bare numbers), and cuts each table into label and number tokens; the model decides
// how run-together digits split into cells.
import { sliceCell, type CellSlice } from '../cells.js';
import { findInlineHeadings } from '../../model/headings.js';
import { scanLabels } from '../../model/labels.js';
import type { TableKey } from '../../model/types.js';
import { isWsCode, normalizeWithMap, SENTENCE_END } from '../../util/text.js';

export interface FlatPiece {
  kind: 'prose' | 'heading' | 'table';
  start: number;
  end: number;
}

/** A table needs this many bare numbers… */
const MIN_NUMBERS = 6;
/** …or this many bare digits (a run-together table 四 is one run of 15+ digits)… */
const MIN_DIGITS = 12;
/** …or, with at least one number, this many distinct template labels of one table (a small all-zero 表二). */
const MIN_LABELS = 3;
/** Inside a table, at most this many characters that are neither labels nor numbers stand between two that are. */
const MAX_GAP = 12;
/** Characters after a number that make it a quantity in a sentence ("35件", "2024年"), not a table cell. */
const UNIT_AFTER = /[年月日件条份篇个人次%％万元号项期天家名户所]/;
const NUMBER = /\d+(?:\.\d+)?/g;
/** The length of the unit of an amount at text[i] ("元", "万元"), as 2019 表二 writes its 政府集中采购 row ("3147230元"). */
function unitLength(text: string, i: number): number {
  return text[i] === '元' ? 1 : text[i] === '万' && text[i + 1] === '元' ? 2 : 0;
}

/** Bare numbers in text[start, end): digit runs that are not quantities, ordinals, dates or enumerators. */
export function bareNumbers(text: string, start: number, end: number): { numbers: number; digits: number } {
  let numbers = 0;
  let digits = 0;
  eachNumber(text, start, end, (_a, b, bare) => {
    if (bare) {
      numbers++;
      digits += b - _a;
    }
  });
  return { numbers, digits };
}

/** Each digit run of text[start, end) (with its decimals), and whether it is bare. */
function eachNumber(text: string, start: number, end: number, visit: (from: number, to: number, bare: boolean) => void): void {
  const s = text.slice(start, end);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    const from = start + m.index;
    const to = Math.min(from + m[0].length, end);
    const after = to < end ? (text[to] ?? '') : '';
    const before = from > start ? text[from - 1] : '';
    let bare = !(
      UNIT_AFTER.test(after) ||
      before === '第' ||
      /[-/:：—–－~～]/.test(after) ||
      /[/:：—–~～]/.test(before) ||
      (/[-－]/.test(before) && !isSign(text, from - 1, start))
    );
    // Part of a word, a file name or an address ("H5", "t20250123_96894.htm").
    if (/[A-Za-z_]/.test(after) || /[A-Za-z_]/.test(before)) bare = false;
    // "1.属于国家秘密": an enumerator, not a value (only when the run is a single digit).
    if (bare && /[.．、]/.test(after) && to - from === 1) bare = false;
    visit(from, to, bare);
  }
}

/**
 * Cut a line into prose, inline headings and flattened tables, or return null when it holds neither a heading
 * nor a table. Linear in the line length.
 */
export function splitFlattenedLine(text: string, start: number, end: number): FlatPiece[] | null {
  const heads = findInlineHeadings(text, start, end);
  const pieces: FlatPiece[] = [];
  let from = start;
  let tables = false;
  const flushSegment = (to: number): void => {
    if (to <= from) return;
    for (const p of splitSegment(text, from, to)) {
      if (p.kind === 'table') tables = true;
      pieces.push(p);
    }
  };
  for (const h of heads) {
    flushSegment(h.start);
    // A part the template does not have ends the one before but is no part heading: a paragraph of its own.
    pieces.push({ kind: h.key ? 'heading' : 'prose', start: h.start, end: h.end });
    from = h.end;
  }
  flushSegment(end);
  return tables || heads.some((h) => h.key) ? pieces : null;
}

/** A segment between headings: its table runs, and the prose before, between and after them. */
function splitSegment(text: string, start: number, end: number): FlatPiece[] {
  const out: FlatPiece[] = [];
  let from = start;
  for (const run of hasDigit(text, start, end) ? tableRuns(text, start, end) : []) {
    if (/\S/.test(text.slice(from, run.start))) out.push({ kind: 'prose', start: from, end: run.start });
    out.push({ kind: 'table', start: run.start, end: run.end });
    from = run.end;
  }
  if (/\S/.test(text.slice(from, end))) out.push({ kind: 'prose', start: from, end });
  return out;
}

interface Mark {
  start: number;
  end: number;
  /** A bare number: its digits; 0 for a label or an amount with its unit. */
  digits: number;
  label: { table: TableKey; norm: string } | null;
}

/**
 * The tables of text[start, end): maximal stretches of template labels and numbers with no sentence end in them
 * and at most MAX_GAP other characters between two of them, that are table-like. A table holds no 。 or ；, so
 * each stretch between sentence ends is looked at alone, and only when it has a bare number.
 */
function tableRuns(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  const s = text.slice(start, end);
  SENTENCE_ENDS.lastIndex = 0;
  for (let m = SENTENCE_ENDS.exec(s); from < end; m = SENTENCE_ENDS.exec(s)) {
    const to = m ? start + m.index : end;
    if (to > from) clauseRuns(text, from, to, out);
    from = to + 1;
  }
  return out;
}

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');

function clauseRuns(text: string, start: number, end: number, out: { start: number; end: number }[]): void {
  const marks: Mark[] = [];
  let bare = 0;
  eachNumber(text, start, end, (a, b, isBare) => {
    const unit = !isBare && unitLength(text, b) > 0;
    if (!isBare && !unit) return;
    // A sign before a number is part of it ("本年增/减" -1).
    const from = a > start && isSign(text, a - 1, start) ? a - 1 : a;
    marks.push({ start: from, end: b + unitLength(text, b), digits: isBare ? b - a : 0, label: null });
    if (isBare) bare++;
  });
  if (bare === 0) return;
  const { text: norm, map } = normalizeWithMap(text.slice(start, end));
  const labels: Mark[] = [];
  scanLabels(norm, (entry, a, b) => labels.push({ start: start + map[a], end: start + map[b - 1] + 1, digits: 0, label: { table: entry.table, norm: entry.norm } }));
  const all = merge(marks, labels);

  let k = 0;
  while (k < all.length) {
    let j = k;
    let runEnd = all[k].end;
    while (j + 1 < all.length && gap(text, runEnd, all[j + 1].start) <= MAX_GAP) {
      j++;
      runEnd = Math.max(runEnd, all[j].end);
    }
    if (tableLike(all, k, j)) out.push({ start: all[k].start, end: runEnd });
    k = j + 1;
  }
}

/** Characters other than whitespace in text[from, to) (0 when the two overlap). */
function gap(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isWsCode(text.charCodeAt(i))) n++;
  return n;
}

function merge(a: Mark[], b: Mark[]): Mark[] {
  const out: Mark[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Enough bare numbers or digits, or a number and MIN_LABELS distinct labels of one table, in marks[k..j]. */
function tableLike(marks: readonly Mark[], k: number, j: number): boolean {
  let numbers = 0;
  let digits = 0;
  const labels = new Map<TableKey, Set<string>>();
  let most = 0;
  for (let i = k; i <= j; i++) {
    const m = marks[i];
    if (m.label) {
      let set = labels.get(m.label.table);
      if (!set) labels.set(m.label.table, (set = new Set()));
      set.add(m.label.norm);
      most = Math.max(most, set.size);
    } else if (m.digits > 0) {
      numbers++;
      digits += m.digits;
    }
  }
  return numbers >= MIN_NUMBERS || digits >= MIN_DIGITS || (numbers > 0 && most >= MIN_LABELS);
}

/**
 * A "-" or "+" at `i` that signs the number after it: a signed 本年增/减 cell, not a range or a phone number
 * (what stands before it is no digit, or is the end of the cell before: "行政许可1-10" is 1, -1, 0).
 */
function isSign(text: string, i: number, start: number): boolean {
  const c = text[i];
  if (c !== '-' && c !== '+' && c !== '－' && c !== '＋') return false;
  if (!isDigit(text[i + 1] ?? '')) return false;
  const before = i > start ? text[i - 1] : '';
  // "0591-23156006", "2019-2020": digits on both sides of a hyphen in prose; inside a table run a sign.
  return before === '' || !isDigit(before) || RUN_CELLS.test(text.slice(Math.max(start, i - 8), i));
}

/** Digits right before a sign that follow a label: the run of a table row ("行政许可1-10"). */
const RUN_CELLS = /[\u4e00-\u9fff)）]\d{1,3}$/;

/**
 * Label and number tokens of text[start, end). Whitespace separates tokens; so does every switch between digits
 * and other characters, except that the digit of an enumerator stays with its label ("…0001" + "2.其他法律…"), a
 * sign with its digits ("-1") and a unit with its amount ("3147230元").
 */
export function tokenizeFlattened(text: string, start: number, end: number): CellSlice[] {
  const out: CellSlice[] = [];
  let i = start;
  while (i < end) {
    while (i < end && /\s/.test(text[i])) i++;
    if (i >= end) break;
    const signed = isSign(text, i, start) && i + 1 < end;
    if (signed || isDigit(text[i])) {
      let j = signed ? i + 1 : i;
      while (j < end && isDigit(text[j])) j++;
      if (text[j] === '.' && isDigit(text[j + 1] ?? '')) {
        j++;
        while (j < end && isDigit(text[j])) j++;
      } else if (!signed && /[.．、]/.test(text[j] ?? '') && isEnumeratorEnd(text, j + 1, end)) {
        // Enumerator: the last digit opens the following label.
        if (j - 1 > i) out.push(sliceCell(text, i, j - 1));
        i = labelEnd(text, j - 1, end, true);
        out.push(sliceCell(text, j - 1, i));
        continue;
      }
      j = Math.min(end, j + unitLength(text, j));
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

/** End of a label starting at `i`: the next whitespace, digit or sign (the enumerator digit itself is skipped). */
function labelEnd(text: string, i: number, end: number, enumerator: boolean): number {
  let j = enumerator ? i + 2 : i;
  while (j < end && !/\s/.test(text[j]) && !isDigit(text[j]) && !(j > i && isSign(text, j, i))) j++;
  return j;
}

/** After "N." comes a label (possibly after spaces), not another number. */
function isEnumeratorEnd(text: string, i: number, end: number): boolean {
  while (i < end && /[ \u00a0\u3000]/.test(text[i])) i++;
  return i < end && !isDigit(text[i]) && !/\s/.test(text[i]);
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/**
 * True when digits were run together: some number token touches a label token, or holds digits that are no one
 * number ("000000000000000" after a space-separated header: a number has no leading zero).
 */
export function isRunTogether(cells: CellSlice[]): boolean {
  for (let k = 0; k < cells.length; k++) {
    if (k > 0 && cells[k].start === cells[k - 1].end && isNumberStart(cells[k].raw) !== isNumberStart(cells[k - 1].raw)) return true;
    if (/^[-+－＋]?0\d/.test(cells[k].raw)) return true;
  }
  return false;
}

function isNumberStart(raw: string): boolean {
  return isDigit(raw[0] ?? '') || (/^[-+－＋]/.test(raw) && isDigit(raw[1] ?? ''));
}
