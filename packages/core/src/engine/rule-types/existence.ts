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
    },
    ...oneOfTokensOrPattern,
  },
  messages: { found: { zh: '不应出现“{{match}}”', en: '“{{match}}” should not appear' } },
  compile(rule, ctx) {
    const scope = compileScope(rule.scope, ctx);
    const re = tokensOrPattern(rule, ctx, rule.ignoreCase ? 'i' : '');
    const exceptions = new Set(expandTokens((rule.exceptions as string[] | undefined) ?? [], ctx, ['exceptions']));
    return (doc) => {
      const findings: Finding[] = [];
      for (const h of hits(re, doc.scope(scope), false)) {
        if (exceptions.has(h.text)) continue;
        findings.push({ messageId: 'found', span: doc.span(h.start, h.end), data: { match: h.text.trim() } });
      }
      return findings;
    };
  },
};
