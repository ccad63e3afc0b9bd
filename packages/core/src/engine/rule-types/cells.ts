// `cells`: value checks cell by cell (integers, bounds, blanks), with whole-group blanks reported once.
import type { Cell } from '../../model/types.js';
import type { Level } from '../../report/diagnostic.js';
import { isValueLike } from '../../util/number.js';
import type { DocContext } from '../doc-context.js';
import type { Finding, RuleType } from '../types.js';
import { keyListSchema, levelSchema } from './shared.js';

type GroupBy = 'column' | 'row' | 'table';

function groupOf(key: string, by: GroupBy): string {
  const parts = key.split('.');
  if (by === 'column') return parts[parts.length - 1];
  if (by === 'table') return parts[0];
  return parts.slice(0, -1).join('.');
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
  },
  compile(rule) {
    const patterns = rule.keys as string[];
    const integer = rule.integer === true;
    const min = rule.min as number | undefined;
    const max = rule.max as number | undefined;
    const reportBlank = rule.blank === 'report';
    const groupBy = rule.groupBy as GroupBy | undefined;
    const wholeGroupLevel = rule.wholeGroupLevel as Level | undefined;
    return (doc) => {
      const entries = selectCells(doc, patterns);
      const findings: Finding[] = [];
      const blanks: Entry[] = [];
      for (const e of entries) {
        const { key, cell } = e;
        const base = { span: cell.span, key };
        const data = { key, raw: cell.raw.trim(), value: cell.value ?? '' };
        if (cell.value === null) {
          if (!isValueLike(cell.raw)) findings.push({ ...base, messageId: 'notNumber', data });
          else if (reportBlank) blanks.push(e);
          continue;
        }
        if (integer && !Number.isInteger(cell.value)) findings.push({ ...base, messageId: 'notInteger', data });
        if (min !== undefined && cell.value < min) findings.push({ ...base, messageId: 'belowMin', data: { ...data, min } });
        if (max !== undefined && cell.value > max) findings.push({ ...base, messageId: 'aboveMax', data: { ...data, max } });
      }
      findings.push(...blankFindings(blanks, entries, groupBy, wholeGroupLevel));
      return findings;
    };
  },
};

/** The cells present in the model for the patterns, each once, in document order. */
function selectCells(doc: DocContext, patterns: readonly string[]): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const p of patterns) {
    for (const key of doc.expand(p)) {
      const cell = doc.model.cells[key];
      if (!cell || seen.has(key)) continue;
      seen.add(key);
      out.push({ key, cell });
    }
  }
  return out.sort((a, b) => a.cell.span.start.offset - b.cell.span.start.offset);
}

function blankFindings(blanks: Entry[], all: Entry[], groupBy: GroupBy | undefined, wholeGroupLevel: Level | undefined): Finding[] {
  const one = (e: Entry): Finding => ({ messageId: 'blank', span: e.cell.span, key: e.key, data: { key: e.key, raw: '', value: '' } });
  if (!groupBy || blanks.length === 0) return blanks.map(one);
  const sizes = new Map<string, number>();
  for (const e of all) sizes.set(groupOf(e.key, groupBy), (sizes.get(groupOf(e.key, groupBy)) ?? 0) + 1);
  const byGroup = new Map<string, Entry[]>();
  for (const e of blanks) {
    const g = groupOf(e.key, groupBy);
    byGroup.set(g, [...(byGroup.get(g) ?? []), e]);
  }
  const out: Finding[] = [];
  for (const [group, entries] of byGroup) {
    if (entries.length === sizes.get(group) && entries.length > 1) {
      out.push({
        messageId: 'groupBlank',
        span: entries[0].cell.span,
        key: entries[0].key,
        level: wholeGroupLevel,
        data: { group, count: entries.length, key: entries[0].key, raw: '', value: '' },
      });
    } else out.push(...entries.map(one));
  }
  return out.sort((a, b) => a.span.start.offset - b.span.start.offset);
}
