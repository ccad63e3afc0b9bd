import { describe, expect, it } from 'vitest';
import { matchRun, type LabelPiece, type MatchContext } from './labels.js';

/** Label pieces of `s` split at single spaces, as the flattened tokenizer gives them. */
function pieces(s: string): LabelPiece[] {
  const out: LabelPiece[] = [];
  for (const m of s.matchAll(/\S+/g)) out.push({ raw: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const hits = (s: string, ctx: MatchContext) =>
  matchRun(pieces(s), s, ctx).map((r) => (r.kind === 'hit' ? `${r.entry.table}:${r.entry.canonical}:${r.match}` : `?${r.written}`));

describe('matchRun in flattened dumps', () => {
  it('fragments of a header that cell wraps cut apart are read joined: 表四 stays 表四', () => {
    const ctx: MatchContext = { table: 'appeals', home: 'appeals', last: null, loose: true };
    expect(hits('行政复议行政诉讼结果维持结果 纠正其他 结果尚未 审结总计', ctx)).toEqual([
      'appeals:行政复议:exact',
      'appeals:行政诉讼:exact',
      'appeals:结果维持:exact',
      'appeals:结果纠正:spaced',
      'appeals:其他结果:spaced',
      'appeals:尚未审结:spaced',
      'appeals:总计:exact',
    ]);
    expect(ctx.table).toBe('appeals');
  });

  it("a short label of another table never moves the reader off its part's table", () => {
    const ctx: MatchContext = { table: 'appeals', home: 'appeals', last: null, loose: true };
    expect(hits('纠正其他', ctx)).toEqual(['?纠正', 'appeals:其他结果:truncated']);
    expect(ctx.table).toBe('appeals');
  });

  it('a leftover between labels of a token is read as a near miss of the table ("先行有效件数")', () => {
    const ctx: MatchContext = { table: 'proactive', home: 'proactive', last: null, loose: true };
    expect(hits('本年废止件数先行有效件数规章', ctx)).toEqual(['proactive:本年废止件数:exact', 'proactive:现行有效件数:typo', 'proactive:规章:exact']);
  });
});
