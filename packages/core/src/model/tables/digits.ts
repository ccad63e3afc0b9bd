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

/** The first composition of `runs` into n numbers that `accept` takes, with the number of such compositions (≤ 2). */
export function splitDigits(runs: readonly DigitRun[], n: number, accept: (values: number[]) => boolean): DigitSplit | null {
  if (runs.some((r) => !/^\d+$/.test(r.raw))) return null;
  const total = runs.reduce((s, r) => s + r.raw.length, 0);
  if (total < n || runs.length > n) return null;
  let first: DigitPiece[] | null = null;
  let count = 0;
  let steps = 0;
  const chosen: DigitPiece[] = [];

  const visit = (run: number, pos: number): boolean => {
    if (++steps > MAX_STEPS) {
      count = Math.max(count, 2);
      return false;
    }
    if (run === runs.length) {
      if (chosen.length === n && accept(chosen.map((p) => p.value))) {
        count++;
        if (!first) first = chosen.map((p) => ({ ...p }));
        if (count >= 2) return false;
      }
      return true;
    }
    const { raw, start } = runs[run];
    if (pos === raw.length) return visit(run + 1, 0);
    // Pieces still needed after this one must fit into the digits left (at least one digit each).
    const digitsLeft = raw.length - pos + runs.slice(run + 1).reduce((s, r) => s + r.raw.length, 0);
    const piecesLeft = n - chosen.length;
    if (piecesLeft <= 0 || digitsLeft < piecesLeft) return true;
    const runsLeft = runs.length - run - 1;
    const maxLen = raw[pos] === '0' ? 1 : raw.length - pos;
    for (let len = 1; len <= maxLen; len++) {
      // Each later run needs at least one piece of its own.
      if (pos + len === raw.length && piecesLeft - 1 < runsLeft) continue;
      const text = raw.slice(pos, pos + len);
      chosen.push({ raw: text, start: start + pos, end: start + pos + len, value: Number(text) });
      const go = visit(run, pos + len);
      chosen.pop();
      if (!go) return false;
    }
    return true;
  };
  visit(0, 0);
  return first ? { pieces: first, count } : null;
}
