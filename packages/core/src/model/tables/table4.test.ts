import { describe, expect, it } from 'vitest';
import { TABLE4 } from '../template.js';
import { AppealHeaderCursor, AppealRun, blockTotalsHold } from './table4.js';

const COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

describe('AppealRun', () => {
  it('gives the values after a one-block header that block’s columns, block after block', () => {
    const cursor = new AppealHeaderCursor();
    const run = new AppealRun();
    const taken: string[][] = [];
    for (let b = 0; b < 3; b++) {
      for (const c of COLUMNS) {
        cursor.next(c);
        run.label(cursor.current);
      }
      taken.push(run.take(TABLE4.rows[0], 5).columns.slice());
    }
    expect(taken.map((cols) => cols[0])).toEqual(['review.upheld', 'litigationDirect.upheld', 'litigationAfterReview.upheld']);
    expect(taken.every((cols) => cols.length === 5)).toBe(true);
  });

  it('keeps the template row after a header of all three blocks, or when the values do not fit the run', () => {
    const cursor = new AppealHeaderCursor();
    const run = new AppealRun();
    for (let b = 0; b < 3; b++) for (const c of COLUMNS) run.label((cursor.next(c), cursor.current));
    expect(run.take(TABLE4.rows[0], 15)).toBe(TABLE4.rows[0]);
    const one = new AppealRun();
    one.label(0);
    expect(one.take(TABLE4.rows[0], 15)).toBe(TABLE4.rows[0]);
    expect(new AppealRun().take(TABLE4.rows[0], 5)).toBe(TABLE4.rows[0]);
  });
});

describe('blockTotalsHold', () => {
  it('checks I4 in each whole block of a row', () => {
    expect(blockTotalsHold([0, 1, 0, 0, 1])).toBe(true);
    expect(blockTotalsHold([0, 1, 0, 0, 2])).toBe(false);
    expect(blockTotalsHold([0, 1, 0, 0, 1, 0, 2, 0, 0, 2, 0, 0, 0, 0, 0])).toBe(true);
    expect(blockTotalsHold([0, 1, 0, 0])).toBe(false);
  });
});
