// Fit the cells found after a row label to the number of values the row expects (rulebook: read tables as a
// stream of cells). Surplus blanks are layout (fillers first, then leading and trailing blanks); surplus numbers
// are extra; a short row gets blank cells positioned at the end of its last token; a flattened dump's
// run-together digits are split with the table's identities.
import type { Token } from '../lines.js';
import { isNumeric, parseCellNumber } from '../../util/number.js';
import { splitDigits } from './digits.js';

export interface Slot {
  raw: string;
  start: number;
  end: number;
  value: number | null;
  uncertain?: true;
  /** No cell was written for this value: a blank positioned at the end of the row. */
  missing?: true;
}

export interface FitResult {
  slots: Slot[];
  /** Numbers beyond the expected count, or digits no consistent split could place. */
  extra: { raw: string; start: number; end: number }[];
}

export interface FitOptions {
  /** The row is from a flattened dump whose digits may run together. */
  runTogether: boolean;
  /** The row's identity (e.g. total = sum of the applicant columns), used to split run-together digits. */
  accept?: (values: number[]) => boolean;
  /** Where padding goes when the row has no token at all: the end of its label. */
  anchor: number;
}

export function fitRow(cands: readonly Token[], n: number, opts: FitOptions): FitResult {
  const c = [...cands];
  for (let k = c.length - 1; k >= 0 && c.length > n; k--) if (c[k].filler) c.splice(k, 1);
  while (c.length > n && c[0].kind === 'blank') c.shift();
  while (c.length > n && c[c.length - 1].kind === 'blank') c.pop();
  const surplus = c.length > n ? c.splice(n) : [];
  const extra = surplus.filter((t) => isNumeric(t.raw)).map(({ raw, start, end }) => ({ raw, start, end }));

  const digits = c.reduce((sum, t) => sum + t.raw.length, 0);
  if (c.length < n && opts.runTogether && digits >= n && c.every((t) => /^\d+$/.test(t.raw))) {
    const split = splitDigits(c, n, opts.accept ?? (() => true));
    if (split) {
      const uncertain = split.count > 1 ? { uncertain: true as const } : {};
      return { slots: split.pieces.map((p) => ({ raw: p.raw, start: p.start, end: p.end, value: p.value, ...uncertain })), extra };
    }
    // No split fits: keep the digits as extra rather than guess; the cells stay blank.
    return { slots: pad([], n, c[c.length - 1].end), extra: [...c.map(({ raw, start, end }) => ({ raw, start, end })), ...extra] };
  }

  const slots: Slot[] = c.map((t) => ({ raw: t.raw, start: t.start, end: t.end, value: t.kind === 'value' && isNumeric(t.raw) ? parseCellNumber(t.raw) : null }));
  return { slots: pad(slots, n, c.length > 0 ? c[c.length - 1].end : opts.anchor), extra };
}

function pad(slots: Slot[], n: number, at: number): Slot[] {
  while (slots.length < n) slots.push({ raw: '', start: at, end: at, value: null, missing: true });
  return slots;
}
