// `occurrence`: how often a pattern occurs in a scope (a statement that must be there, or must not repeat).
import { scopeAnchor, scopeIsPresent } from '../scopes.js';
import { countHits } from '../text-match.js';
import type { DocContext } from '../doc-context.js';
import type { Finding, RuleType } from '../types.js';
import type { Span } from '../../read/document.js';
import { compileScope, scopeSchema } from './shared.js';
import { tokensOrPattern, tokensSchema } from './text-shared.js';

interface Counted {
  name?: string;
  re: RegExp;
}

export const occurrence: RuleType = {
  type: 'occurrence',
  schema: {
    properties: {
      scope: scopeSchema,
      tokens: tokensSchema,
      pattern: { type: 'string', minLength: 1 },
      patterns: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', properties: { name: { type: 'string' }, pattern: { type: 'string', minLength: 1 } }, required: ['name', 'pattern'], additionalProperties: false },
      },
      min: { type: 'integer', minimum: 0 },
      max: { type: 'integer', minimum: 0 },
      ignoreCase: { type: 'boolean' },
      // With `patterns`: the missing names as one finding (`missingItems`, data `names`, `count`), not one each.
      group: { type: 'boolean' },
    },
    oneOf: [{ required: ['tokens'] }, { required: ['pattern'] }, { required: ['patterns'] }],
    anyOf: [{ required: ['min'] }, { required: ['max'] }],
  },
  messages: {
    tooFew: { zh: '应至少出现 {{min}} 次，实际 {{count}} 次', en: 'expected at least {{min}} occurrence(s), found {{count}}' },
    tooMany: { zh: '最多应出现 {{max}} 次，实际 {{count}} 次', en: 'expected at most {{max}} occurrence(s), found {{count}}' },
    missingItem: { zh: '未提及“{{name}}”', en: '“{{name}}” is not mentioned' },
    missingItems: { zh: '未提及{{names}}', en: 'not mentioned: {{names}}' },
  },
  compile(rule, ctx) {
    const scope = compileScope(rule.scope, ctx);
    const flags = rule.ignoreCase ? 'i' : '';
    const min = rule.min as number | undefined;
    const max = rule.max as number | undefined;
    const counted: Counted[] = Array.isArray(rule.patterns)
      ? (rule.patterns as { name: string; pattern: string }[]).map((p, i) => ({ name: p.name, re: ctx.regex(p.pattern, ['patterns', i, 'pattern'], flags) }))
      : [{ re: tokensOrPattern(rule, ctx, flags) }];
    // Counting stops where the answer is known: at `min` when there is no `max`, else just past `max` (a
    // count past it is counted in full, for the message).
    const limit = max !== undefined ? max + 1 : (min ?? Infinity);
    const group = rule.group === true && counted.length > 1;
    return (doc) => {
      const present = scope.filter((s) => scopeIsPresent(doc.model, s));
      if (present.length === 0) return [];
      const segments = doc.scope(present);
      // Where the counts are reported, found only when one is off (most documents pass).
      let span: Span | undefined;
      const findings: Finding[] = [];
      for (const c of counted) {
        let count = countHits(c.re, segments, limit);
        if (max !== undefined && count > max) count = countHits(c.re, segments);
        const tooFew = min !== undefined && count < min;
        if (!tooFew && !(max !== undefined && count > max)) continue;
        span ??= anchor(doc, present);
        const data = { count, min: min ?? '', max: max ?? '', ...(c.name ? { name: c.name } : {}) };
        findings.push({ messageId: tooFew ? (c.name ? 'missingItem' : 'tooFew') : 'tooMany', span, data });
      }
      if (!group) return findings;
      const missing = findings.filter((f) => f.messageId === 'missingItem');
      if (missing.length < 2) return findings;
      const names = missing.map((f) => `“${String(f.data?.name)}”`).join('、');
      return [...findings.filter((f) => f.messageId !== 'missingItem'), { messageId: 'missingItems', span: missing[0].span, data: { names, count: missing.length } }];
    };
  },
};

/** Where a count is reported: the heading of the (first) part, the title, else where the scope's text starts. */
function anchor(doc: DocContext, scopes: readonly string[]): Span {
  for (const s of scopes) {
    const a = scopeAnchor(doc.model, s);
    if (a) return doc.span(a.start, a.start);
  }
  const first = doc.scope(scopes)[0];
  return first ? doc.span(first.start, first.start) : doc.documentStart;
}
