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
  ])('rejects %s', (source, fragment) => {
    expect(backtrackingRisk(source)).toBe(fragment);
  });

  it.each([
    '(?:新收|收到)[^。，；]{0,20}?申请[^0-9。]{0,10}?(?<n>\\d+)\\s*件',
    '(a|b)+',
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
