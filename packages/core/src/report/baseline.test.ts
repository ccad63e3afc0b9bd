import { describe, expect, it } from 'vitest';
import { baselineEntries, createBaseline, findingFingerprint, parseBaseline, suppressFindings } from './baseline.js';
import type { Diagnostic } from './diagnostic.js';

const at = (line: number) => ({ line, column: 1, offset: line * 10 });
const finding = (line: number, data: Record<string, string | number>, ruleId = 'wording/jiezhi'): Diagnostic => ({
  ruleId,
  pack: '@govlint/rules-national',
  severity: 'warning',
  message: `“${String(data.match)}”`,
  data,
  span: { start: at(line), end: at(line) },
});

describe('baseline matching', () => {
  it('fingerprints what a finding says, not where: moved lines and re-typed spaces change nothing', () => {
    expect(findingFingerprint(finding(3, { match: '截止2019年' }))).toBe(findingFingerprint(finding(30, { match: '截止2019年' })));
    expect(findingFingerprint(finding(3, { written: '自 然  人' }))).toBe(findingFingerprint(finding(3, { written: '自\u3000然 人' })));
    expect(findingFingerprint(finding(3, { match: '截止2019年' }))).not.toBe(findingFingerprint(finding(3, { match: '截止2020年' })));
  });

  it('counts: a second identical finding is new, a missing one is fixed; fatal diagnostics are never accepted', () => {
    const entries = baselineEntries([finding(3, { match: 'a' }), finding(9, { match: 'a' }), { ...finding(1, { match: 'x' }), fatal: true }]);
    expect(entries).toEqual([expect.objectContaining({ ruleId: 'wording/jiezhi', count: 2 })]);
    const three = [finding(4, { match: 'a' }), finding(5, { match: 'a' }), finding(6, { match: 'a' })];
    expect(suppressFindings(three, entries)).toMatchObject({ suppressed: 2, fixed: 0, messages: [three[2]] });
    expect(suppressFindings([], entries)).toMatchObject({ suppressed: 0, fixed: 2, messages: [] });
  });

  it('round-trips through JSON, keeps files not linted again, and rejects what the schema would', () => {
    const first = createBaseline(new Map([['b.txt', baselineEntries([finding(1, { match: 'b' })])], ['a.txt', []]]));
    const next = createBaseline(new Map([['a.txt', baselineEntries([finding(1, { match: 'a' })])]]), parseBaseline(JSON.stringify(first)));
    expect(Object.keys(next.files)).toEqual(['a.txt', 'b.txt']);
    expect(() => parseBaseline('{"baselineVersion":2,"files":{}}')).toThrow('baselineVersion must be 1');
    expect(() => parseBaseline('{"baselineVersion":1,"files":{"a":[{"ruleId":"r","fingerprint":"f","count":0,"message":""}]}}')).toThrow('files["a"]');
  });
});
