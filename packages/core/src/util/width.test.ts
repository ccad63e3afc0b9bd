import { describe, expect, it } from 'vitest';
import { displayWidth, padDisplay, truncateDisplay } from './width.js';

describe('displayWidth', () => {
  it('counts CJK ideographs, fullwidth punctuation and kana as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('表三')).toBe(4);
    expect(displayWidth('（一）')).toBe(6);
    expect(displayWidth('，。')).toBe(4);
    expect(displayWidth('ｶ')).toBe(1); // halfwidth katakana stays narrow
    expect(displayWidth('カ')).toBe(2);
    expect(displayWidth('한')).toBe(2);
    expect(displayWidth('𠀀')).toBe(2); // astral plane ideograph: one code point, two UTF-16 units
  });

  it('ignores ANSI colour codes, combining marks and zero-width characters', () => {
    expect(displayWidth('\u001b[31m错误\u001b[39m')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('\ufeff表')).toBe(2);
  });

  it('treats emoji with emoji presentation as wide', () => {
    expect(displayWidth('🍣')).toBe(2);
    expect(displayWidth('✅')).toBe(2);
  });
});

describe('padDisplay / truncateDisplay', () => {
  it('pads to display columns, not code units', () => {
    expect(padDisplay('表三', 6)).toBe('表三  ');
    expect(padDisplay('12', 4, 'right')).toBe('  12');
    expect(padDisplay('很长的文字', 2)).toBe('很长的文字');
  });

  it('cuts at a column budget without splitting a wide character', () => {
    expect(truncateDisplay('政府信息公开', 7)).toBe('政府信…');
    expect(displayWidth(truncateDisplay('政府信息公开', 7))).toBeLessThanOrEqual(7);
    expect(truncateDisplay('abc', 5)).toBe('abc');
  });
});
