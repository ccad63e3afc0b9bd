import { describe, expect, it } from 'vitest';
import { TABLE3_2021 } from '../template.js';
import type { Slot } from './fit.js';
import { rankProactive } from './table2.js';
import { statedFigures } from './table2-hints.js';
import { solveRequests } from './table3-solve.js';

const slots = (...values: number[]): Slot[] => values.map((value) => ({ raw: String(value), start: 0, end: 0, value }));
const COLS = TABLE3_2021.rows[0].columns;
const keys = (row: string) => COLS.map((c) => `requests.${row}.${c}`);

describe('solveRequests: 表三 rows settled by the column identities', () => {
  // 116's "110000011" in 一、本年新收 and （七）总计: 11|0|…|11 or 1|10|…|11; the result rows say 自然人 11.
  const settled: Record<string, number> = {};
  for (const row of TABLE3_2021.rows.map((r) => r.key)) for (const c of COLS) settled[`requests.${row}.${c}`] = 0;
  Object.assign(settled, { 'requests.partiallyGranted.naturalPerson': 3, 'requests.partiallyGranted.total': 3, 'requests.unable.noInfo.naturalPerson': 7, 'requests.unable.noInfo.total': 7, 'requests.otherHandling.overdueCorrection.naturalPerson': 1, 'requests.otherHandling.overdueCorrection.total': 1 });
  const open = ['newReceived', 'totalProcessed'].map((row) => ({ keys: keys(row), readings: [slots(1, 10, 0, 0, 0, 0, 11), slots(11, 0, 0, 0, 0, 0, 11)] }));
  const value = (key: string) => settled[key] ?? null;

  it('only one combination keeps I1 and I2 in every column: chosen, consistent, no alternatives', () => {
    const s = solveRequests(open, TABLE3_2021, value);
    expect(s?.choice).toEqual([1, 1]);
    expect(s?.consistent).toBe(true);
    expect(s?.alternatives.flat(2)).toEqual([]);
  });

  it('two combinations keep them: the cells that differ list their alternatives', () => {
    // The result rows blank in 自然人 and 商业企业: I2 cannot be checked there; I1 holds either way.
    const blank = (key: string) => (/\.(naturalPerson|commercial)$/.test(key) && !/newReceived|totalProcessed|carriedOver|carriedForward/.test(key) ? null : value(key));
    const s = solveRequests(open, TABLE3_2021, blank);
    expect(s?.consistent).toBe(true);
    expect(s?.alternatives[0][0]).toEqual([11]);
    expect(s?.alternatives[0][6]).toEqual([]);
  });
});

describe('表二: the prose figures and I8', () => {
  it('statedFigures reads the row and column words of a sentence', () => {
    expect(statedFigures(['八是建成规范性文件库，本年度制发规范性文件34件，现行有效件数424件。规章0件'])).toEqual([
      { row: 'normativeDocuments', column: 'made', value: 34 },
      { row: 'normativeDocuments', column: 'valid', value: 424 },
    ]);
    expect(statedFigures(['先后审核各部门印发的22条规范性文件并在政府网站上发布'])).toEqual([{ row: 'normativeDocuments', column: 'made', value: 22 }]);
  });

  const readings = [slots(3, 40, 89), slots(3, 408, 9), slots(34, 0, 89), slots(340, 8, 9)];
  const columns = ['made', 'repealed', 'valid'];

  it('a stated figure settles the split ("34089", 制发34 → 34|0|89)', () => {
    expect(rankProactive(readings, columns, (c) => (c === 'made' ? [34] : [424]))).toEqual({ best: 2, possible: [2] });
  });

  it('without figures: I8 rules out 340|8|9; the rest stay possible, the most plausible first', () => {
    const r = rankProactive(readings, columns, () => []);
    expect(r.possible.sort()).toEqual([0, 1, 2]);
    expect(r.best).toBe(2);
  });
});
