// Pass 2 over the table cells: with the template known, turn label hits and value cells into canonical cells.
// A row label opens a row; the cells up to the next label are its values (fitted to the expected count, fit.ts).
// 表二's columns come from its own header (table2.ts); group labels open a row whose numbers go to `extra`;
// table 四's values are those after its last header label.
import type { Span } from '../../read/document.js';
import { spanAt, type LineIndex } from '../../util/position.js';
import { normalizeLabel } from '../../util/text.js';
import type { Token } from '../lines.js';
import type { LabelEntry, LabelHit } from '../labels.js';
import { cellKeys, TABLE3_2021, TABLE4, type RowSpec, type TableSpec } from '../template.js';
import { TABLE3_2019 } from '../template2019.js';
import type { Cell, LabelUse, TableInfo, TableKey, TemplateId } from '../types.js';
import { fitRow } from './fit.js';
import type { StreamEvent } from './stream.js';
import { ProactiveHeader, rowOf2019, table2Spec } from './table2.js';
import { rowTotalHolds, SubtotalColumn, table3Spec } from './table3.js';
import { AppealHeaderCursor, blockTotalsHold } from './table4.js';

export interface TablesResult {
  cells: Record<string, Cell>;
  labels: LabelUse[];
  tables: Record<TableKey, TableInfo>;
}

interface OpenRow {
  table: TableKey;
  /** null: a group or unknown label, whose numbers are extra. */
  row: RowSpec | null;
  hit: LabelHit | null;
  near?: string;
  cands: Token[];
  anchor: number;
  runTogether: boolean;
}

const TABLE_KEYS: readonly TableKey[] = ['proactive', 'requests', 'appeals'];

export interface TableShapes {
  /** Report template: the rows of 表二 (2019 has two more) and their columns when no header says otherwise. */
  template: TemplateId;
  /** 表三's （六）其他处理 is one data row (2019), whatever the rest of the report follows. */
  otherHandlingRow: boolean;
}

export function readTables(events: readonly StreamEvent[], shapes: TableShapes, index: LineIndex): TablesResult {
  const specs: Record<TableKey, TableSpec> = {
    proactive: table2Spec(shapes.template),
    requests: table3Spec(shapes.otherHandlingRow ? 'gov-2019' : 'gov-2021'),
    appeals: TABLE4,
  };
  const cells: Record<string, Cell> = {};
  const labels: LabelUse[] = [];
  const extra: Record<TableKey, TableInfo['extra']> = { proactive: [], requests: [], appeals: [] };
  const bounds: Partial<Record<TableKey, { start: number; end: number; shape: string }>> = {};
  const appealHeader = new AppealHeaderCursor();
  const proactiveHeader = new ProactiveHeader();
  const subtotal = new SubtotalColumn();
  let notePresent = false;
  /** Rows read, by key: their columns (from the header) replace the template's in `missing`. */
  const expected = new Set<string>();
  let open: OpenRow | null = null;
  /** Table 四's blanks between header labels: its values only if no row of numbers ever comes. */
  let blankAppeals: (OpenRow & { row: RowSpec }) | null = null;

  const touch = (table: TableKey, start: number, end: number, shape: string): void => {
    const b = bounds[table];
    if (!b) bounds[table] = { start, end, shape };
    else {
      b.start = Math.min(b.start, start);
      b.end = Math.max(b.end, end);
    }
  };

  const close = (): void => {
    if (!open) return;
    const o = open;
    open = null;
    if (!o.row) {
      for (const t of o.cands) if (t.kind === 'value') extra[o.table].push(extraOf(t, index, o.near));
      return;
    }
    const row = { ...o, row: o.row };
    if (o.table === 'appeals' && !o.hit && !o.cands.some((t) => t.kind === 'value')) {
      if (o.cands.length >= o.row.columns.length) blankAppeals = row;
      return;
    }
    writeRow(row);
  };

  function writeRow(o: OpenRow & { row: RowSpec }): void {
    const accept = o.table === 'requests' ? rowTotalHolds : o.table === 'appeals' ? blockTotalsHold : undefined;
    let cands = o.cands;
    if (o.table === 'requests' && !o.runTogether && o.row.columns.length === 7) {
      const k = subtotal.find(cands);
      if (k >= 0) {
        if (cands[k].kind === 'value') extra.requests.push(extraOf(cands[k], index, '法人或其他组织'));
        cands = cands.filter((_, i) => i !== k);
      }
    }
    let fit = fitRow(cands, o.row.columns.length, { runTogether: o.runTogether, accept, anchor: o.anchor });
    if (o.table === 'requests' && o.runTogether && o.row.columns.length === 7) {
      const wide = subtotal.splitRun(cands, fit.slots.every((s) => s.missing) && fit.extra.length > 0);
      if (wide) {
        fit = { slots: wide.slots, extra: [] };
        extra.requests.push({ raw: wide.subtotal.raw, span: spanAt(index, wide.subtotal.start, wide.subtotal.end), near: '法人或其他组织' });
      }
    }
    for (const e of fit.extra) extra[o.table].push({ raw: e.raw, span: spanAt(index, e.start, e.end), near: o.near });
    const rowKey = [o.table, o.row.key].filter(Boolean).join('.');
    if (o.row.columns.some((c) => cells[`${rowKey}.${c}`])) {
      // The same row twice: the first one stands, the second one's numbers are extra.
      for (const s of fit.slots) if (s.value !== null) extra[o.table].push({ raw: s.raw, span: spanAt(index, s.start, s.end), near: o.near });
      return;
    }
    expected.add(rowKey);
    o.row.columns.forEach((col, k) => {
      const s = fit.slots[k];
      const cell: Cell = { value: s.value, raw: s.raw, span: spanAt(index, s.start, s.end) };
      if (s.uncertain) cell.uncertain = true;
      if (s.missing) cell.missing = true;
      if (o.hit && writtenDiffers(o.hit)) cell.labelAsWritten = o.hit.written;
      cells[`${rowKey}.${col}`] = cell;
    });
  }

  for (const ev of events) {
    if (ev.kind === 'cell') {
      const table = ev.table;
      if (!table) continue;
      const t = ev.token;
      if (!open || open.table !== table) {
        close();
        if (table === 'appeals') open = { table, row: TABLE4.rows[0], hit: null, cands: [], anchor: t.start, runTogether: t.runTogether };
        else {
          if (t.kind === 'value') extra[table].push(extraOf(t, index));
          continue;
        }
      }
      open.cands.push(t);
      if (t.kind !== 'blank') touch(table, t.start, t.end, t.shape);
      continue;
    }
    close();
    const table = ev.table;
    if (!table) continue;
    if (ev.kind === 'unknown') {
      // A label the template does not have: its numbers are extra. In table 四 it is one more header label.
      if (table !== 'appeals') open = { table, row: null, hit: null, near: ev.written, cands: [], anchor: ev.end, runTogether: ev.runTogether };
      continue;
    }
    touch(table, ev.start, ev.end, ev.shape);
    const spec = specs[table];
    const row = table === 'proactive' ? proactiveHeader.row(rowFor(spec, ev.entry) ?? rowOf2019(ev.entry)) : rowFor(spec, ev.entry);
    if (table === 'proactive') proactiveHeader.label(ev.entry);
    labels.push(labelUse(ev, row, appealHeader, index));
    if (ev.entry.role === 'note') notePresent = true;
    if (row) open = { table, row, hit: ev, near: ev.entry.canonical, cands: [], anchor: ev.end, runTogether: ev.runTogether };
    else if (ev.entry.role === 'group' && table !== 'appeals')
      open = { table, row: null, hit: ev, near: ev.entry.canonical, cands: [], anchor: ev.end, runTogether: ev.runTogether };
  }
  close();
  if (blankAppeals && !cells['appeals.review.total']) writeRow(blankAppeals);

  const tables = {} as Record<TableKey, TableInfo>;
  for (const key of TABLE_KEYS) {
    const b = bounds[key];
    const info: TableInfo = { present: b !== undefined, missing: missingKeys(specs[key], cells, expected), extra: extra[key] };
    if (b) {
      info.span = spanAt(index, b.start, b.end);
      info.shape = b.shape;
    }
    if (key === 'requests') info.notePresent = notePresent;
    tables[key] = info;
  }
  return { cells, labels, tables };
}

/** Not the template's label once normalised (a 2019 label in a 2019 table is its own template's label). */
function writtenDiffers(hit: LabelHit): boolean {
  if (hit.match === 'legacy') return normalizeLabel(hit.written) !== hit.entry.norm;
  return hit.match !== 'exact';
}

/** The row a label opens in this template: by row key, or by label (2019's （六）其他处理 row). */
function rowFor(spec: TableSpec, entry: LabelEntry): RowSpec | null {
  if (entry.role === 'row') return spec.rows.find((r) => r.key === entry.key) ?? null;
  if (entry.role === 'group') return spec.rows.find((r) => r.label === entry.canonical) ?? null;
  return null;
}

function labelUse(hit: LabelHit, row: RowSpec | null, appeals: AppealHeaderCursor, index: LineIndex): LabelUse {
  const { entry } = hit;
  const use: LabelUse = {
    table: entry.table,
    role: row ? 'row' : entry.role,
    canonical: entry.canonical,
    written: hit.written,
    match: hit.match,
    span: spanAt(index, hit.start, hit.end),
  };
  if (row) use.key = `${entry.table}.${row.key}`;
  else if (entry.table === 'appeals' && entry.role === 'column') {
    const key = appeals.next(entry.canonical);
    if (key) use.key = key;
  } else if (entry.role === 'column' && entry.key) use.key = `${entry.table}.*.${entry.key}`;
  return use;
}

function extraOf(t: Token, index: LineIndex, near?: string): TableInfo['extra'][number] {
  const span: Span = spanAt(index, t.start, t.end);
  return near ? { raw: t.raw, span, near } : { raw: t.raw, span };
}

/**
 * Template keys with no value written: padded cells of the rows read, and every key of the template rows that were
 * not read at all (for 2019's one-row （六）其他处理, the three 2021 sub-rows).
 */
function missingKeys(spec: TableSpec, cells: Record<string, Cell>, read: ReadonlySet<string>): string[] {
  const keys = cellKeys(spec).filter((k) => !read.has(k.slice(0, k.lastIndexOf('.'))));
  if (spec === TABLE3_2019) keys.push(...cellKeys(TABLE3_2021).filter((k) => k.startsWith('requests.otherHandling.')));
  const padded = Object.keys(cells).filter((k) => k.startsWith(`${spec.table}.`) && cells[k].missing);
  return [...keys.filter((k) => !cells[k]), ...padded].sort(byTemplateOrder(spec));
}

/** Sort keys in the order the template lists them (unknown keys last, stable). */
function byTemplateOrder(spec: TableSpec): (a: string, b: string) => number {
  const order = new Map([...cellKeys(spec), ...cellKeys(TABLE3_2021)].map((k, i) => [k, i]));
  return (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
}
