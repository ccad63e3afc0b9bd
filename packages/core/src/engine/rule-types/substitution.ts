// `substitution`: a wrong form and its right form, with a fix. Keys are patterns (JS syntax, `u` flag);
// values are replacements (`$1`, `$<name>` allowed).
import { hits, isSourceText } from '../text-match.js';
import type { Finding, RuleType } from '../types.js';
import { compileScope, scopeSchema } from './shared.js';

interface Swap {
  re: RegExp;
  /** The same pattern without `g`, for String#replace on one match. */
  once: RegExp;
  replacement: string;
}

export const substitution: RuleType = {
  type: 'substitution',
  schema: {
    properties: {
      scope: scopeSchema,
      swap: { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 },
      ignoreCase: { type: 'boolean' },
    },
    required: ['swap'],
  },
  messages: { swap: { zh: '“{{match}}”应为“{{replacement}}”', en: 'use “{{replacement}}” instead of “{{match}}”' } },
  compile(rule, ctx) {
    const scope = compileScope(rule.scope, ctx);
    const flags = rule.ignoreCase ? 'i' : '';
    const swaps: Swap[] = Object.entries(rule.swap as Record<string, string>).map(([pattern, replacement]) => {
      const re = ctx.regex(pattern, ['swap', pattern], flags);
      return { re, once: new RegExp(re.source, re.flags.replace('g', '')), replacement };
    });
    return (doc) => {
      const findings: Finding[] = [];
      const text = doc.model.text;
      for (const swap of swaps) {
        for (const h of hits(swap.re, doc.scope(scope), false)) {
          const replacement = h.text.replace(swap.once, swap.replacement);
          // A segment read through markup is looked at as read; a source slice in the source around it.
          const around = h.segment.at ? [h.segment.text, h.match.index] as const : [text, h.start] as const;
          if (replacement === h.text || insideReplacement(around[0], around[1], h.text, replacement)) continue;
          findings.push({
            messageId: 'swap',
            span: doc.span(h.start, h.end),
            data: { match: h.text, replacement },
            // Only where the match is the source's own characters: a fix must not delete markup inside it.
            ...(isSourceText(h, text) ? { fix: { range: [h.start, h.end] as [number, number], text: replacement } } : {}),
          });
        }
      }
      return findings;
    };
  },
};

/** True when the text around the match already reads as the replacement (信息公开条例 inside 政府信息公开条例). */
function insideReplacement(text: string, start: number, match: string, replacement: string): boolean {
  for (let i = replacement.indexOf(match); i >= 0; i = replacement.indexOf(match, i + 1)) {
    if (text.startsWith(replacement, start - i)) return true;
  }
  return false;
}
