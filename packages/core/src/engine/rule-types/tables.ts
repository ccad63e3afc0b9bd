// `tables`: the three tables present, complete (every cell, or every row), without extra numbers, with table
// 三's header note.
import { cellLabel, rowLabel } from '../../model/cell-labels.js';
import type { TableInfo, TableKey } from '../../model/types.js';
import type { DocContext } from '../doc-context.js';
import type { Finding, LocalizedText, RuleType } from '../types.js';
import { namedList, namedListSchema } from './shared.js';

type CheckKind = 'present' | 'complete' | 'rows' | 'extra' | 'note';

const TABLE_NAMES: Record<TableKey, Required<LocalizedText>> = {
  proactive: { zh: '表二“主动公开政府信息情况”', en: 'table 2 (proactive disclosure)' },
  requests: { zh: '表三“收到和处理政府信息公开申请情况”', en: 'table 3 (requests received and processed)' },
  appeals: { zh: '表四“政府信息公开行政复议、行政诉讼情况”', en: 'table 4 (administrative review and litigation)' },
};

/** The part each table belongs to (tables are reported at their part's heading when absent). */
const TABLE_SECTION = { proactive: 'proactive', requests: 'requests', appeals: 'appeals' } as const;

interface Target {
  key: TableKey;
  label?: string | LocalizedText;
}

export const tables: RuleType = {
  type: 'tables',
  schema: {
    properties: {
      check: { enum: ['present', 'complete', 'rows', 'extra', 'note'] },
      tables: namedListSchema,
      /** `extra`: one finding per table row of extra numbers (a converter's surplus row), not one per number. */
      perRow: { type: 'boolean' },
      once: { type: 'boolean', description: 'check: extra — one finding per table (with the count) instead of one per value' },
    },
    required: ['check', 'tables'],
  },
  messages: {
    missing: { zh: '缺少{{table}}', en: '{{table}} is missing' },
    incomplete: { zh: '{{table}}缺少 {{count}} 个模板单元格（如 {{first}}）', en: '{{table}} lacks {{count}} template cells (e.g. {{first}})' },
    rowMissing: { zh: '{{table}}缺少模板行“{{row}}”', en: '{{table}} lacks the template row {{row}}' },
    extra: { zh: '{{table}}有模板以外的数字“{{raw}}”', en: '{{table}} has a value outside the template: “{{raw}}”' },
    extraMany: { zh: '{{table}}有 {{count}} 个模板以外的数字（如“{{raw}}”）', en: '{{table}} has {{count}} values outside the template (e.g. “{{raw}}”)' },
    noNote: { zh: '{{table}}缺少勾稽关系说明', en: '{{table}} lacks its identity note' },
  },
  compile(rule, ctx) {
    const kind = rule.check as CheckKind;
    const targets: Target[] = namedList(rule.tables).map(({ key, label }) => {
      if (!(key in TABLE_NAMES)) ctx.fail({ zh: `未知的表 \`${key}\``, en: `unknown table \`${key}\`` }, ['tables']);
      return { key: key as TableKey, label };
    });
    const perRow = rule.perRow === true;
    const once = rule.once === true;
    return (doc) => targets.flatMap((t) => {
      const found = check(kind, t, doc, perRow);
      // One misread table is one finding: its surplus values are counted, not listed one by one.
      if (!once || found.length < 2) return found;
      return [{ ...found[0], messageId: 'extraMany', data: { ...found[0].data, count: found.length } }];
    });
  },
};

function check(kind: CheckKind, target: Target, doc: DocContext, perRow: boolean): Finding[] {
  const info = doc.model.tables[target.key];
  const label = target.label ?? TABLE_NAMES[target.key];
  const table = typeof label === 'string' ? label : (label[doc.lang] ?? label.zh);
  if (kind === 'present') {
    if (info.present) return [];
    const section = doc.model.sections[TABLE_SECTION[target.key]];
    return [{ messageId: 'missing', span: section ? section.heading.span : doc.documentStart, data: { table } }];
  }
  if (!info.present) return [];
  const at = info.span ?? doc.documentStart;
  switch (kind) {
    case 'complete': {
      // Cells padded into a row that was read (a short row) are blanks, the blank-cell rules' to report: one
      // misread row, one finding.
      const absent = info.missing.filter((key) => !doc.model.cells[key]);
      return absent.length === 0
        ? []
        : [{ messageId: 'incomplete', span: { start: at.start, end: at.start }, data: { table, count: absent.length, first: cellLabel(absent[0]) ?? absent[0], keys: absent.slice(0, 5).join(', ') } }];
    }
    case 'rows':
      return absentRows(target.key, info.missing, doc).map((row) => ({
        messageId: 'rowMissing',
        span: { start: at.start, end: at.start },
        key: `${target.key}.${row}`,
        data: { table, row: rowLabel(target.key, row) ?? row },
      }));
    case 'extra':
      return (perRow ? byRow(info.extra) : info.extra).map((x) => ({ messageId: 'extra', span: x.span, data: { table, raw: x.raw, near: x.near ?? '' } }));
    case 'note':
      return info.notePresent === false ? [{ messageId: 'noNote', span: { start: at.start, end: at.start }, data: { table } }] : [];
  }
}

type Extra = TableInfo['extra'][number];

/** Consecutive extra numbers on one line near the same label, as one: their numbers joined, their span together. */
function byRow(extra: readonly Extra[]): Extra[] {
  const out: Extra[] = [];
  for (const x of extra) {
    const last = out[out.length - 1];
    if (last && last.near === x.near && last.span.end.line === x.span.start.line && last.span.end.offset <= x.span.start.offset) {
      out[out.length - 1] = { ...last, raw: `${last.raw} ${x.raw}`, span: { start: last.span.start, end: x.span.end } };
    } else out.push(x);
  }
  return out;
}

/**
 * Template rows of which not one cell was read (a row left out of the table), in template order. Cells padded
 * into a row that was read are blanks, the blank-cell rules' to report.
 */
function absentRows(table: TableKey, missing: readonly string[], doc: DocContext): string[] {
  const rows: string[] = [];
  for (const key of missing) {
    if (doc.model.cells[key]) continue;
    const row = key.slice(table.length + 1, key.lastIndexOf('.'));
    if (row && !rows.includes(row)) rows.push(row);
  }
  return rows;
}
