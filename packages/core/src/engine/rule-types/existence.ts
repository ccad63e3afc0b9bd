// `existence`: a token or pattern that must not appear (web residue, placeholders, banned wording).
import { hits } from '../text-match.js';
import type { Finding, RuleType } from '../types.js';
import { compileScope, scopeSchema } from './shared.js';
import { expandTokens, oneOfTokensOrPattern, tokensOrPattern, tokensSchema } from './text-shared.js';

export const existence: RuleType = {
  type: 'existence',
  schema: {
    properties: {
      scope: scopeSchema,
      tokens: tokensSchema,
      pattern: { type: 'string', minLength: 1 },
      exceptions: tokensSchema,
      ignoreCase: { type: 'boolean' },
      // Further patterns, each searched in its own scope: one rule whose hits differ in where they can be seen
      // (a separator line in the source, markup residue only in the text as read: an HTML source's own markup
      // is no residue).
      also: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', properties: { scope: scopeSchema, pattern: { type: 'string', minLength: 1 } }, required: ['scope', 'pattern'], additionalProperties: false },
      },
    },
    ...oneOfTokensOrPattern,
  },
  messages: { found: { zh: '不应出现“{{match}}”', en: '“{{match}}” should not appear' } },
  compile(rule, ctx) {
    const flags = rule.ignoreCase ? 'i' : '';
    const searches = [
      { scope: compileScope(rule.scope, ctx), re: tokensOrPattern(rule, ctx, flags) },
      ...((rule.also as { scope: unknown; pattern: string }[] | undefined) ?? []).map((a, i) => ({
        scope: compileScope(a.scope, ctx, ['also', i, 'scope']),
        re: ctx.regex(a.pattern, ['also', i, 'pattern'], flags),
      })),
    ];
    const exceptions = new Set(expandTokens((rule.exceptions as string[] | undefined) ?? [], ctx, ['exceptions']));
    return (doc) => {
      const found: { start: number; end: number; text: string }[] = [];
      for (const { scope, re } of searches) {
        for (const h of hits(re, doc.scope(scope), false)) if (!exceptions.has(h.text)) found.push(h);
      }
      if (searches.length > 1) found.sort((a, b) => a.start - b.start);
      return found.map((h): Finding => ({ messageId: 'found', span: doc.span(h.start, h.end), data: { match: h.text.trim() } }));
    };
  },
};
