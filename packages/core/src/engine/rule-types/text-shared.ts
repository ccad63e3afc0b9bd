// Pattern fields shared by the text rule types: `tokens` (literals, `vocab:<name>` lists) or `pattern`.
import { escapeRegex } from '../regex.js';
import type { DataPath } from '../yaml-source.js';
import type { CompileContext } from '../types.js';

export const tokensSchema = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };

/** Literal tokens with `vocab:<name>` entries replaced by the words of that list. */
export function expandTokens(tokens: readonly string[], ctx: CompileContext, at: DataPath): string[] {
  return tokens.flatMap((t, i) => (t.startsWith('vocab:') ? ctx.vocab(t.slice('vocab:'.length), [...at, i]) : [t]));
}

/** One regex for a rule's `tokens` (longest first, so 统计时限 wins over 统计) or its `pattern`. */
export function tokensOrPattern(rule: Record<string, unknown>, ctx: CompileContext, flags: string): RegExp {
  if (typeof rule.pattern === 'string') return ctx.regex(rule.pattern, ['pattern'], flags);
  const tokens = expandTokens((rule.tokens as string[] | undefined) ?? [], ctx, ['tokens']);
  if (tokens.length === 0) ctx.fail({ zh: '需要 `tokens` 或 `pattern`', en: '`tokens` or `pattern` is required' }, []);
  const source = [...new Set(tokens)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  return ctx.regex(source, ['tokens'], flags);
}

export const oneOfTokensOrPattern = { oneOf: [{ required: ['tokens'] }, { required: ['pattern'] }] };
