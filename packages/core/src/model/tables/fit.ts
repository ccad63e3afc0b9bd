// Fit the cells found after a row label to the number of values the row expects (rulebook: read tables as a
// stream of cells). Surplus blanks are layout (fillers first, then leading and trailing blanks); surplus numbers
// are extra; a short row gets blank cells positioned at the end of its last token; a flattened dump's
// run-together digits are split with the table's identities.
import type { Token } from '../lines.js';
import { isNumeric, parseCellNumber } from '../../util/number.js';
import { DIGIT_RUN, readDigits, wholeDigits, type Reading } from './digits.js';

export interface Slot {
  raw: string;
  start: number;
  end: number;
  value: number | null;
  uncertain?: true;
  /** No cell was written for this value: a blank positioned at the end of the row. */
  missing?: true;
}

/**
 * How run-together digits were split: `forced` (only one composition exists, or an all-zero run has surplus
 * zeros), `unique` (only one keeps the row's identities), `ambiguous` (several do), `violated` (none does: the
 * ones breaking the fewest are kept).
 */
export type SplitKind = 'forced' | 'unique' | 'ambiguous' | 'violated';

export interface FitResult {
  slots: Slot[];
  /** Numbers beyond the expected count, or digits no consistent split could place. */
  extra: { raw: string; start: number; end: number }[];
  split?: SplitKind;
  /** For `ambiguous` and `violated` splits: every reading kept (the first is `slots`), for the table's solver. */
  readings?: Slot[][];
}

export interface FitOptions {
  /** The row is from a flattened dump whose digits may run together. */
  runTogether: boolean;
  /**
   * A text table whose cells a space separates ("0 00 0 …"): a multi-digit token may still be two cells run
   * together, split when the row is short of cells and only one reading fits.
   */
  spaceSeparated?: boolean;
  /** How many of the row's identities (e.g. total = sum of the applicant columns) the values break. */
  violations?: (values: number[]) => number;
  /** Where padding goes when the row has no token at all: the end of its label. */
  anchor: number;
}

const NO_IDENTITY = (): number => 0;

export function fitRow(cands: readonly Token[], n: number, opts: FitOptions): FitResult {
  const c = [...cands];
  for (let k = c.length - 1; k >= 0 && c.length > n; k--) if (c[k].filler) c.splice(k, 1);
  while (c.length > n && c[0].kind === 'blank') c.shift();
  while (c.length > n && c[c.length - 1].kind === 'blank') c.pop();
  const surplus = c.length > n ? c.splice(n) : [];
  const extra = surplus.filter((t) => isNumeric(t.raw)).map(({ raw, start, end }) => ({ raw, start, end }));

  const splittable = opts.runTogether || opts.spaceSeparated === true;
  let digits = c.reduce((sum, t) => sum + wholeDigits(t.raw), 0);
  // A row with fewer digits than cells cannot be split by its identities; but no number is written with
  // a leading zero, so "00000" is five zeros and "012" a zero and 12 whatever the rest (the row stays short).
  if (splittable && c.length < n && digits < n && c.some(leadingZero)) {
    c.splice(0, c.length, ...c.flatMap(splitLeadingZeros));
    digits = c.reduce((sum, t) => sum + wholeDigits(t.raw), 0);
  }
  if (splittable && c.length > 0 && c.length < n && digits >= n && c.every((t) => DIGIT_RUN.test(t.raw))) {
    const split = splitRun(c, n, opts.violations ?? NO_IDENTITY);
    // A separated row is split only where the reading is sure; otherwise its tokens stay cells as written.
    if (split && (opts.runTogether || split.split === 'forced' || split.split === 'unique')) return { ...split, extra: [...split.extra, ...extra] };
    if (opts.runTogether) {
      // No split fits: keep the digits as extra (one entry: one misread row) rather than guess; the cells stay blank.
      const run = { raw: c.map((t) => t.raw).join(' '), start: c[0].start, end: c[c.length - 1].end };
      return { slots: pad([], n, c[c.length - 1].end), extra: [run, ...extra] };
    }
  }

  const slots: Slot[] = c.map((t) => ({ raw: t.raw, start: t.start, end: t.end, value: t.kind === 'value' && isNumeric(t.raw) ? parseCellNumber(t.raw) : null }));
  return { slots: pad(slots, n, c.length > 0 ? c[c.length - 1].end : opts.anchor), extra };
}

/** The digit runs of a short row as n cells, or null when no composition exists. */
function splitRun(c: readonly Token[], n: number, violations: (values: number[]) => number): FitResult | null {
  const found = readDigits(c, n, violations);
  if (found.best.length === 0) return zeroRun(c, n);
  const best = found.best[0];
  const split: SplitKind =
    found.total === 1 && !found.cut ? 'forced' : best.violations > 0 ? 'violated' : found.bestCount === 1 && !found.cut ? 'unique' : 'ambiguous';
  const sure = split === 'forced' || split === 'unique';
  const slots = slotsOf(best, !sure);
  return sure ? { slots, extra: [], split } : { slots, extra: [], split, readings: found.best.map((r) => slotsOf(r, true)) };
}

/**
 * An all-zero run with more digits than cells ("00000000" for seven): no composition exists (no leading zeros),
 * but every cell is surely 0. The cells get the first n zeros; the surplus is one extra number, reported once.
 */
function zeroRun(c: readonly Token[], n: number): FitResult | null {
  if (!c.every((t) => /^0+$/.test(t.raw))) return null;
  const zeros: Slot[] = [];
  for (const t of c) for (let k = 0; k < t.raw.length; k++) zeros.push({ raw: '0', start: t.start + k, end: t.start + k + 1, value: 0 });
  const rest = zeros.slice(n);
  return { slots: zeros.slice(0, n), extra: [{ raw: rest.map((z) => z.raw).join(''), start: rest[0].start, end: rest[rest.length - 1].end }], split: 'forced' };
}

function slotsOf(reading: Reading, uncertain: boolean): Slot[] {
  return reading.pieces.map((p) => (uncertain ? { raw: p.raw, start: p.start, end: p.end, value: p.value, uncertain: true as const } : { raw: p.raw, start: p.start, end: p.end, value: p.value }));
}

function pad(slots: Slot[], n: number, at: number): Slot[] {
  while (slots.length < n) slots.push({ raw: '', start: at, end: at, value: null, missing: true });
  return slots;
}

const leadingZero = (t: Token): boolean => t.raw.length > 1 && t.raw[0] === '0' && /^\d+$/.test(t.raw);

/** A digit token without its leading zeros: each zero a token of its own, then the rest (if any). */
function splitLeadingZeros(t: Token): Token[] {
  if (!leadingZero(t)) return [t];
  const out: Token[] = [];
  let k = 0;
  while (k < t.raw.length - 1 && t.raw[k] === '0') {
    out.push({ ...t, raw: '0', start: t.start + k, end: t.start + k + 1 });
    k++;
  }
  out.push({ ...t, raw: t.raw.slice(k), start: t.start + k });
  return out;
}
