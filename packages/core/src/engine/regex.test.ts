import { describe, expect, it } from 'vitest';
import { backtrackingRisk, compilePattern } from './regex.js';

describe('backtrackingRisk', () => {
  it.each([
    ['(a+)+', '(a+)+'],
    ['(.*)*', '(.*)*'],
    ['x(\\d+\\s*)+y', '(\\d+\\s*)+'],
    // The web-residue pattern first drafted for the national pack: 22 tabs took 12 s.
    ['^\\s*-{3,}(?:\\s*[|\\t]\\s*-{0,})*\\s*$', '(?:\\s*[|\\t]\\s*-{0,})*'],
    ['((a)+b)+', '((a)+b)+'],
    ['(?:a{1,3}){2,}', '(?:a{1,3}){2,}'],
    // Repeated alternatives that can start alike: (a|a)* on 28 a's takes longer than 10 s in V8.
    ['(a|a)*b', '(a|a)*'],
    ['x(?:年|年度)+', '(?:年|年度)+'],
    ['(?:\\d|0)+', '(?:\\d|0)+'],
    ['(?<n>a|b?a)*', '(?<n>a|b?a)*'],
    ['(?:[甲乙]|甲){2,}', '(?:[甲乙]|甲){2,}'],
  ])('rejects %s', (source, fragment) => {
    expect(backtrackingRisk(source)).toBe(fragment);
  });

  it.each([
    '(?:新收|收到)[^。，；]{0,20}?申请[^0-9。]{0,10}?(?<n>\\d+)\\s*件',
    '(a|b)+',
    '(?:甲|乙|\\||丙)+',
    '(?:第|共)\\d+件',
    '(a|a)',
    '(a|a){1,3}',
    '(ab?)+',
    '[(a+)]+',
    '\\(a+\\)+',
    '\\p{L}+',
    '(?:x{2})+',
    '(\\d+)(件|条)',
  ])('accepts %s', (source) => {
    expect(backtrackingRisk(source)).toBeNull();
  });
});

describe('compilePattern', () => {
  it('explains both kinds of backtracking risk', () => {
    const nested = compilePattern('(a+)+');
    const alternation = compilePattern('(a|a)*');
    expect(!nested.ok && nested.error.en).toMatch(/nested repetition “\(a\+\)\+”/);
    expect(!alternation.ok && alternation.error.en).toMatch(/repeated alternatives that can match the same text “\(a\|a\)\*”/);
  });

  it('compiles with u, g and d flags', () => {
    const r = compilePattern('申请(?<n>\\d+)件', 'i');
    expect(r.ok && r.regex.flags).toBe('dgiu');
  });
  it('explains a syntax error in both languages', () => {
    const r = compilePattern('(abc');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.zh).toMatch(/^正则表达式无效：/);
      expect(r.error.en).toMatch(/^invalid regular expression: .*Unterminated group/);
    }
  });
});
