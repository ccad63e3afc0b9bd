// `substitution`: a wrong form and its right form, with a fix. Keys are patterns (JS syntax, `u` flag);
// values are replacements (`$1`, `$<name>` allowed), or `{ to, year?, fix?, messageId? }` for a form that is
// wrong only in some report years (a superseded document cited after its successor came out), whose
// replacement is no mechanical fix, or that needs its own message.
import { hits, isSourceText } from '../text-match.js';
import type { Finding, RuleType } from '../types.js';
import { compileScope, scopeSchema } from './shared.js';
import type { Gate } from '../types.js';

interface Swap {
  re: RegExp;
  /** The same pattern without `g`, for String#replace on one match. */
  once: RegExp;
  replacement: string;
  year?: Gate['year'];
  fix: boolean;
  messageId: string;
}

const YEAR_TESTS = {
  gte: (y: number, v: number) => y >= v,
  lte: (y: number, v: number) => y <= v,
  gt: (y: number, v: number) => y > v,
  lt: (y: number, v: number) => y < v,
  eq: (y: number, v: number) => y === v,
} as const;

/** Whether the report year passes a swap's `year` bounds; an unknown year passes none. */
function yearHolds(bounds: NonNullable<Gate['year']>, year: number | null): boolean {
  if (year === null) return false;
  return Object.entries(bounds).every(([k, v]) => YEAR_TESTS[k as keyof typeof YEAR_TESTS](year, v as number));
}

const yearSchema = {
  type: 'object',
  properties: Object.fromEntries(Object.keys(YEAR_TESTS).map((k) => [k, { type: 'integer' }])),
  additionalProperties: false,
  minProperties: 1,
};

export const substitution: RuleType = {
  type: 'substitution',
  schema: {
    properties: {
      scope: scopeSchema,
      swap: {
        type: 'object',
        additionalProperties: {
          oneOf: [
            { type: 'string' },
            {
              type: 'object',
              properties: { to: { type: 'string' }, year: yearSchema, fix: { type: 'boolean' }, messageId: { type: 'string', minLength: 1 } },
              required: ['to'],
              additionalProperties: false,
            },
          ],
        },
        minProperties: 1,
      },
      ignoreCase: { type: 'boolean' },
    },
    required: ['swap'],
  },
  messages: { swap: { zh: '“{{match}}”应为“{{replacement}}”', en: 'use “{{replacement}}” instead of “{{match}}”' } },
  compile(rule, ctx) {
    const scope = compileScope(rule.scope, ctx);
    const flags = rule.ignoreCase ? 'i' : '';
    type SwapValue = string | { to: string; year?: Gate['year']; fix?: boolean; messageId?: string };
    const swaps: Swap[] = Object.entries(rule.swap as Record<string, SwapValue>).map(([pattern, value]) => {
      const re = ctx.regex(pattern, ['swap', pattern], flags);
      const v = typeof value === 'string' ? { to: value } : value;
      return { re, once: new RegExp(re.source, re.flags.replace('g', '')), replacement: v.to, year: v.year, fix: v.fix ?? true, messageId: v.messageId ?? 'swap' };
    });
    return (doc) => {
      const findings: Finding[] = [];
      const text = doc.model.text;
      for (const swap of swaps) {
        if (swap.year && !yearHolds(swap.year, doc.metaNumber('year'))) continue;
        for (const h of hits(swap.re, doc.scope(scope), false)) {
          const replacement = h.text.replace(swap.once, swap.replacement);
          // A segment read through markup is looked at as read; a source slice in the source around it.
          const around = h.segment.at ? [h.segment.text, h.match.index] as const : [text, h.start] as const;
          if (replacement === h.text || insideReplacement(around[0], around[1], h.text, replacement)) continue;
          findings.push({
            messageId: swap.messageId,
            span: doc.span(h.start, h.end),
            data: { match: h.text, replacement },
            // Only where the match is the source's own characters: a fix must not delete markup inside it.
            ...(swap.fix && isSourceText(h, text) ? { fix: { range: [h.start, h.end] as [number, number], text: replacement } } : {}),
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
