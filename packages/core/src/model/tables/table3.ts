// 表三 (收到和处理政府信息公开申请情况): template choice and the row identity I3 (总计 = the six applicant
// columns), which is what splits a flattened row's run-together digits.
import type { TemplateId } from '../types.js';
import { TABLE3_2021, type TableSpec } from '../template.js';
import { TABLE3_2019 } from '../template2019.js';

export function table3Spec(template: TemplateId): TableSpec {
  return template === 'gov-2019' ? TABLE3_2019 : TABLE3_2021;
}

/** I3 for one row of seven values. */
export function rowTotalHolds(values: readonly number[]): boolean {
  return values.length === 7 && values[6] === values.slice(0, 6).reduce((a, b) => a + b, 0);
}

