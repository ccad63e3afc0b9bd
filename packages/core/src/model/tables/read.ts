// Pass 2 over the table cells: with the template known, turn label hits and value cells into canonical cells.
// A row label opens a row; the cells up to the next label are its values (fitted to the expected count, fit.ts).
// 表二's columns come from its own header (table2.ts); group labels open a row whose numbers go to `extra`;
// table 四's values are those after its last header label.
import type { Span } from '../../read/document.js';
import { spanAt, type LineIndex } from '../../util/position.js';
import { isNumeric } from '../../util/number.js';
import { normalizeLabel } from '../../util/text.js';
import type { Token } from '../lines.js';
import type { LabelEntry, LabelHit } from '../labels.js';
import { cellKeys, TABLE2_2021, TABLE3_2021, TABLE4, type RowSpec, type TableSpec } from '../template.js';
import { TABLE2_2019, TABLE3_2019 } from '../template2019.js';
import type { Cell, LabelUse, TableInfo, TableKey, TemplateId } from '../types.js';
import { fitRow } from './fit.js';
import { settleSplits, type PendingSplit } from './settle.js';
import type { StreamEvent } from './stream.js';
import { ProactiveHeader, rowOf2019, table2Spec } from './table2.js';
import { statedFigures } from './table2-hints.js';
import { rowTotalViolations, SubtotalColumn, table3Spec } from './table3.js';
import { AppealHeaderCursor, AppealRun, blockViolations } from './table4.js';
import { headerLines, ONE_CELL_ROWS, rowKey } from './header-lines.js';

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
  /** rowKey() of the table row its label is in (-1: opened by a cell); of the last row that gave it a cell. */
  line?: number;
  fed?: number;
  /** Its label was completed by the next row's label piece: as written, it is the template's. */
  completed?: boolean;
}

const TABLE_KEYS: readonly TableKey[] = ['proactive', 'requests', 'appeals'];
/** Text table shapes whose cells only a space separates: a multi-digit token may be cells run together. */
const SPACE_SEPARATED = new Set(['flattened', 'spaced']);

export interface TableShapes {
  /** Report template: the rows of 表二 (2019 has two more) and their columns when no header says otherwise. */
  template: TemplateId;
  /** 表三's （六）其他处理 is one data row (2019), whatever the rest of the report follows. */
  otherHandlingRow: boolean;
  /** The prose lines: their figures for 表二 help split its run-together digits (table2-hints.ts). */
  prose?: readonly string[];
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
  const appealRun = new AppealRun();
  const proactiveHeader = new ProactiveHeader();
  const subtotal = new SubtotalColumn();
  let notePresent = false;
  const headers = headerLines(events);
  /** Rows written without a single value (a header cell read as a label): a later row with values replaces them. */
  const valueless = new Set<string>();
  /** Rows read, by key: their columns (from the header) replace the template's in `missing`. */
  const expected = new Set<string>();
  /** Keys of padded cells per table, in the order they were written (each cell key is written once). */
  const padded: Record<TableKey, string[]> = { proactive: [], requests: [], appeals: [] };
  let open: OpenRow | null = null;
  /** The label use of the open row's label, while that row is open. */
  let openUse: LabelUse | null = null;
  /** Table 四's blanks between header labels: its values only if no row of numbers ever comes. */
  let blankAppeals: (OpenRow & { row: RowSpec }) | null = null;
  // ── digit splits (settle.ts): rows whose run-together digits their own identity did not pin.
  const pendingSplits: PendingSplit[] = [];

  const touch = (table: TableKey, start: number, end: number, shape: string): void => {
    const b = bounds[table];
    if (!b) bounds[table] = { start, end, shape };
    else {
      b.start = Math.min(b.start, start);
      b.end = Math.max(b.end, end);
    }
  };

  /**
   * Rows whose label stood on a line of its own (a converter moved it out of the pipe row): the label-less rows of
   * numbers that follow are theirs, in order, before the open row's.
   */
  const waiting: (OpenRow & { row: RowSpec })[] = [];
  const flushWaiting = (): void => {
    for (const w of waiting.splice(0)) writeRow(w);
  };

  const close = (): void => {
    if (!open) return;
    const o = open;
    open = null;
    if (o.row && o.table !== 'appeals' && o.cands.length === 0 && o.line !== undefined && o.line >= 0) {
      waiting.push(o as OpenRow & { row: RowSpec });
      return;
    }
    flushWaiting();
    if (!o.row) {
      for (const t of o.cands) if (t.kind === 'value') extra[o.table].push(extraOf(t, index, o.near));
      return;
    }
    const row = o as OpenRow & { row: RowSpec };
    if (o.table === 'appeals' && !o.hit) {
      const values = o.cands.reduce((n, t) => (t.kind === 'value' ? n + 1 : n), 0);
      if (values === 0) {
        if (o.cands.length >= o.row.columns.length) blankAppeals = row;
        return;
      }
      row.row = appealRun.take(o.row, values);
    }
    writeRow(row);
  };

  function writeRow(o: OpenRow & { row: RowSpec }): void {
    const violations = o.table === 'requests' ? rowTotalViolations : o.table === 'appeals' ? blockViolations : undefined;
    let cands = o.cands;
    if (o.table === 'requests' && !o.runTogether && o.row.columns.length === 7) {
      const k = subtotal.find(cands);
      if (k >= 0) {
        if (cands[k].kind === 'value') extra.requests.push(extraOf(cands[k], index, '法人或其他组织'));
        cands = cands.filter((_, i) => i !== k);
      }
    }
    const spaceSeparated = cands.length > 0 && SPACE_SEPARATED.has(cands[0].shape);
    let fit = fitRow(cands, o.row.columns.length, { runTogether: o.runTogether, spaceSeparated, violations, anchor: o.anchor });
    if (o.table === 'requests' && o.runTogether && o.row.columns.length === 7) {
      const wide = subtotal.splitRun(cands, fit.split === 'violated' || (fit.slots.every((s) => s.missing) && fit.extra.length > 0));
      if (wide) {
        fit = { slots: wide.slots, extra: [] };
        extra.requests.push({ raw: wide.subtotal.raw, span: spanAt(index, wide.subtotal.start, wide.subtotal.end), near: '法人或其他组织' });
      }
    }
    for (const e of fit.extra) extra[o.table].push({ raw: e.raw, span: spanAt(index, e.start, e.end), near: o.near });
    const { rowKey: key, keys } = rowKeys(o.table, o.row);
    const hasValues = o.cands.some((t) => t.kind === 'value');
    if (keys.some((k) => cells[k])) {
      if (hasValues && valueless.has(key)) {
        // The first one had no value at all: this row is the real one.
        valueless.delete(key);
        for (const k of keys) delete cells[k];
        const gone = new Set(keys);
        padded[o.table] = padded[o.table].filter((k) => !gone.has(k));
      } else {
        // The same row twice: the first one stands, the second one's numbers are extra.
        for (const s of fit.slots) if (s.value !== null) extra[o.table].push({ raw: s.raw, span: spanAt(index, s.start, s.end), near: o.near });
        return;
      }
    }
    if (!hasValues) valueless.add(key);
    // Some blocks of 表四 (a table per block): the others are missing unless their own rows come.
    if (o.table !== 'appeals' || o.row.columns.length === TABLE4.rows[0].columns.length) expected.add(key);
    if (fit.readings && fit.split) pendingSplits.push({ table: o.table, row: o.row.key, columns: o.row.columns, keys, readings: fit.readings, split: fit.split });
    const asWritten = o.hit && !o.completed && writtenDiffers(o.hit) ? o.hit.written : null;
    for (let k = 0; k < keys.length; k++) {
      const s = fit.slots[k];
      const cell: Cell = { value: s.value, raw: s.raw, span: spanAt(index, s.start, s.end) };
      if (s.uncertain) cell.uncertain = true;
      if (s.missing) cell.missing = true;
      if (asWritten !== null) cell.labelAsWritten = asWritten;
      cells[keys[k]] = cell;
      if (s.missing) padded[o.table].push(keys[k]);
    }
  }

  for (const ev of events) {
    if (ev.kind === 'cell') {
      const table = ev.table;
      if (!table) continue;
      const t = ev.token;
      if (!open || open.table !== table) {
        close();
        flushWaiting();
        if (table === 'appeals') open = { table, row: TABLE4.rows[0], hit: null, cands: [], anchor: t.start, runTogether: t.runTogether };
        else {
          if (t.kind === 'value') extra[table].push(extraOf(t, index));
          continue;
        }
      }
      if (waiting.length > 0) {
        const line = rowKey(t.table, t.row);
        if (line === open.line) flushWaiting();
        else {
          // A label-less row: the first waiting label's, until it has a row of its own.
          while (waiting.length > 0 && waiting[0].fed !== undefined && waiting[0].fed !== line && waiting[0].cands.some((c) => c.kind === 'value')) writeRow(waiting.shift()!);
          if (waiting.length > 0) {
            waiting[0].cands.push(t);
            waiting[0].fed = line;
            if (t.kind !== 'blank') touch(table, t.start, t.end, t.shape);
            continue;
          }
        }
      }
      open.cands.push(t);
      if (t.kind !== 'blank') touch(table, t.start, t.end, t.shape);
      continue;
    }
    // The rest of the open row's label, cut off onto the next table row by a converter: the same row goes on.
    if (ev.kind === 'unknown' && open?.row && open.hit && openUse && completes(open.hit, ev.written)) {
      openUse.written = `${open.hit.written}${ev.written}`;
      openUse.match = 'split';
      openUse.span = spanAt(index, open.hit.start, ev.end);
      open.completed = true;
      continue;
    }
    close();
    openUse = null;
    const table = ev.table;
    if (!table) continue;
    // A converter's header line repeating row labels: neither rows nor labels to judge.
    if (headers.has(rowKey(ev.node, ev.row)) && (ev.kind === 'unknown' || ev.entry.role !== 'column')) continue;
    if (ev.kind === 'unknown') {
      // A label the template does not have: its numbers are extra. In table 四 it is one more header label.
      if (table !== 'appeals') open = { table, row: null, hit: null, near: ev.written, cands: [], anchor: ev.end, runTogether: ev.runTogether };
      continue;
    }
    touch(table, ev.start, ev.end, ev.shape);
    const spec = specs[table];
    const row = table === 'proactive' ? proactiveHeader.row(rowFor(spec, ev.entry) ?? rowOf2019(ev.entry)) : rowFor(spec, ev.entry);
    if (table === 'proactive') proactiveHeader.label(ev.entry);
    const use = labelUse(ev, row, appealHeader, index);
    labels.push(use);
    if (row) openUse = use;
    if (table === 'appeals' && ev.entry.role === 'column') appealRun.label(appealHeader.current);
    if (ev.entry.role === 'note') notePresent = true;
    if (row) {
      // Only in shapes whose rows are rows: elsewhere every cell is a row of its own.
      const line = ONE_CELL_ROWS.has(ev.shape) ? -1 : rowKey(ev.node, ev.row);
      open = { table, row, hit: ev, near: ev.entry.canonical, cands: [], anchor: ev.end, runTogether: ev.runTogether, line };
    }
    else if (ev.entry.role === 'group' && table !== 'appeals')
      open = { table, row: null, hit: ev, near: ev.entry.canonical, cands: [], anchor: ev.end, runTogether: ev.runTogether };
  }
  close();
  flushWaiting();
  if (blankAppeals && !cells['appeals.review.total']) writeRow(blankAppeals);
  if (pendingSplits.length > 0) settleSplits(pendingSplits, cells, { requests: specs.requests, stated: statedFigures(shapes.prose ?? []), index });

  const tables = {} as Record<TableKey, TableInfo>;
  for (const key of TABLE_KEYS) {
    const b = bounds[key];
    // A dash in a surplus slot is a placeholder, not a number outside the template.
    const numbers = extra[key].filter((x) => isNumeric(x.raw));
    const info: TableInfo = { present: b !== undefined, missing: missingKeys(specs[key], cells, expected, padded[key]), extra: numbers };
    if (b) {
      info.span = spanAt(index, b.start, b.end);
      info.shape = b.shape;
    }
    if (key === 'requests') info.notePresent = notePresent;
    tables[key] = info;
  }
  return { cells, labels, tables };
}

interface RowKeys {
  table: TableKey;
  /** "requests.denied.stateSecret" ("appeals" for table 四's one row). */
  rowKey: string;
  /** The cell key of each of the row's columns, in order. */
  keys: readonly string[];
}

/**
 * Cell keys of template rows, built once per row: the same strings every report, so that storing and looking up
 * cells does not hash freshly concatenated keys (a measurable part of the model's time).
 */
const ROW_KEYS = new WeakMap<RowSpec, RowKeys>();

function rowKeys(table: TableKey, row: RowSpec): RowKeys {
  const cached = ROW_KEYS.get(row);
  if (cached && cached.table === table) return cached;
  const rowKey = row.key ? `${table}.${row.key}` : table;
  const keys: RowKeys = { table, rowKey, keys: row.columns.map((c) => `${rowKey}.${c}`) };
  // Rows with a header's own columns (ProactiveHeader) are fresh objects each time: not worth keeping.
  if (isTemplateRow(row)) ROW_KEYS.set(row, keys);
  return keys;
}

const TEMPLATE_ROWS = new Set<RowSpec>([TABLE2_2021, TABLE2_2019, TABLE3_2021, TABLE3_2019, TABLE4].flatMap((spec) => spec.rows));

function isTemplateRow(row: RowSpec): boolean {
  return TEMPLATE_ROWS.has(row);
}

/** A label read short (its row's label truncated) that `rest` completes to the template's label. */
function completes(hit: LabelHit, rest: string): boolean {
  return hit.match !== 'exact' && normalizeLabel(hit.written + rest) === hit.entry.norm;
}

/** Not the template's label once normalised (a 2019 label in a 2019 table is its own template's label). */
function writtenDiffers(hit: LabelHit): boolean {
  if (hit.match === 'legacy') return normalizeLabel(hit.written) !== hit.entry.norm;
  return hit.match !== 'exact';
}

/** The row a label opens in this template: by row key, or by label (2019's （六）其他处理 row). */
function rowFor(spec: TableSpec, entry: LabelEntry): RowSpec | null {
  if (entry.role === 'row') return (entry.key !== undefined && rowIndex(spec).byKey.get(entry.key)) || null;
  if (entry.role === 'group') return rowIndex(spec).byLabel.get(entry.canonical) ?? null;
  return null;
}

interface RowIndex {
  /** The first row of the spec with each key / label (what a find() over spec.rows would return). */
  byKey: Map<string, RowSpec>;
  byLabel: Map<string, RowSpec>;
}

const ROW_INDEX = new WeakMap<TableSpec, RowIndex>();

/** Rows of a spec by key and by label, built once per spec: every label read looks its row up. */
function rowIndex(spec: TableSpec): RowIndex {
  let index = ROW_INDEX.get(spec);
  if (!index) {
    index = { byKey: new Map(), byLabel: new Map() };
    for (const r of spec.rows) {
      if (!index.byKey.has(r.key)) index.byKey.set(r.key, r);
      if (!index.byLabel.has(r.label)) index.byLabel.set(r.label, r);
    }
    ROW_INDEX.set(spec, index);
  }
  return index;
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
 * not read at all. A 2019 table is complete with its one （六）其他处理 row (its template has no sub-rows; the
 * legacy row itself is `template/version-2019`'s to report).
 */
function missingKeys(spec: TableSpec, cells: Record<string, Cell>, read: ReadonlySet<string>, padded: readonly string[]): string[] {
  const { keys, rows, compare } = specKeys(spec);
  const out: string[] = [];
  for (let k = 0; k < keys.length; k++) if (!read.has(rows[k]) && !cells[keys[k]]) out.push(keys[k]);
  for (const k of padded) out.push(k);
  return out.sort(compare);
}

interface SpecKeys {
  /** cellKeys(spec), and the row key of each ("requests.denied.stateSecret" of "….naturalPerson"). */
  keys: readonly string[];
  rows: readonly string[];
  /** Template order (see byTemplateOrder). */
  compare: (a: string, b: string) => number;
}

const SPEC_KEYS = new WeakMap<TableSpec, SpecKeys>();

/** Per-spec key data, built once: missingKeys runs for every table of every report. */
function specKeys(spec: TableSpec): SpecKeys {
  let found = SPEC_KEYS.get(spec);
  if (!found) {
    const keys = cellKeys(spec);
    found = { keys, rows: keys.map((k) => k.slice(0, k.lastIndexOf('.'))), compare: byTemplateOrder(spec) };
    SPEC_KEYS.set(spec, found);
  }
  return found;
}

/** Sort keys in the order the template lists them (unknown keys last, stable). */
function byTemplateOrder(spec: TableSpec): (a: string, b: string) => number {
  const order = new Map([...cellKeys(spec), ...cellKeys(TABLE3_2021)].map((k, i) => [k, i]));
  return (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
}
