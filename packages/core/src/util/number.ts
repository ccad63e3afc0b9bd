// What counts as a value in a table cell, and what number it holds.
import { isBlank } from './text.js';

/** Dashes and the like that stand for "nothing" in a cell: a value position, but no number. */
const NIL = /^(?:[-—–－―_]+|\/|／|无|空|\\)$/;
/** A number as written in a cell, with an optional unit that some reports add (160.5964万元). */
const NUMBER = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(?:万元|元|件|个|条|项|次|%|％)?$/;

/** Plain ASCII digits (1–15 of them): most cells are, and for them every test below has a known answer. */
function isPlainDigits(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const FULL_WIDTH = /[\uff00-\uffef]/;

/** NFKC only when there is something to fold (full-width digits, ．，): most cells are plain ASCII. */
function folded(raw: string): string {
  const t = raw.trim();
  return FULL_WIDTH.test(t) ? t.normalize('NFKC') : t;
}

/**
 * Starts with a CJK ideograph other than 无 / 空: no value (a number, even after NFKC, starts with a digit or a
 * sign; a nil is a dash, a slash, 无 or 空). Label cells, the other half of all cells, stop here.
 */
function startsWithWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff && c !== 0x65e0 /* 无 */ && c !== 0x7a7a /* 空 */;
}

/** True when the (trimmed) cell text is a number, a dash-like nil, or blank: i.e. not a label. */
export function isValueLike(raw: string): boolean {
  if (isPlainDigits(raw)) return true;
  if (startsWithWord(raw)) return false;
  const t = raw.trim();
  return t === '' || isBlank(t) || NIL.test(t) || NUMBER.test(folded(t));
}

/** True when the cell text holds a number (not blank, not a dash). */
export function isNumeric(raw: string): boolean {
  if (isPlainDigits(raw)) return true;
  return NUMBER.test(folded(raw));
}

/** The number in a cell, or null when blank, a dash, or unreadable. */
export function parseCellNumber(raw: string): number | null {
  // Up to 15 digits is always a finite, exact double: what the regex path would give.
  if (isPlainDigits(raw)) return Number(raw);
  const m = NUMBER.exec(folded(raw));
  if (!m) return null;
  const n = Number(`${m[1]}${m[2].replace(/,/g, '')}${m[3] ? `.${m[3]}` : ''}`);
  return Number.isFinite(n) ? n : null;
}
