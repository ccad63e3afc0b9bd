// Checks resting on cells whose run-together digits split more than one way (model: `alternatives`): not asserted,
// reported once as "cannot verify (ambiguous split)"; a mismatch on a reading no split makes consistent ("as
// read") stays, with a note.
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../packages/core/src/model/types.js';
import { check, loadRule, modelOf } from './helpers.js';

const sumRule = `
id: t/sum
type: sum
level: error
description: { zh: 列和 }
forEach: { col: { a: 甲列, b: 乙列 } }
left: ['r.x.{col}', 'r.y.{col}']
right: ['r.z.{col}']
`;

function mark(model: ReportModel, key: string, alternatives?: number[]): ReportModel {
  model.cells[key].uncertain = true;
  if (alternatives) model.cells[key].alternatives = alternatives;
  return model;
}

describe('ambiguous splits', () => {
  const cells = { 'r.x.a': '1', 'r.y.a': '10', 'r.z.a': '2', 'r.x.b': '1', 'r.y.b': '1', 'r.z.b': '3' };

  it('sum: a mismatch resting on an ambiguous cell is one `ambiguous` info, with the readings shown', async () => {
    const f = await check(await loadRule(sumRule), mark(modelOf({ cells }), 'r.y.a', [0]));
    expect(f.map((x) => [x.messageId, x.level ?? 'rule'])).toEqual([
      ['mismatch', 'rule'],
      ['ambiguous', 'info'],
    ]);
    expect(f[0].key).toBe('r.z.b');
    expect(f[1].data).toMatchObject({ count: 1, keys: 'r.y.a = 10/0' });
  });

  it('sum: an uncertain cell without alternatives ("as read") keeps the mismatch, with a note first', async () => {
    const f = await check(await loadRule(sumRule), mark(modelOf({ cells }), 'r.y.a'));
    expect(f.map((x) => x.messageId)).toEqual(['mismatch', 'mismatch']);
    expect(f[0].related?.[0].message).toMatch(/拆分/);
  });

  it('compare and options.ambiguousLevel', async () => {
    const rule = await loadRule(`
id: t/cmp
type: compare
level: error
description: { zh: 比较 }
left: r.x.a
operator: '>='
right: r.y.a
options: { ambiguousLevel: off }
`);
    expect(await check(rule, mark(modelOf({ cells }), 'r.y.a', [0]))).toEqual([]);
  });

  it('text-table: a stated figure against an ambiguous cell is not a mismatch', async () => {
    const rule = await loadRule(`
id: t/tt
type: text-table
level: error
description: { zh: 文表 }
scope: all
figures:
  - name: 乙
    pattern: '乙(?<n>\\d+)件'
    expect: r.y.a
`);
    const model = mark(modelOf({ cells, text: '本年乙7件。\n' }), 'r.y.a', [0]);
    const f = await check(rule, model);
    expect(f.map((x) => [x.messageId, x.level])).toEqual([['ambiguous', 'info']]);
  });
});
