// 表二 (主动公开政府信息情况): which template's rows apply, and which columns each row has. Columns follow the
// table's own header: the column labels read since the last caption (第二十条第（…）项), so a 2021 table, a 2019
// table and a report that mixes them (2019 headers over 2021 rows) are all read as written. Without a header
// the template's columns apply. 表二 has no printed identity: run-together digits split only when one
// composition exists.
import type { LabelEntry } from '../labels.js';
import type { TemplateId } from '../types.js';
import { TABLE2_2021, type RowSpec, type TableSpec } from '../template.js';
import { TABLE2_2019 } from '../template2019.js';

export function table2Spec(template: TemplateId): TableSpec {
  return template === 'gov-2019' ? TABLE2_2019 : TABLE2_2021;
}

/** A 表二 row of either template by its key (a 2021 report may still list 其他对外管理服务事项). */
export function rowOf2019(entry: LabelEntry): RowSpec | null {
  return entry.table === 'proactive' && entry.role === 'row' ? (TABLE2_2019.rows.find((r) => r.key === entry.key) ?? null) : null;
}

/** The column keys of the current caption block, as its header labels give them. */
export class ProactiveHeader {
  private columns: string[] = [];
  /** A row was read since the last column label: the next column label starts a new header. */
  private closed = false;

  label(entry: LabelEntry): void {
    if (entry.role === 'caption') {
      this.columns = [];
      this.closed = false;
    } else if (entry.role === 'column' && entry.key) {
      if (this.closed || this.columns.includes(entry.key)) {
        this.columns = [];
        this.closed = false;
      }
      this.columns.push(entry.key);
    }
  }

  /** The row with the header's columns (the template's when there is no header). */
  row(spec: RowSpec | null): RowSpec | null {
    if (!spec) return null;
    this.closed = true;
    return this.columns.length > 0 ? { ...spec, columns: [...this.columns] } : spec;
  }
}

/** A 表二 row's readings of run-together digits, ranked: which to show, which stay possible, and whether it is sure. */
export interface ProactiveRanking {
  best: number;
  /** The readings still possible (indices), best first: more than one means the split is ambiguous. */
  possible: number[];
}

/**
 * Ranks the readings of a 表二 row ("114251" over 本年制发/本年废止/现行有效). What decides: the prose's own
 * figures for the row (a reading matching more of them wins, and alone settles the split), then I8 (现行有效 ≥
 * 本年制发 − 本年废止, a hard limit when some reading keeps it). What only orders the rest (the reading shown):
 * a document stock at least as large as the year's flow (现行有效 ≥ 本年制发, 本年废止 ≤ 现行有效), and balanced
 * lengths, so that the last cell never absorbs every surplus digit ("1|1|4251").
 */
export function rankProactive(readings: readonly (readonly { value: number | null }[])[], columns: readonly string[], stated: (column: string) => readonly number[]): ProactiveRanking {
  const col = (name: string): number => columns.indexOf(name);
  const [made, repealed, valid] = [col('made'), col('repealed'), col('valid')];
  const v = (r: readonly { value: number | null }[], k: number): number => (k >= 0 ? (r[k].value ?? 0) : 0);
  const matches = readings.map((r) => r.filter((c, k) => c.value !== null && stated(columns[k]).includes(c.value)).length);
  const i8 = readings.map((r) => (made < 0 || valid < 0 ? true : v(r, valid) >= v(r, made) - v(r, repealed)));
  const all = readings.map((_, k) => k);
  const lawful = all.filter((k) => i8[k]);
  const pool = lawful.length > 0 ? lawful : all;
  const top = Math.max(...pool.map((k) => matches[k]));
  const possible = pool.filter((k) => matches[k] === top);
  const plausible = (r: readonly { value: number | null }[]): number =>
    made < 0 || valid < 0 ? 0 : Number(v(r, valid) >= v(r, made)) + Number(repealed < 0 || v(r, repealed) <= v(r, valid)) + Number(repealed < 0 || v(r, repealed) <= v(r, made));
  const width = (r: readonly { value: number | null }[]): number => Math.max(...r.map((c) => String(c.value ?? '').length));
  possible.sort((a, b) => plausible(readings[b]) - plausible(readings[a]) || width(readings[a]) - width(readings[b]) || a - b);
  return { best: possible[0], possible };
}
