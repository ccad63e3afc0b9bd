// `cells`: value checks cell by cell (integers, bounds, blanks), with whole-group blanks reported once.
import type { Cell } from '../../model/types.js';
import type { Level } from '../../report/diagnostic.js';
import { isValueLike } from '../../util/number.js';
import type { DocContext } from '../doc-context.js';
import type { Finding, RuleType } from '../types.js';
import { keyListSchema, levelSchema } from './shared.js';

type GroupBy = 'column' | 'row' | 'table';

/** The key's column (last segment), row (all but the last) or table (first segment); no split per key. */
function groupOf(key: string, by: GroupBy): string {
  if (by === 'column') return key.slice(key.lastIndexOf('.') + 1);
  if (by === 'table') {
    const dot = key.indexOf('.');
    return dot < 0 ? key : key.slice(0, dot);
  }
  const dot = key.lastIndexOf('.');
  return dot < 0 ? '' : key.slice(0, dot);
}

interface Entry {
  key: string;
  cell: Cell;
}

export const cells: RuleType = {
  type: 'cells',
  schema: {
    properties: {
      keys: keyListSchema,
      integer: { type: 'boolean' },
      min: { type: 'number' },
      max: { type: 'number' },
      blank: { enum: ['ignore', 'report'] },
      groupBy: { enum: ['column', 'row', 'table'] },
      wholeGroupLevel: levelSchema,
    },
    required: ['keys'],
  },
  messages: {
    notInteger: { zh: '单元格 {{key}} 应为整数，实为“{{raw}}”', en: 'cell {{key}} must be an integer, found “{{raw}}”' },
    notNumber: { zh: '单元格 {{key}} 应为数字，实为“{{raw}}”', en: 'cell {{key}} must be a number, found “{{raw}}”' },
    belowMin: { zh: '单元格 {{key}} 的值 {{value}} 小于 {{min}}', en: 'cell {{key}} is {{value}}, below {{min}}' },
    aboveMax: { zh: '单元格 {{key}} 的值 {{value}} 大于 {{max}}', en: 'cell {{key}} is {{value}}, above {{max}}' },
    blank: { zh: '单元格 {{key}} 未填写', en: 'cell {{key}} is blank' },
    groupBlank: { zh: '“{{group}}”的 {{count}} 个单元格全部未填写', en: 'all {{count}} cells of {{group}} are blank' },
    rowShort: { zh: '一行少了 {{count}} 个数字（自“{{label}}”起未填写）', en: 'a row lacks {{count}} values (blank from {{label}} on)' },
  },
  compile(rule) {
    const patterns = rule.keys as string[];
    const integer = rule.integer === true;
    const min = rule.min as number | undefined;
    const max = rule.max as number | undefined;
    const reportBlank = rule.blank === 'report';
    const groupBy = rule.groupBy as GroupBy | undefined;
    const wholeGroupLevel = rule.wholeGroupLevel as Level | undefined;
    // Rules that read the same keys (blanks and integers of one table) share one selection per document.
    const selection = `cells:${patterns.join('\0')}`;
    /** Whether a cell gives a finding (a blank one may, with `blank: report`, and so is looked at in full). */
    const fails = (value: number | null): boolean =>
      value === null || (integer && !Number.isInteger(value)) || (min !== undefined && value < min) || (max !== undefined && value > max);
    return (doc) => {
      // Most documents pass: decided over the keys, without building the ordered selection.
      if (!anyCell(doc, patterns, fails)) return [];
      const entries = doc.memo(selection, () => selectCells(doc, patterns));
      const findings: Finding[] = [];
      const blanks: Entry[] = [];
      for (const e of entries) {
        const { key, cell } = e;
        const value = cell.value;
        if (value === null) {
          if (!isValueLike(cell.raw)) findings.push({ span: cell.span, key, messageId: 'notNumber', data: cellData(e) });
          else if (reportBlank) blanks.push(e);
          continue;
        }
        // The finding objects are made only for a finding: most cells pass.
        if (integer && !Number.isInteger(value)) findings.push({ span: cell.span, key, messageId: 'notInteger', data: cellData(e) });
        if (min !== undefined && value < min) findings.push({ span: cell.span, key, messageId: 'belowMin', data: { ...cellData(e), min } });
        if (max !== undefined && value > max) findings.push({ span: cell.span, key, messageId: 'aboveMax', data: { ...cellData(e), max } });
      }
      if (blanks.length > 0) findings.push(...blankFindings(blanks, entries, groupBy, wholeGroupLevel));
      return findings;
    };
  },
};

function cellData({ key, cell }: Entry): { key: string; raw: string; value: number | string } {
  return { key, raw: cell.raw.trim(), value: cell.value ?? '' };
}

/** Whether some cell present for the patterns satisfies `test`. */
function anyCell(doc: DocContext, patterns: readonly string[], test: (value: number | null) => boolean): boolean {
  const { cells } = doc.model;
  for (const keys of doc.expandDistinct(patterns)) {
    for (let i = 0; i < keys.length; i++) {
      const cell = cells[keys[i]] as Cell | undefined;
      if (cell && test(cell.value)) return true;
    }
  }
  return false;
}

/** The cells present in the model for the patterns, each once, in document order. */
function selectCells(doc: DocContext, patterns: readonly string[]): readonly Entry[] {
  const { cells } = doc.model;
  // Each pattern's cells usually come in document order already (`requests.*.*` and `requests.*.*.*` each
  // do, not together): ordered runs are merged, which is what the stable sort by offset would give.
  let out: Entry[] = [];
  let ordered = true;
  for (const keys of doc.expandDistinct(patterns)) {
    const run: Entry[] = [];
    let last = -Infinity;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const cell = cells[key] as Cell | undefined;
      if (!cell) continue;
      const offset = cell.span.start.offset;
      if (offset < last) ordered = false;
      last = offset;
      run.push({ key, cell });
    }
    out = out.length === 0 ? run : ordered ? merge(out, run) : out.concat(run);
  }
  return ordered ? out : out.sort(byOffset);
}

function byOffset(a: Entry, b: Entry): number {
  return a.cell.span.start.offset - b.cell.span.start.offset;
}

/** Two runs in document order as one; on a tie the first run's entry comes first (as in a stable sort). */
function merge(a: readonly Entry[], b: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byOffset(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function blankFindings(blanks: Entry[], all: readonly Entry[], groupBy: GroupBy | undefined, wholeGroupLevel: Level | undefined): Finding[] {
  const one = (e: Entry): Finding => ({ messageId: 'blank', span: e.cell.span, key: e.key, data: { key: e.key, raw: '', value: '' } });
  if (!groupBy || blanks.length === 0) return shortRows(blanks, one);
  const sizes = new Map<string, number>();
  for (const e of all) {
    const g = groupOf(e.key, groupBy);
    sizes.set(g, (sizes.get(g) ?? 0) + 1);
  }
  const byGroup = new Map<string, Entry[]>();
  for (const e of blanks) {
    const g = groupOf(e.key, groupBy);
    // Appended in place: a copy per entry was quadratic in a wholly blank column.
    const list = byGroup.get(g);
    if (list) list.push(e);
    else byGroup.set(g, [e]);
  }
  const out: Finding[] = [];
  const rest: Entry[] = [];
  for (const [group, entries] of byGroup) {
    if (entries.length === sizes.get(group) && entries.length > 1) {
      out.push({
        messageId: 'groupBlank',
        span: entries[0].cell.span,
        key: entries[0].key,
        level: wholeGroupLevel,
        data: { group, count: entries.length, key: entries[0].key, raw: '', value: '' },
      });
    } else rest.push(...entries);
  }
  out.push(...shortRows(rest, one));
  return out.sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/**
 * Cells that no value was written for (`missing`: the row was short) share the point where their row ended: one
 * misread row is one finding, not one per cell.
 */
function shortRows(blanks: readonly Entry[], one: (e: Entry) => Finding): Finding[] {
  const rows = new Map<number, Entry[]>();
  for (const e of blanks) {
    if (!e.cell.missing) continue;
    const at = e.cell.span.start.offset;
    const list = rows.get(at);
    if (list) list.push(e);
    else rows.set(at, [e]);
  }
  const out: Finding[] = [];
  for (const e of blanks) {
    const row = e.cell.missing ? rows.get(e.cell.span.start.offset) : undefined;
    if (!row || row.length < 2) out.push(one(e));
    else if (row[0] === e) out.push({ messageId: 'rowShort', span: e.cell.span, key: e.key, data: { key: e.key, count: row.length, raw: '', value: '' } });
  }
  return out;
}
