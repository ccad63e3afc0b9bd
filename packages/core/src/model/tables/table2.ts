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
