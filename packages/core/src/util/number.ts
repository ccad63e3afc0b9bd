// What counts as a value in a table cell, and what number it holds.
import { isBlank } from './text.js';

/** Dashes and the like that stand for "nothing" in a cell: a value position, but no number. */
const NIL = /^(?:[-—–－―_]+|\/|／|无|空|\\)$/;
/** A number as written in a cell, with an optional unit that some reports add (160.5964万元). */
const NUMBER = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(?:万元|元|件|个|条|项|次|%|％)?$/;

/** NFKC only when there is something to fold (full-width digits, ．，): most cells are plain ASCII. */
function folded(raw: string): string {
  const t = raw.trim();
  return /[\uff00-\uffef]/.test(t) ? t.normalize('NFKC') : t;
}

/** True when the (trimmed) cell text is a number, a dash-like nil, or blank: i.e. not a label. */
export function isValueLike(raw: string): boolean {
  const t = raw.trim();
  return t === '' || isBlank(t) || NIL.test(t) || NUMBER.test(folded(t));
}

/** True when the cell text holds a number (not blank, not a dash). */
export function isNumeric(raw: string): boolean {
  return NUMBER.test(folded(raw));
}

/** The number in a cell, or null when blank, a dash, or unreadable. */
export function parseCellNumber(raw: string): number | null {
  const m = NUMBER.exec(folded(raw));
  if (!m) return null;
  const n = Number(`${m[1]}${m[2].replace(/,/g, '')}${m[3] ? `.${m[3]}` : ''}`);
  return Number.isFinite(n) ? n : null;
}
