import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';
import { isNumeric, isValueLike, parseCellNumber } from './number.js';
import { isBlank, normalizeLabel, normalizeWithMap, stripEnumerator, trimRange } from './text.js';

describe('label normalisation (rulebook §3.8)', () => {
  it.each([
    ['自 然 人', '自然人'],
    ['（一）予以公开', '(一)予以公开'],
    ['(一) 予以公开', '(一)予以公开'],
    ['3.危及“三安全一稳定”', '3.危及三安全一稳定'],
    ['3.危及"三安全一稳定"', '3.危及三安全一稳定'],
    ['1、属于国家秘密', '1.属于国家秘密'],
    ['一.本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量'],
    ['本年收费金额（单位：万元）', '本年收费金额(单位:万元)'],
    ['\u00a0\u00a0一、\u3000总体情况', '一、总体情况'],
    ['１７２８．５９', '1728.59'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('maps every normalised character back to its source offset', () => {
    const { text, map } = normalizeWithMap('结果 维持');
    expect(text).toBe('结果维持');
    expect(map).toEqual([0, 1, 3, 4, 5]);
  });

  it('strips enumerators', () => {
    expect(['一、本年新收', '(三)不予公开', '1.属于国家秘密', '规章'].map(stripEnumerator)).toEqual(['本年新收', '不予公开', '属于国家秘密', '规章']);
  });

  it('blank and trim know NBSP and U+3000', () => {
    expect([isBlank(''), isBlank('\u00a0'), isBlank('\u3000 \t'), isBlank('0')]).toEqual([true, true, true, false]);
    expect(trimRange('\u00a0 0\u00a0')).toEqual([2, 3]);
  });
});

describe('cell values', () => {
  it.each([
    ['0', 0],
    ['1728.59', 1728.59],
    ['19,513', 19513],
    ['160.5964万元', 160.5964],
    ['１２', 12],
    ['—', null],
    ['', null],
    ['1,5', null],
  ])('%s → %s', (raw, value) => {
    expect(parseCellNumber(raw)).toBe(value);
  });

  it('value-like vs label', () => {
    expect(['0', ' 12 ', '—', '-', '/', '无', '\u00a0', '35件'].every(isValueLike)).toBe(true);
    expect(['规章', '1.属于国家秘密', '2024年', '第二十条第(一)项'].some(isValueLike)).toBe(false);
    expect([isNumeric('—'), isNumeric('0')]).toEqual([false, true]);
  });
});

describe('edit distance', () => {
  it('counts edits and stops early past the bound', () => {
    expect(editDistance('本年度止件数', '本年废止件数')).toBe(1);
    expect(editDistance('结果维持', '结果纠正')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('', 'ab')).toBe(2);
  });
});
