// `consistency`: two variants of a term must not both be used; the less used one is reported.
import { escapeRegex } from '../regex.js';
import { hits, type Hit } from '../text-match.js';
import type { Finding, RuleType } from '../types.js';
import { compileScope, scopeSchema } from './shared.js';

export const consistency: RuleType = {
  type: 'consistency',
  schema: {
    properties: {
      scope: scopeSchema,
      either: { type: 'object', additionalProperties: { type: 'string', minLength: 1 }, minProperties: 1 },
      ignoreCase: { type: 'boolean' },
    },
    required: ['either'],
  },
  messages: {
    mixed: { zh: '“{{match}}”与“{{other}}”混用，宜统一为“{{other}}”', en: '“{{match}}” and “{{other}}” are both used: prefer “{{other}}”' },
  },
  compile(rule, ctx) {
    const scope = compileScope(rule.scope, ctx);
    const flags = rule.ignoreCase ? 'i' : '';
    const pairs = Object.entries(rule.either as Record<string, string>).map(([a, b]) => ({
      a,
      b,
      reA: ctx.regex(escapeRegex(a), ['either', a], flags),
      reB: ctx.regex(escapeRegex(b), ['either', a], flags),
    }));
    return (doc) => {
      const findings: Finding[] = [];
      const segments = doc.scope(scope);
      for (const p of pairs) {
        let keptA = hits(p.reA, segments, false);
        let hitsB = hits(p.reB, segments, false);
        // A hit of the shorter variant inside a hit of the longer one is the same word (统计期 in 统计期限).
        if (p.a.length >= p.b.length) hitsB = hitsB.filter((h) => !keptA.some((a) => overlaps(a, h)));
        else keptA = keptA.filter((h) => !hitsB.some((b) => overlaps(b, h)));
        if (keptA.length === 0 || hitsB.length === 0) continue;
        // Fewer uses lose; on a tie the variant used first wins.
        const aWins = keptA.length > hitsB.length || (keptA.length === hitsB.length && keptA[0].start < hitsB[0].start);
        const [losers, winner] = aWins ? [hitsB, p.a] : [keptA, p.b];
        const winnerHits = aWins ? keptA : hitsB;
        for (const h of losers) {
          findings.push({
            messageId: 'mixed',
            span: doc.span(h.start, h.end),
            data: { match: h.text, other: winner, count: losers.length, otherCount: winnerHits.length },
            related: [{ message: winner, span: doc.span(winnerHits[0].start, winnerHits[0].end) }],
          });
        }
      }
      return findings;
    };
  },
};

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}
