import { describe, expect, it } from 'vitest';
import { memoize } from './memoize.js';

describe('memoize', () => {
  it('makes each answer once, null answers included, and starts over when full', () => {
    const made: string[] = [];
    const label = memoize((key: string) => {
      made.push(key);
      return key === 'none' ? null : key.toUpperCase();
    }, 2);
    expect([label('a'), label('a'), label('none'), label('none')]).toEqual(['A', 'A', null, null]);
    expect(made).toEqual(['a', 'none']);
    label('b'); // full: starts over with b
    label('a');
    expect(made).toEqual(['a', 'none', 'b', 'a']);
  });
});
