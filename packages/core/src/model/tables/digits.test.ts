import { describe, expect, it } from 'vitest';
import { splitDigits } from './digits.js';
import { blockTotalsHold } from './table4.js';
import { rowTotalHolds } from './table3.js';

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
