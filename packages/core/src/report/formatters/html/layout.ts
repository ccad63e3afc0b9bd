// How the three template tables are drawn: header rows, then body rows whose cells are canonical model keys.
// Rows, keys and labels come from the model's template data (model/template.ts); only the grouping of rows
// under their headings, which the template data leaves to the label list, is decided here.
import {
  APPEAL_BLOCKS,
  APPEAL_COLUMN_LABELS,
  APPEAL_COLUMNS,
  TABLE2_2021,
  TABLE3_2021,
  type TableSpec,
} from '../../../model/template.js';
import type { TableKey } from '../../../model/types.js';

export interface HeaderCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}

export type BodyRow =
  | { kind: 'group'; label: string; depth: number }
  | { kind: 'cells'; label: string; depth: number; keys: string[]; /** colspan of a lone value cell */ span?: number };

export interface TableLayout {
  table: TableKey;
  caption: string;
  /** Whether the first column holds row labels (table 4 is a single row of values). */
  labelColumn: boolean;
  header: HeaderCell[][];
  rows: BodyRow[];
}

const keysOf = (spec: TableSpec, rowKey: string, columns: readonly string[]): string[] =>
  columns.map((c) => [spec.table, rowKey, c].filter(Boolean).join('.'));

function labelsOf(spec: TableSpec, role: string): string[] {
  return spec.labels.filter((l) => l.role === role).map((l) => l.label);
}

function columnLabel(spec: TableSpec, key: string): string {
  return spec.labels.find((l) => l.role === 'column' && l.key === key)?.label ?? key;
}

function table2(): TableLayout {
  const spec = TABLE2_2021;
  const captions = labelsOf(spec, 'caption'); // 第二十条第（一）（五）（六）（八）项
  // Which article each row is published under (the template's four sub-tables).
  const article: Record<string, number> = { regulations: 0, normativeDocuments: 0, licensing: 1, punishment: 2, coercion: 2, fees: 3 };
  const wide = Math.max(...spec.rows.map((r) => r.columns.length));
  const rows: BodyRow[] = [];
  let current = -1;
  for (const row of spec.rows) {
    const a = article[row.key] ?? current;
    if (a !== current) {
      current = a;
      const single = row.columns.length === 1 ? `　${columnLabel(spec, row.columns[0])}` : '';
      rows.push({ kind: 'group', label: `${captions[a] ?? ''}${single}`, depth: 0 });
    }
    rows.push({
      kind: 'cells',
      label: row.label,
      depth: 1,
      keys: keysOf(spec, row.key, row.columns),
      ...(row.columns.length < wide ? { span: wide - row.columns.length + 1 } : {}),
    });
  }
  const first = spec.rows[0];
  return {
    table: 'proactive',
    caption: '二、主动公开政府信息情况',
    labelColumn: true,
    header: [[{ text: labelsOf(spec, 'column')[0] ?? '' }, ...first.columns.map((c) => ({ text: columnLabel(spec, c) }))]],
    rows,
  };
}

function table3(): TableLayout {
  const spec = TABLE3_2021;
  // Group labels in template order: 三、本年度办理结果, （三）不予公开, （四）无法提供, （五）不予处理, （六）其他处理.
  const [results, ...groups] = labelsOf(spec, 'group');
  const prefixes = ['denied', 'unable', 'notProcessed', 'otherHandling'];
  const topLevel = new Set(['newReceived', 'carriedOver', 'carriedForward']);
  const rows: BodyRow[] = [];
  let openGroup = '';
  for (const row of spec.rows) {
    const prefix = row.key.includes('.') ? row.key.split('.')[0] : '';
    if (row.key === 'granted') rows.push({ kind: 'group', label: results, depth: 0 });
    if (prefix && prefix !== openGroup) rows.push({ kind: 'group', label: groups[prefixes.indexOf(prefix)] ?? prefix, depth: 1 });
    openGroup = prefix;
    rows.push({ kind: 'cells', label: row.label, depth: prefix ? 2 : topLevel.has(row.key) ? 0 : 1, keys: keysOf(spec, row.key, row.columns) });
  }
  const col = (key: string) => columnLabel(spec, key);
  const [note] = labelsOf(spec, 'note');
  const [applicants, , legalPersons] = labelsOf(spec, 'column');
  return {
    table: 'requests',
    caption: '三、收到和处理政府信息公开申请情况',
    labelColumn: true,
    header: [
      [{ text: note ?? '', rowspan: 3 }, { text: applicants, colspan: 7 }],
      [{ text: col('naturalPerson'), rowspan: 2 }, { text: legalPersons, colspan: 5 }, { text: col('total'), rowspan: 2 }],
      ['commercial', 'research', 'social', 'legal', 'otherOrg'].map((k) => ({ text: col(k) })),
    ],
    rows,
  };
}

function table4(): TableLayout {
  const n = APPEAL_COLUMNS.length;
  return {
    table: 'appeals',
    caption: '四、政府信息公开行政复议、行政诉讼情况',
    labelColumn: false,
    header: [
      [{ text: '行政复议', colspan: n }, { text: '行政诉讼', colspan: n * 2 }],
      [...APPEAL_COLUMN_LABELS.map((text) => ({ text, rowspan: 2 })), { text: '未经复议直接起诉', colspan: n }, { text: '复议后起诉', colspan: n }],
      [...APPEAL_COLUMN_LABELS, ...APPEAL_COLUMN_LABELS].map((text) => ({ text })),
    ],
    rows: [{ kind: 'cells', label: '', depth: 0, keys: APPEAL_BLOCKS.flatMap((b) => APPEAL_COLUMNS.map((c) => `appeals.${b}.${c}`)) }],
  };
}

export const LAYOUTS: readonly TableLayout[] = [table2(), table3(), table4()];

/** Every cell key the layouts draw, for "is this key one of ours". */
export const LAID_OUT_KEYS: ReadonlySet<string> = new Set(
  LAYOUTS.flatMap((l) => l.rows.flatMap((r) => (r.kind === 'cells' ? r.keys : []))),
);
