import { describe, expect, it } from 'vitest';
import type { Token } from '../lines.js';
import { readDigits, splitDigits } from './digits.js';
import { fitRow } from './fit.js';
import { blockTotalsHold, blockViolations } from './table4.js';
import { rowTotalHolds, rowTotalViolations } from './table3.js';

const values = (s: ReturnType<typeof splitDigits>) => s?.pieces.map((p) => p.value);

describe('run-together digits', () => {
  it('the row identity picks the only consistent split', () => {
    const s = splitDigits([{ raw: '610000061', start: 100 }], 7, rowTotalHolds);
    expect(values(s)).toEqual([61, 0, 0, 0, 0, 0, 61]);
    expect(s?.count).toBe(1);
    expect(s?.pieces.map((p) => [p.start, p.end])).toEqual([[100, 102], [102, 103], [103, 104], [104, 105], [105, 106], [106, 107], [107, 109]]);
  });

  it('no leading zeros: "0000000" is seven zeros', () => {
    expect(values(splitDigits([{ raw: '0000000', start: 0 }], 7, rowTotalHolds))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('several consistent splits: the first, counted as ambiguous', () => {
    const s = splitDigits([{ raw: '5312', start: 0 }], 3, () => true);
    expect(values(s)).toEqual([5, 3, 12]);
    expect(s?.count).toBe(2);
  });

  it('table 四: three block totals over 16 digits', () => {
    expect(values(splitDigits([{ raw: '6250130010100202', start: 0 }], 15, blockTotalsHold))).toEqual([6, 2, 5, 0, 13, 0, 0, 1, 0, 1, 0, 0, 2, 0, 2]);
  });

  it('tokens already separated stay separate; nothing fits → null', () => {
    expect(values(splitDigits([{ raw: '12', start: 0 }, { raw: '3', start: 3 }], 3, () => true))).toEqual([1, 2, 3]);
    expect(splitDigits([{ raw: '1000002', start: 0 }], 7, rowTotalHolds)).toBeNull();
    expect(splitDigits([{ raw: '12', start: 0 }], 3, () => true)).toBeNull();
    expect(splitDigits([{ raw: '1.5', start: 0 }], 2, () => true)).toBeNull();
  });
});

/** Value tokens as the flattened reader gives them, one after another (a space between tokens). */
function tokens(...raws: string[]): Token[] {
  let at = 0;
  return raws.map((raw) => {
    const t: Token = { kind: 'value', raw, start: at, end: at + raw.length, filler: false, table: 0, row: 0, shape: 'flattened', runTogether: true };
    at += raw.length + 1;
    return t;
  });
}

const fitValues = (r: ReturnType<typeof fitRow>) => r.slots.map((s) => s.value);

describe('readDigits: every composition, scored by the identities it breaks', () => {
  it('a forced split (digits = cells) is one composition even when it breaks the identity', () => {
    const r = readDigits([{ raw: '010000000000000', start: 0 }], 15, blockViolations);
    expect(r.total).toBe(1);
    expect(r.best[0].violations).toBe(1);
  });

  it('keeps every composition that breaks the fewest', () => {
    const r = readDigits([{ raw: '110000011', start: 0 }], 7, rowTotalViolations);
    expect(r.best.map((b) => b.pieces.map((p) => p.value))).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
    expect([r.bestCount, r.cut]).toEqual([2, false]);
  });
});

describe('fitRow: run-together digits', () => {
  const opts = { runTogether: true, violations: blockViolations, anchor: 0 };

  it('forced: accepted as read and certain, the identity rule reports the defect', () => {
    const r = fitRow(tokens('010000000000000'), 15, opts);
    expect([r.split, r.readings, r.slots.some((s) => s.uncertain)]).toEqual(['forced', undefined, false]);
    expect(fitValues(r)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('violated: no split keeps the identity; the one breaking the fewest, uncertain, with the others kept', () => {
    const r = fitRow(tokens('12000004'), 7, { runTogether: true, violations: rowTotalViolations, anchor: 0 });
    expect(r.split).toBe('violated');
    expect(r.readings?.map((x) => x.map((s) => s.value))).toEqual([
      [1, 20, 0, 0, 0, 0, 4],
      [12, 0, 0, 0, 0, 0, 4],
    ]);
    expect(r.slots.every((s) => s.uncertain)).toBe(true);
  });

  it('an all-zero run with one digit too many: n zeros and the surplus as one extra number', () => {
    const r = fitRow(tokens('00000000'), 7, { runTogether: true, violations: rowTotalViolations, anchor: 0 });
    expect(fitValues(r)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.extra).toEqual([{ raw: '0', start: 7, end: 8 }]);
  });

  it('space-separated tokens split only when the reading is sure ("0 00 0" → three zeros)', () => {
    const spaced = { runTogether: false, spaceSeparated: true, violations: rowTotalViolations, anchor: 0 };
    expect(fitValues(fitRow(tokens('0', '00', '0', '0', '00'), 7, spaced))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // "12 0 0 0 0 12": 1|2|…|12 and 12|…|1|2 both break I3: the tokens stay as written, the last cell blank.
    expect(fitValues(fitRow(tokens('12', '0', '0', '0', '0', '12'), 7, spaced))).toEqual([12, 0, 0, 0, 0, 12, null]);
    // An all-zero row with a surplus zero: seven zeros, the surplus extra.
    expect(fitValues(fitRow(tokens('0', '00', '00', '0', '0', '0'), 7, spaced))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // Not a text table: never split.
    expect(fitValues(fitRow(tokens('0', '00', '0', '0', '00'), 7, { ...spaced, spaceSeparated: false }))).toEqual([0, 0, 0, 0, 0, null, null]);
  });

  it('no composition at all ("00000001": zeros cannot lead): the digits are one extra entry, the cells blank', () => {
    const r = fitRow(tokens('00000001'), 7, { runTogether: true, violations: rowTotalViolations, anchor: 0 });
    expect(r.slots.every((s) => s.missing)).toBe(true);
    expect(r.extra).toEqual([{ raw: '00000001', start: 0, end: 8 }]);
  });
});

describe('fitRow: a short separated row with leading zeros', () => {
  it('"0 00000" for seven cells is six zeros and one blank: no number has a leading zero', () => {
    const r = fitRow(tokens('0', '00000'), 7, { runTogether: false, spaceSeparated: true, violations: rowTotalViolations, anchor: 0 });
    expect(fitValues(r)).toEqual([0, 0, 0, 0, 0, 0, null]);
    expect(r.slots.map((s) => s.start).slice(0, 6)).toEqual([0, 2, 3, 4, 5, 6]);
    expect(r.slots[6].missing).toBe(true);
  });

  it('"012" keeps its 12; a token without a leading zero is left as written when the row is short', () => {
    const r = fitRow(tokens('012', '3'), 7, { runTogether: false, spaceSeparated: true, violations: rowTotalViolations, anchor: 0 });
    expect(fitValues(r).slice(0, 3)).toEqual([0, 12, 3]);
  });
});

describe('fitRow: a short run-together row with leading zeros', () => {
  it('"0 00000" of a one-line dump for seven cells: six zeros and one blank', () => {
    const r = fitRow(tokens('0', '00000'), 7, { runTogether: true, violations: rowTotalViolations, anchor: 0 });
    expect(fitValues(r)).toEqual([0, 0, 0, 0, 0, 0, null]);
  });
});

describe('readDigits: signs, decimals and units of the 2019 表二', () => {
  const none = () => 0;
  it('a sign belongs to the first number, decimals and a unit to the last', () => {
    expect(readDigits([{ raw: '-720', start: 0 }], 2, none).best.map((b) => b.pieces.map((p) => [p.raw, p.value]))).toEqual([
      [['-7', -7], ['20', 20]],
      [['-72', -72], ['0', 0]],
    ]);
    expect(readDigits([{ raw: '+11', start: 0 }], 2, none).best.map((b) => b.pieces.map((p) => p.value))).toEqual([[1, 1]]);
    const money = readDigits([{ raw: '31.5元', start: 10 }], 2, none).best.map((b) => b.pieces.map((p) => [p.raw, p.value, p.start, p.end]));
    expect(money).toEqual([[['3', 3, 10, 11], ['1.5元', 1.5, 11, 15]]]);
  });

  it('a short 2019 row of run-together signed cells is split, not left with a blank cell', () => {
    const r = fitRow(tokens('88', '-720'), 3, { runTogether: true, anchor: 0 });
    expect(r.split).toBe('ambiguous');
    expect(r.readings?.map((x) => x.map((s) => s.value))).toEqual([
      [8, 8, -720],
      [88, -7, 20],
      [88, -72, 0],
    ]);
    expect(r.slots.every((s) => s.uncertain)).toBe(true);
  });
});
