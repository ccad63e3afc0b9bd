// The typo side of label matching: the budget relative to the label's length, and the order-and-enumerator prior.
import { describe, expect, it } from 'vitest';
import { matchRun, sharedShare, typoBudget, vocabularyOf, type LabelEntry, type MatchContext } from './labels.js';

const row = (canonical: string): LabelEntry => vocabularyOf('requests').find((e) => e.canonical === canonical)!;

/** One piece of label text read in 表三 right after `last`. */
function readAfter(last: string, written: string): ReturnType<typeof matchRun>[number] {
  const ctx: MatchContext = { table: 'requests', last: row(last), loose: false };
  const items = matchRun([{ raw: written, start: 0, end: written.length }], written, ctx);
  expect(items).toHaveLength(1);
  return items[0];
}

describe('typoBudget', () => {
  it('none for short labels, 1 up to five characters, then a quarter of the label (at least 2)', () => {
    expect([2, 3, 4, 5, 6, 8, 11, 12, 14, 20, 40].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2, 2, 3, 3, 5, 10]);
  });
});

describe('sharedShare', () => {
  it('the share of the label’s characters the written text has (as a multiset)', () => {
    expect(sharedShare('其他法律行政止公开', '其他法律行政法规禁止公开')).toBe(9 / 12);
    expect(sharedShare('其他法律行政法规禁止公开', '其他法律行政止公开')).toBe(1);
    expect(sharedShare('法法', '法')).toBe(1);
    expect(sharedShare('法', '法法')).toBe(0.5);
    expect(sharedShare('x', '')).toBe(0);
  });
});

describe('near misses of long row labels', () => {
  it('three characters lost from a 14-character label are within its budget', () => {
    expect(readAfter('1.属于国家秘密', '2.其他法律行政止公开')).toMatchObject({ kind: 'hit', match: 'typo', entry: { key: 'denied.lawForbidden' } });
  });

  it('beyond the budget, the next row with its enumerator and most of its characters is that row misspelt', () => {
    // Two words swapped: edit distance 4 (budget 3), every character there.
    expect(readAfter('1.属于国家秘密', '2.其他行政法规法律禁止公开')).toMatchObject({ kind: 'hit', match: 'typo', entry: { key: 'denied.lawForbidden' } });
  });

  it('not without the expected enumerator, nor where another row comes next', () => {
    expect(readAfter('1.属于国家秘密', '3.其他行政法规法律禁止公开').kind).toBe('unknown');
    expect(readAfter('1.属于国家秘密', '其他行政法规法律禁止公开').kind).toBe('unknown');
    expect(readAfter('2.其他法律行政法规禁止公开', '2.其他行政法规法律禁止公开').kind).toBe('unknown');
  });

  it('a misspelt label between two labels of a run-together header', () => {
    const text = '本年制发件数本年废止件数先行有效件数';
    const ctx: MatchContext = { table: 'proactive', last: null, loose: true };
    const items = matchRun([{ raw: text, start: 0, end: text.length }], text, ctx);
    expect(items.map((i) => (i.kind === 'hit' ? `${i.match} ${i.entry.canonical} ${i.written}` : `unknown ${i.written}`))).toEqual([
      'exact 本年制发件数 本年制发件数',
      'exact 本年废止件数 本年废止件数',
      'typo 现行有效件数 先行有效件数',
    ]);
  });
});
