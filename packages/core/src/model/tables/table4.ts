// 表四 (行政复议、行政诉讼): one data row of 15 values after the header labels, in three blocks of five; the block
// identity I4 (总计 = 维持 + 纠正 + 其他 + 尚未) splits run-together digits. Header column labels repeat per block,
// so a column label's key depends on how many times the 结果维持…总计 cycle has restarted.
import { APPEAL_BLOCKS, APPEAL_COLUMN_LABELS, APPEAL_COLUMNS, type RowSpec } from '../template.js';

const BLOCK = APPEAL_COLUMNS.length;

/** I4 in every block of a row of whole blocks (the 15 values, or the blocks of a table printed per block). */
export function blockTotalsHold(values: readonly number[]): boolean {
  return blockViolations(values) === 0;
}

/** How many block totals a row of whole blocks breaks (every block when the count is not whole blocks). */
export function blockViolations(values: readonly number[]): number {
  if (values.length === 0 || values.length % BLOCK !== 0) return Math.max(1, Math.ceil(values.length / BLOCK));
  let broken = 0;
  for (let b = 0; b < values.length / BLOCK; b++) {
    const v = values.slice(b * BLOCK, b * BLOCK + BLOCK);
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
    return `appeals.${APPEAL_BLOCKS[this.current]}.${APPEAL_COLUMNS[col]}`;
  }

  /** The block of the last column label read. */
  get current(): number {
    return Math.min(this.block, APPEAL_BLOCKS.length - 1);
  }
}

/**
 * The blocks the header labels just before a row of values cover. 表四 printed as three 5-column tables (one per
 * block, as converters split it) has a header per block: its values are that block's, not the first five of 15.
 */
export class AppealRun {
  private start: number | null = null;
  private end = 0;

  /** A header column label of `block` (AppealHeaderCursor.current). */
  label(block: number): void {
    this.start ??= block;
    this.end = block;
  }

  /**
   * The row the values fill: the template row, or the columns of the blocks the header run covered when fewer
   * than three and the values fit in them. The run is over either way.
   */
  take(row: RowSpec, values: number): RowSpec {
    const { start, end } = this;
    this.start = null;
    if (start === null || end < start) return row;
    const span = end - start + 1;
    if (span === APPEAL_BLOCKS.length || values > span * BLOCK) return row;
    return { key: row.key, label: row.label, columns: row.columns.slice(start * BLOCK, (end + 1) * BLOCK) };
  }
}
