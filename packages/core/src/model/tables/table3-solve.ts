// 表三 solved in two dimensions: a row of run-together digits that its own identity (I3, 总计 = the applicant
// columns) does not pin, such as "110000011" (11|0|…|11 or 1|10|…|11), is settled by the columns: every
// combination of the uncertain rows' readings is tried against I1 (一 + 二 = 三（七）总计 + 四) and I2
// (（七）总计 = the result rows) in every column, and the combination breaking the fewest is kept. Bounded: beyond
// MAX_COMBINATIONS the rows stay as their own identity left them.
import type { TableSpec } from '../template.js';
import type { Slot } from './fit.js';

/** A row whose split is not settled: its cell keys (one per column) and its readings (values per column). */
export interface OpenSplit {
  keys: readonly string[];
  readings: readonly (readonly Slot[])[];
}

/** What the columns decided: the reading index per row, and how sure that is. */
export interface Solution {
  choice: number[];
  /** The best combinations break no column identity: a cell they all agree on is certain. */
  consistent: boolean;
  /** Per row and column: the values the cell takes in the other best combinations (empty: it is pinned). */
  alternatives: number[][][];
}

const MAX_COMBINATIONS = 20_000;
/** Best combinations kept to list the cells' alternatives. */
const KEEP = 64;

interface Term {
  row: number;
  col: number;
  coef: number;
}

interface Identity {
  constant: number;
  terms: Term[];
}

/**
 * The combination of readings that keeps the most column identities, or null when nothing is to be solved or the
 * search would be too large. `value` gives the settled cells (null: blank or absent).
 */
export function solveRequests(open: readonly OpenSplit[], spec: TableSpec, value: (key: string) => number | null): Solution | null {
  if (open.length === 0) return null;
  let combinations = 1;
  for (const o of open) {
    combinations *= o.readings.length;
    if (combinations > MAX_COMBINATIONS) return null;
  }
  const identities = columnIdentities(open, spec, value);
  if (identities.length === 0) return null;

  const choice = open.map(() => 0);
  let bestScore = Infinity;
  let best: number[][] = [];
  const score = (): number => {
    let broken = 0;
    for (const id of identities) {
      let s = id.constant;
      for (const t of id.terms) s += t.coef * (open[t.row].readings[choice[t.row]][t.col].value ?? 0);
      if (s !== 0) broken++;
    }
    return broken;
  };
  const visit = (r: number): void => {
    if (r === open.length) {
      const s = score();
      if (s < bestScore) {
        bestScore = s;
        best = [];
      }
      if (s === bestScore) {
        if (best.length < KEEP) best.push([...choice]);
      }
      return;
    }
    for (let k = 0; k < open[r].readings.length; k++) {
      choice[r] = k;
      visit(r + 1);
    }
  };
  visit(0);

  const chosen = best[0];
  const alternatives = open.map((o, r) =>
    o.keys.map((_, col) => {
      const mine = o.readings[chosen[r]][col].value;
      const others = new Set<number>();
      for (const b of best) {
        const v = o.readings[b[r]][col].value;
        if (v !== null && v !== mine) others.add(v);
      }
      return [...others].sort((a, b) => a - b);
    }),
  );
  return { choice: chosen, consistent: bestScore === 0, alternatives };
}

/**
 * I1 and I2 of every column, as sums that must be 0, over the open rows' cells (terms) and the settled ones
 * (the constant). An identity with a blank settled cell cannot be checked and is left out; so is one that no open
 * row takes part in (it is the same for every combination).
 */
function columnIdentities(open: readonly OpenSplit[], spec: TableSpec, value: (key: string) => number | null): Identity[] {
  const where = new Map<string, { row: number; col: number }>();
  open.forEach((o, row) => o.keys.forEach((key, col) => where.set(key, { row, col })));
  const out: Identity[] = [];
  for (const sides of identitiesOf(spec)) {
    const id = identity(sides, where, value);
    if (id) out.push(id);
  }
  return out;
}

const IDENTITIES = new WeakMap<TableSpec, readonly (readonly [string, number][])[]>();

/** The spec's I1 and I2 per column as (cell key, coefficient) lists, built once per spec. */
function identitiesOf(spec: TableSpec): readonly (readonly [string, number][])[] {
  const cached = IDENTITIES.get(spec);
  if (cached) return cached;
  const rows = spec.rows.map((r) => r.key);
  const at = (row: string): number => rows.indexOf(row);
  const processed = at('totalProcessed');
  const out: [string, number][][] = [];
  if (processed >= 0 && at('newReceived') >= 0) {
    const results = rows.slice(at('carriedOver') + 1, processed);
    for (const col of spec.rows[processed].columns) {
      const cell = (row: string): string => `${spec.table}.${row}.${col}`;
      out.push([
        [cell('newReceived'), 1],
        [cell('carriedOver'), 1],
        [cell('totalProcessed'), -1],
        [cell('carriedForward'), -1],
      ]);
      out.push([[cell('totalProcessed'), 1], ...results.map((r): [string, number] => [cell(r), -1])]);
    }
  }
  IDENTITIES.set(spec, out);
  return out;
}

function identity(sides: readonly (readonly [string, number])[], where: ReadonlyMap<string, { row: number; col: number }>, value: (key: string) => number | null): Identity | null {
  const id: Identity = { constant: 0, terms: [] };
  for (const [key, coef] of sides) {
    const open = where.get(key);
    if (open) {
      id.terms.push({ ...open, coef });
      continue;
    }
    const v = value(key);
    if (v === null) return null;
    id.constant += coef * v;
  }
  return id.terms.length > 0 ? id : null;
}
