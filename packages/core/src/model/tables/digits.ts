// Splitting run-together digits of a flattened dump ("1000001" for seven cells) into cells. Every composition of
// the digit runs into exactly n numbers (no leading zeros) is tried; the table's identities pick the consistent
// ones. Digits are only ever cut, never invented or dropped.

export interface DigitRun {
  raw: string;
  start: number;
}

export interface DigitPiece {
  raw: string;
  start: number;
  end: number;
  value: number;
}

export interface DigitSplit {
  pieces: DigitPiece[];
  /** How many compositions satisfied `accept` (counting stops at 2: "more than one"). */
  count: number;
}

/** Work budget: beyond this many search steps the split is reported as ambiguous. */
const MAX_STEPS = 200_000;

/** One composition of the runs into n numbers, with the number of the table's identities it breaks. */
export interface Reading {
  pieces: DigitPiece[];
  violations: number;
}

export interface Readings {
  /** The compositions that break the fewest identities (at most `limit`), in search order. */
  best: Reading[];
  /** How many compositions exist at all: 1 means the split is forced. */
  total: number;
  /** How many compositions break the fewest identities (may exceed best.length). */
  bestCount: number;
  /** The search stopped at its work budget: neither `total` nor `bestCount` is complete. */
  cut: boolean;
}

/**
 * Every composition of `runs` into n numbers (no leading zeros; each run gives at least one number), scored by
 * `violations`; the best-scoring ones are kept. Bounded by MAX_STEPS (then `cut`).
 */
export function readDigits(runs: readonly DigitRun[], n: number, violations: (values: number[]) => number, limit = 64): Readings {
  const out: Readings = { best: [], total: 0, bestCount: 0, cut: false };
  if (!runs.every(isDigitRun)) return out;
  const digits = runs.reduce((s, r) => s + digitsOf(r).length, 0);
  if (digits < n || runs.length > n) return out;
  if (digits === n) {
    // One digit a cell (most rows of a dump: "0000000"): the only composition, no search.
    const pieces: DigitPiece[] = [];
    for (const r of runs) {
      const sh = shape(r.raw);
      for (let k = 0; k < sh.body.length; k++) pieces.push(piece(r, sh.lead + k, sh.lead + k + 1, sh));
    }
    return { best: [{ pieces, violations: violations(pieces.map((p) => p.value)) }], total: 1, bestCount: 1, cut: false };
  }
  let bestScore = Infinity;
  compose(runs, n, (pieces) => {
    out.total++;
    const score = violations(pieces.map((p) => p.value));
    if (score < bestScore) {
      bestScore = score;
      out.best = [];
      out.bestCount = 0;
    }
    if (score === bestScore) {
      out.bestCount++;
      if (out.best.length < limit) out.best.push({ pieces: pieces.map((p) => ({ ...p })), violations: score });
    }
    return true;
  }) || (out.cut = true);
  return out;
}

/** The first composition of `runs` into n numbers that `accept` takes, with the number of such compositions (≤ 2). */
export function splitDigits(runs: readonly DigitRun[], n: number, accept: (values: number[]) => boolean): DigitSplit | null {
  if (!runs.every(isDigitRun)) return null;
  const total = runs.reduce((s, r) => s + digitsOf(r).length, 0);
  if (total < n || runs.length > n) return null;
  let first: DigitPiece[] | null = null;
  let count = 0;
  const complete = compose(runs, n, (pieces) => {
    if (!accept(pieces.map((p) => p.value))) return true;
    count++;
    if (!first) first = pieces.map((p) => ({ ...p }));
    return count < 2;
  });
  if (!complete) count = Math.max(count, 2);
  return first ? { pieces: first, count } : null;
}

/**
 * Calls `leaf` with each composition in order (shortest first piece first) until it returns false. Returns false
 * when the work budget ran out, true otherwise (also when `leaf` stopped the search).
 */
function compose(runs: readonly DigitRun[], n: number, leaf: (pieces: readonly DigitPiece[]) => boolean): boolean {
  let steps = 0;
  let exhausted = false;
  const chosen: DigitPiece[] = [];
  // Digits in the runs after run r (at least one digit each piece still needed must fit).
  const after = runs.map((_, r) => runs.slice(r + 1).reduce((s, x) => s + digitsOf(x).length, 0));
  const shapes = runs.map((r) => shape(r.raw));

  const visit = (run: number, pos: number): boolean => {
    if (++steps > MAX_STEPS) {
      exhausted = true;
      return false;
    }
    if (run === runs.length) return chosen.length === n ? leaf(chosen) : true;
    const { raw } = runs[run];
    const { lead, end } = shapes[run];
    if (pos === end) return visit(run + 1, shapes[run + 1]?.lead ?? 0);
    const digitsLeft = end - pos + after[run];
    const piecesLeft = n - chosen.length;
    if (piecesLeft <= 0 || digitsLeft < piecesLeft) return true;
    const runsLeft = runs.length - run - 1;
    const maxLen = raw[pos] === '0' ? 1 : end - pos;
    for (let len = 1; len <= maxLen; len++) {
      // Each later run needs at least one piece of its own.
      if (pos + len === end && piecesLeft - 1 < runsLeft) continue;
      chosen.push(piece(runs[run], pos, pos + len, shapes[run]));
      const go = visit(run, pos + len);
      chosen.pop();
      if (!go) return false;
    }
    return true;
  };
  visit(0, shapes[0]?.lead ?? 0);
  return !exhausted;
}

/**
 * A run of digits as a flattened dump writes it: digits, with a sign before them (the 2019 表二's 本年增/减,
 * "-720", "+11") and a decimal part and a unit after them (its 采购总金额, "3147230元", "1973601627.4元"). The sign
 * belongs to the first number of the run; the decimals and the unit to the last. Only the whole digits are cut.
 */
export const DIGIT_RUN = /^[-+]?\d+(?:\.\d+)?元?$/;
const isDigitRun = (r: DigitRun): boolean => DIGIT_RUN.test(r.raw);

function shape(raw: string): { lead: number; end: number; body: string } {
  const lead = raw[0] === '-' || raw[0] === '+' ? 1 : 0;
  let end = lead;
  while (end < raw.length && raw[end] >= '0' && raw[end] <= '9') end++;
  return { lead, end, body: raw.slice(lead, end) };
}

const digitsOf = (r: DigitRun): string => shape(r.raw).body;

/** How many whole digits a run has to cut (sign, decimals and unit aside); every row's tokens ask, so no slices. */
export function wholeDigits(raw: string): number {
  const lead = raw[0] === '-' || raw[0] === '+' ? 1 : 0;
  let end = lead;
  while (end < raw.length && raw.charCodeAt(end) >= 48 && raw.charCodeAt(end) <= 57) end++;
  return end - lead;
}

/** The number of raw[from, to) of a run; the first takes the run's sign, the last its unit. */
function piece(r: DigitRun, from: number, to: number, { lead, end } = shape(r.raw)): DigitPiece {
  const first = from === lead;
  const last = to === end;
  const raw = r.raw.slice(first ? 0 : from, last ? r.raw.length : to);
  const magnitude = Number(r.raw.slice(from, last ? r.raw.length : to).replace(/元$/, ''));
  const value = first && r.raw[0] === '-' ? -magnitude : magnitude;
  return { raw, start: r.start + (first ? 0 : from), end: r.start + (last ? r.raw.length : to), value };
}
