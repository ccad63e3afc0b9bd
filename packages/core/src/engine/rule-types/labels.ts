// `labels`: table labels as written (typos, truncations, stray spaces…), each with a fix to the canonical label.
import type { LabelMatch, TableKey } from '../../model/types.js';
import type { Level } from '../../report/diagnostic.js';
import type { Finding, RuleType } from '../types.js';
import { levelSchema } from './shared.js';

type Kind = Exclude<LabelMatch, 'exact'>;
const KINDS: readonly Kind[] = ['typo', 'truncated', 'spaced', 'split', 'legacy'];
const kindsSchema = { type: 'object', properties: Object.fromEntries(KINDS.map((k) => [k, levelSchema])), additionalProperties: false, minProperties: 1 };
type Kinds = Partial<Record<Kind, Level>>;

export const labels: RuleType = {
  type: 'labels',
  schema: {
    properties: {
      table: { anyOf: [{ enum: ['proactive', 'requests', 'appeals'] }, { type: 'array', items: { enum: ['proactive', 'requests', 'appeals'] }, minItems: 1 }] },
      kinds: kindsSchema,
      // Per table shape (TableInfo.shape), levels that replace those of `kinds`: in a flattened dump the spaces
      // inside labels come from cell line-wraps, not from what a reader of the report sees.
      shapes: { type: 'object', additionalProperties: kindsSchema, minProperties: 1 },
    },
    required: ['table', 'kinds'],
  },
  messages: {
    typo: { zh: '标签“{{written}}”有误，应为“{{canonical}}”', en: 'label “{{written}}” is mistyped: expected “{{canonical}}”' },
    truncated: { zh: '标签“{{written}}”不完整，应为“{{canonical}}”', en: 'label “{{written}}” is truncated: expected “{{canonical}}”' },
    spaced: { zh: '标签“{{written}}”内有多余空格', en: 'label “{{written}}” contains stray spaces' },
    split: { zh: '标签“{{canonical}}”被拆成了多行', en: 'label “{{canonical}}” is split over several lines' },
    legacy: { zh: '标签“{{written}}”是 2019 年试行格式的写法，现为“{{canonical}}”', en: 'label “{{written}}” is from the 2019 trial template: now “{{canonical}}”' },
  },
  compile(rule) {
    const wanted = new Set<TableKey>(Array.isArray(rule.table) ? (rule.table as TableKey[]) : [rule.table as TableKey]);
    const kinds = rule.kinds as Kinds;
    const shapes = (rule.shapes ?? {}) as Record<string, Kinds>;
    return (doc) => {
      const findings: Finding[] = [];
      for (const use of doc.model.labels) {
        if (!wanted.has(use.table) || use.match === 'exact') continue;
        const shape = doc.model.tables[use.table]?.shape;
        const level = (shape !== undefined ? shapes[shape]?.[use.match] : undefined) ?? kinds[use.match];
        if (!level || level === 'off') continue;
        findings.push({
          messageId: use.match,
          level,
          span: use.span,
          key: use.key,
          data: { written: use.written.trim(), canonical: use.canonical, role: use.role, table: use.table },
          fix: { range: [use.span.start.offset, use.span.end.offset], text: use.canonical },
        });
      }
      return findings;
    };
  },
};
