// 表三 (收到和处理政府信息公开申请情况): template choice and the row identity I3 (总计 = the six applicant
// columns), which is what splits a flattened row's run-together digits.
import { parseCellNumber } from '../../util/number.js';
import type { Token } from '../lines.js';
import { splitDigits, type DigitPiece } from './digits.js';
import type { Slot } from './fit.js';
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

/** I3 as a count of broken identities (0 or 1), for ranking the splits of run-together digits. */
export function rowTotalViolations(values: readonly number[]): number {
  return rowTotalHolds(values) ? 0 : 1;
}


/**
 * Some reports add a 法人或其他组织 subtotal column between 自然人 and 商业企业 (eight values a row; the official
 * table has none, rulebook §3.4). Without this, the columns would be matched by position and every value after
 * 自然人 shifted by one. A row is read that way when its eight values hold both identities (subtotal = the five
 * organisation columns, total = 自然人 + subtotal); once a row with a non-zero subtotal has shown the layout,
 * later eight-cell rows of the table follow it even when a blank keeps their identity from being checked.
 */
export class SubtotalColumn {
  private seen = false;

  /** Index into `cands` of the row's subtotal cell, or -1 when the row has none. */
  find(cands: readonly Token[]): number {
    const real: number[] = [];
    cands.forEach((t, k) => {
      if (!t.filler) real.push(k);
    });
    if (real.length !== 8) return -1;
    const v = real.map((k) => (cands[k].kind === 'value' ? parseCellNumber(cands[k].raw) : null));
    const numbers = v.every((x): x is number => x !== null) ? v : null;
    const holds = numbers !== null && subtotalHolds(numbers);
    if (holds && numbers[1] !== 0) this.seen = true;
    return holds || this.seen ? real[1] : -1;
  }

  /**
   * A flattened row's run-together digits ("54102019") split into eight with both identities, when the table is
   * known to have the subtotal column or when no split into seven fits. The subtotal piece comes back apart.
   */
  splitRun(cands: readonly Token[], sevenFailed: boolean): { slots: Slot[]; subtotal: DigitPiece } | null {
    if (!this.seen && !sevenFailed) return null;
    const runs = cands.filter((t) => t.kind !== 'blank');
    if (runs.length === 0 || runs.some((t) => !/^\d+$/.test(t.raw))) return null;
    const split = splitDigits(runs.map(({ raw, start }) => ({ raw, start })), 8, subtotalHolds);
    if (!split) return null;
    if (split.pieces[1].value !== 0) this.seen = true;
    const uncertain = split.count > 1 ? { uncertain: true as const } : {};
    const slots = split.pieces.filter((_, k) => k !== 1).map((p) => ({ raw: p.raw, start: p.start, end: p.end, value: p.value, ...uncertain }));
    return { slots, subtotal: split.pieces[1] };
  }
}

/** Eight values: 自然人, the 法人或其他组织 subtotal, the five organisation columns, 总计. */
function subtotalHolds(v: readonly number[]): boolean {
  return v.length === 8 && v[1] === sum(v.slice(2, 7)) && v[7] === v[0] + v[1];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
