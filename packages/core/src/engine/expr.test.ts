import { describe, expect, it } from 'vitest';
import { DocContext } from './doc-context.js';
import { evalExpr, parseExpr } from './expr.js';
import { resolvePath } from './path.js';
import type { ReportModel } from '../model/types.js';

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const model = {
  cells: { 'a.x': { value: 3, raw: '3', span }, 'a.y': { value: 4, raw: '4', span }, 'a.z': { value: null, raw: '', span }, 'b.total': { value: 10, raw: '10', span } },
  tables: { proactive: { present: true, missing: ['a.w'], extra: [] }, requests: { present: true, missing: [], extra: [] }, appeals: { present: true, missing: [], extra: [] } },
  meta: { year: 2024, publicationDate: { value: '2025-02-17', text: '', span } },
  text: '',
} as unknown as ReportModel;
const doc = new DocContext(model, {}, 'zh');

describe('parseExpr', () => {
  it('parses sums, differences, factors and star keys', () => {
    expect(parseExpr('a.x + a.y - 2').terms.map((t) => [t.sign, t.factors.length])).toEqual([[1, 1], [1, 1], [-1, 1]]);
    expect(parseExpr('0.3 * b.total').terms[0].factors).toEqual([{ kind: 'number', value: 0.3 }, { kind: 'ref', ref: 'b.total' }]);
    expect(parseExpr('requests.denied.*.total').terms[0].factors).toEqual([{ kind: 'ref', ref: 'requests.denied.*.total' }]);
    expect(parseExpr('a*b').terms[0].factors).toEqual([{ kind: 'ref', ref: 'a' }, { kind: 'ref', ref: 'b' }]);
    expect(parseExpr('-a.x').terms[0].sign).toBe(-1);
  });
  it.each([
    ['a +', 'the expression ends with an operator'],
    ['', 'empty expression'],
    ['a b', 'expected + - or * before "b"'],
    ['a ? b', 'unexpected "?" at character 2'],
  ])('rejects %j: %s', (src, reason) => {
    expect(() => parseExpr(src)).toThrow(reason);
  });
});

describe('evalExpr', () => {
  it('sums known cells and rounds float noise', () => {
    expect(evalExpr(parseExpr('a.x + a.y - 2'), doc, {})).toMatchObject({ status: 'ok', value: 5 });
    expect(evalExpr(parseExpr('0.1 * a.x'), doc, {})).toMatchObject({ status: 'ok', value: 0.3 });
    expect(evalExpr(parseExpr('meta.year + meta.publicationYear'), doc, {})).toMatchObject({ status: 'ok', value: 4049 });
  });
  it('a blank, a missing or an unknown key makes the value unknown; a missing option or previous makes it unavailable', () => {
    expect(evalExpr(parseExpr('a.x + a.z'), doc, {})).toMatchObject({ status: 'blank', blank: ['a.z'], present: 2 });
    expect(evalExpr(parseExpr('a.*'), doc, {})).toMatchObject({ status: 'blank', blank: ['a.z', 'a.w'], present: 3 });
    expect(evalExpr(parseExpr('nope.key'), doc, {})).toMatchObject({ status: 'blank', blank: ['nope.key'], present: 0 });
    expect(evalExpr(parseExpr('options.share * b.total'), doc, {})).toEqual({ status: 'unavailable' });
    expect(evalExpr(parseExpr('previous.b.total'), doc, {})).toEqual({ status: 'unavailable' });
    expect(evalExpr(parseExpr('previous.b.total'), new DocContext(model, {}, 'zh', model), {})).toMatchObject({ status: 'ok', value: 10 });
  });
});

describe('resolvePath', () => {
  it('walks dot paths whose keys may contain dots (cell keys)', () => {
    expect(resolvePath(model, 'cells.a.x.value')).toBe(3);
    expect(resolvePath({ cells: model.cells }, '$.cells.b.total.raw')).toBe('10');
    expect(resolvePath(model, 'meta.publicationDate.value')).toBe('2025-02-17');
    expect(resolvePath(model, 'meta.nothing.here')).toBeUndefined();
    expect(resolvePath(model, '$')).toBe(model);
  });
});
