// `condition`: a raw json-rules-engine condition tree over the model's facts; reported once (at the document
// start) or once per element of a model list (`at: meta.signatures2019[*]`).
import type { Span } from '../../read/document.js';
import { resolvePath } from '../path.js';
import type { DocContext } from '../doc-context.js';
import type { Finding, RuleType } from '../types.js';

interface Target {
  path: string;
  /** `*` = every element, a number = that element, undefined = the value itself. */
  index?: number | '*';
}

export const condition: RuleType = {
  type: 'condition',
  schema: {
    properties: {
      conditions: { type: 'object', description: 'json-rules-engine conditions over the facts meta, settings, cells, tables, sections' },
      at: { type: 'string', pattern: '^(document|[A-Za-z_][\\w.]*(\\[(\\*|\\d+)\\])?)$', description: 'document, or a model path such as meta.title or meta.signatures2019[*]' },
    },
    required: ['conditions'],
  },
  messages: { found: { zh: '条件成立：{{text}}', en: 'condition holds: {{text}}' } },
  conditions: (rule) => [rule.conditions as Record<string, unknown>],
  compile(rule) {
    const target = parseAt(rule.at as string | undefined);
    return (doc) => findingsAt(doc, target);
  },
};

function parseAt(at: string | undefined): Target | null {
  if (!at || at === 'document') return null;
  const m = /^(.*?)(?:\[(\*|\d+)\])?$/.exec(at)!;
  return { path: m[1], index: m[2] === undefined ? undefined : m[2] === '*' ? '*' : Number(m[2]) };
}

function findingsAt(doc: DocContext, target: Target | null): Finding[] {
  const start = (): Finding[] => [{ messageId: 'found', span: doc.documentStart, data: { text: '', count: 1 } }];
  if (!target) return start();
  const value = resolvePath(doc.model, target.path);
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  const chosen = target.index === '*' ? list : target.index === undefined ? list.slice(0, 1) : list.slice(target.index, target.index + 1);
  const out: Finding[] = [];
  for (const el of chosen) {
    const span = spanOf(el);
    if (span) out.push({ messageId: 'found', span, data: { text: textOf(el), count: list.length } });
  }
  return out.length > 0 ? out : start();
}

function spanOf(el: unknown): Span | undefined {
  const o = el as { span?: Span; start?: Span['start']; end?: Span['end'] } | null;
  if (o?.span) return o.span;
  if (o?.start && o.end) return { start: o.start, end: o.end };
  return undefined;
}

function textOf(el: unknown): string {
  const o = el as { text?: unknown; raw?: unknown; written?: unknown } | null;
  const t = o?.text ?? o?.raw ?? o?.written ?? (typeof el === 'string' ? el : '');
  return String(t).trim();
}
