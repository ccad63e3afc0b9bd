import { describe, expect, it } from 'vitest';
import { cellLabel, columnLabel } from './cell-labels.js';

describe('cellLabel', () => {
  it('names the row and column of every table', () => {
    expect(cellLabel('proactive.regulations.repealed')).toBe('规章·本年废止件数');
    expect(cellLabel('requests.denied.processInfo.naturalPerson')).toBe('6.属于四类过程性信息·自然人');
    expect(cellLabel('requests.totalProcessed.total')).toBe('（七）总计·总计');
    expect(cellLabel('appeals.litigationDirect.pending')).toBe('行政诉讼（未经复议直接起诉）·尚未审结');
    expect(cellLabel('proactive.regulations.publicTotal')).toBe('规章·对外公开总数量');
  });

  it('labels a cell by its own template where two templates share a column key (amount)', () => {
    expect(cellLabel('proactive.fees.amount')).toBe('行政事业性收费·本年收费金额（单位：万元）');
    expect(cellLabel('proactive.procurement.amount')).toBe('政府集中采购·采购总金额');
  });

  it('keeps the key in English and gives null outside the template', () => {
    expect(cellLabel('appeals.review.corrected', 'en')).toBe('行政复议 / 结果纠正 (appeals.review.corrected)');
    expect(cellLabel('requests.nothing.total')).toBeNull();
    expect(cellLabel('meta.year')).toBeNull();
  });

  it('names a column', () => {
    expect(columnLabel('requests', 'otherOrg')).toBe('其他');
    expect(columnLabel('requests', 'nope')).toBeNull();
  });
});
