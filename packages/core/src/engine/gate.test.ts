import { describe, expect, it } from 'vitest';
import { regionIn, regionKey } from './gate.js';

describe('regionIn', () => {
  it('matches a region and the places inside it, not a sibling or a parent', () => {
    expect(regionIn('山东', ['山东'])).toBe(true);
    expect(regionIn('山东/淄博', ['山东'])).toBe(true);
    expect(regionIn('山东/淄博/博山', ['山东/淄博'])).toBe(true);
    expect(regionIn('山东', ['山东/淄博'])).toBe(false);
    expect(regionIn('山东/威海', ['山东/淄博'])).toBe(false);
    expect(regionIn('山西', ['山东'])).toBe(false);
    expect(regionIn('湖南长沙', ['湖南'])).toBe(false);
  });

  it('ignores the administrative suffix written or left out', () => {
    expect(regionIn('山东省', ['山东'])).toBe(true);
    expect(regionIn('湖南省/怀化市', ['湖南/怀化'])).toBe(true);
    expect(regionIn('上海市/杨浦区', ['上海'])).toBe(true);
    expect(regionIn('安徽', ['安徽省'])).toBe(true);
    expect(regionIn('广西壮族自治区', ['广西'])).toBe(true);
    expect(regionIn(' 山东省 / 淄博市 ', ['山东/淄博'])).toBe(true);
  });

  it('keeps a suffix character that is part of a two-character name', () => {
    expect(regionKey('沙市')).toBe('沙市');
    expect(regionKey('湖北省/荆州市/沙市区')).toBe('湖北/荆州/沙市区');
  });

  it('is false for anything but a string region and a list', () => {
    expect(regionIn(undefined, ['山东'])).toBe(false);
    expect(regionIn('山东', '山东')).toBe(false);
    expect(regionIn('山东', [42])).toBe(false);
  });
});
