// After every row is read: the rows whose run-together digits their own identity did not pin are settled table by
// table (表三 by its column identities, 表二 by the prose's figures and I8, 表四 as its rows left them), and their
// cells are written with how sure each value is: certain, ambiguous (with the other values it could take), or
// "as read" (no reading keeps the identities; the one breaking the fewest is shown).
import { spanAt, type LineIndex } from '../../util/position.js';
import type { TableSpec } from '../template.js';
import type { Cell, TableKey } from '../types.js';
import type { Slot, SplitKind } from './fit.js';
import { rankProactive } from './table2.js';
import type { StatedFigure } from './table2-hints.js';
import { solveRequests, type OpenSplit } from './table3-solve.js';

export interface PendingSplit extends OpenSplit {
  table: TableKey;
  /** The row key without the table ("normativeDocuments") and its column keys ("made", …). */
  row: string;
  columns: readonly string[];
  split: SplitKind;
}

export interface SettleContext {
  requests: TableSpec;
  stated: readonly StatedFigure[];
  index: LineIndex;
}

export function settleSplits(pending: readonly PendingSplit[], cells: Record<string, Cell>, ctx: SettleContext): void {
  if (pending.length === 0) return;
  const requests = pending.filter((p) => p.table === 'requests');
  const value = (key: string): number | null => cells[key]?.value ?? null;
  const solved = solveRequests(requests, ctx.requests, value);
  requests.forEach((p, r) => {
    if (solved) write(p, solved.choice[r], solved.alternatives[r], solved.consistent, cells, ctx.index);
    else byRow(p, cells, ctx.index);
  });
  for (const p of pending) {
    if (p.table === 'appeals') byRow(p, cells, ctx.index);
    if (p.table !== 'proactive') continue;
    const stated = (column: string): number[] => ctx.stated.filter((f) => f.row === p.row && f.column === column).map((f) => f.value);
    const { best, possible } = rankProactive(p.readings, p.columns, stated);
    write(p, best, alternativesAmong(p, best, possible), true, cells, ctx.index);
  }
}

/** A row settled by its own identity alone: every reading it kept stays possible. */
function byRow(p: PendingSplit, cells: Record<string, Cell>, index: LineIndex): void {
  // No reading keeps a violated row's identity: it is shown "as read", and the mismatch it shows is real.
  const alternatives = p.split === 'ambiguous' ? alternativesAmong(p, 0, p.readings.map((_, k) => k)) : p.columns.map(() => []);
  write(p, 0, alternatives, p.split === 'ambiguous', cells, index);
}

/** Per column, the values of the other possible readings that differ from the chosen one. */
function alternativesAmong(p: PendingSplit, chosen: number, possible: readonly number[]): number[][] {
  return p.columns.map((_, col) => {
    const mine = p.readings[chosen][col].value;
    const others = new Set<number>();
    for (const k of possible) {
      const v = p.readings[k][col].value;
      if (v !== null && v !== mine) others.add(v);
    }
    return [...others].sort((a, b) => a - b);
  });
}

/**
 * Writes the chosen reading. A cell with alternatives is ambiguous; one without is pinned: certain when the
 * readings considered keep the identities (`consistent`), else "as read" (uncertain, no alternatives).
 */
function write(p: PendingSplit, chosen: number, alternatives: readonly number[][], consistent: boolean, cells: Record<string, Cell>, index: LineIndex): void {
  const reading: readonly Slot[] = p.readings[chosen];
  p.keys.forEach((key, col) => {
    const old = cells[key];
    if (!old) return;
    const s = reading[col];
    const cell: Cell = { value: s.value, raw: s.raw, span: spanAt(index, s.start, s.end) };
    const alts = alternatives[col];
    if (alts.length > 0) {
      cell.uncertain = true;
      cell.alternatives = alts.slice(0, 8);
    } else if (!consistent) cell.uncertain = true;
    if (old.labelAsWritten !== undefined) cell.labelAsWritten = old.labelAsWritten;
    cells[key] = cell;
  });
}
