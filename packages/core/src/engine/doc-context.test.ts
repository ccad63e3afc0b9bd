// Key patterns of rules: `*` one segment, `**` any number of segments (none included).
import { describe, expect, it } from 'vitest';
import { keyGlob } from './doc-context.js';
import { parseExpr } from './expr.js';

const matches = (pattern: string, key: string) => new RegExp(`^${keyGlob(pattern)}$`).test(key);

describe('keyGlob', () => {
  it('`*` is one key segment', () => {
    expect(matches('requests.denied.*.total', 'requests.denied.stateSecret.total')).toBe(true);
    expect(matches('requests.denied.*.total', 'requests.denied.total')).toBe(false);
  });

  it('`**` is any number of segments: the 2019 single （六） row and the 2021 sub-rows alike', () => {
    for (const key of ['requests.otherHandling.total', 'requests.otherHandling.other.total', 'requests.otherHandling.a.b.total']) {
      expect(matches('requests.otherHandling.**.total', key)).toBe(true);
    }
    expect(matches('requests.otherHandling.**.total', 'requests.otherHandlingX.total')).toBe(false);
    expect(matches('requests.otherHandling.**.total', 'requests.otherHandling.other.naturalPerson')).toBe(false);
  });

  it('other characters are literal', () => {
    expect(matches('a.b+c', 'a.b+c')).toBe(true);
    expect(matches('a.b+c', 'a.bbc')).toBe(false);
  });
});

describe('expressions with `**`', () => {
  it('a `**` segment belongs to the key, `*` between operands multiplies', () => {
    expect(parseExpr('requests.otherHandling.**.total + 2 * a.b').terms.map((t) => t.factors)).toEqual([
      [{ kind: 'ref', ref: 'requests.otherHandling.**.total' }],
      [
        { kind: 'number', value: 2 },
        { kind: 'ref', ref: 'a.b' },
      ],
    ]);
  });
});
