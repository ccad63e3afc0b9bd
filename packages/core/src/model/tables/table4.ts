// 表四 (行政复议、行政诉讼): one data row of 15 values after the header labels, in three blocks of five; the block
// identity I4 (总计 = 维持 + 纠正 + 其他 + 尚未) splits run-together digits. Header column labels repeat per block,
// so a column label's key depends on how many times the 结果维持…总计 cycle has restarted.
import { APPEAL_BLOCKS, APPEAL_COLUMN_LABELS, APPEAL_COLUMNS } from '../template.js';

export function blockTotalsHold(values: readonly number[]): boolean {
  return blockViolations(values) === 0;
}

/** How many of the three block totals the 15 values break (3 when the count is wrong). */
export function blockViolations(values: readonly number[]): number {
  if (values.length !== 15) return 3;
  let broken = 0;
  for (let b = 0; b < 3; b++) {
    const v = values.slice(b * 5, b * 5 + 5);
    if (v[4] !== v[0] + v[1] + v[2] + v[3]) broken++;
  }
  return broken;
}

/** Assigns header column labels to blocks as they are read: a column not after the previous one opens a block. */
export class AppealHeaderCursor {
  private last = -1;
  private block = 0;

  /** The cell key a header column label stands for, e.g. "appeals.litigationDirect.corrected". */
  next(canonical: string): string | undefined {
    const col = (APPEAL_COLUMN_LABELS as readonly string[]).indexOf(canonical);
    if (col < 0) return undefined;
    if (col <= this.last) this.block++;
    this.last = col;
    return `appeals.${APPEAL_BLOCKS[Math.min(this.block, APPEAL_BLOCKS.length - 1)]}.${APPEAL_COLUMNS[col]}`;
  }
}
