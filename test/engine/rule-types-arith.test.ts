// sum, compare, cells: arithmetic over table cells, on hand-built models with predictable positions.
import { describe, expect, it } from 'vitest';
import { at, check, loadRule, modelOf } from './helpers.js';

const sumRule = `
id: t/sum
type: sum
level: error
description: { zh: 列和 }
forEach: { col: { a: 甲列, total: 总计 } }
left: ['r.x.{col}', 'r.y.{col}']
right: ['r.z.{col}']
`;

describe('sum', () => {
  it('reports a mismatch at the first cell of the right side, with both sides as data and every cell related', async () => {
    const rule = await loadRule(sumRule);
    const model = modelOf({ cells: { 'r.x.a': '1', 'r.y.a': '2', 'r.z.a': '3', 'r.x.total': '5', 'r.y.total': '1', 'r.z.total': '7' } });
    const f = await check(rule, model);
    expect(f).toHaveLength(1);
    expect(at(f)).toEqual(['6:12']);
    expect(f[0]).toMatchObject({ messageId: 'mismatch', key: 'r.z.total', data: { col: '总计', left: 6, right: 7, leftExpr: '5 + 1', rightExpr: '7', expected: 6, actual: 7 } });
    expect(f[0].related?.map((r) => r.key)).toEqual(['r.x.total', 'r.y.total', 'r.z.total']);
    expect(f[0].related?.[0].message).toBe('r.x.total = 5');
  });

  it('points at the left side with at: left, and allows a tolerance', async () => {
    const rule = await loadRule(`${sumRule}at: left\ntolerance: 0.5\n`);
    const model = modelOf({ cells: { 'r.x.a': '1', 'r.y.a': '2.4', 'r.z.a': '3', 'r.x.total': '1', 'r.y.total': '1', 'r.z.total': '3' } });
    const f = await check(rule, model);
    expect(f.map((x) => x.key)).toEqual(['r.x.total']);
  });

  it('never treats a blank cell as 0: one aggregated unverifiable finding at the document start, level info', async () => {
    const rule = await loadRule(sumRule);
    const model = modelOf({ cells: { 'r.x.a': '', 'r.y.a': '2', 'r.z.a': '2', 'r.x.total': '', 'r.y.total': '1', 'r.z.total': '1' } });
    const f = await check(rule, model);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ messageId: 'unverifiable', level: 'info', data: { count: 2, keys: 'r.x.a、r.x.total' } });
    expect(at(f)).toEqual(['1:1']);
    expect(f[0].related?.map((r) => r.key)).toEqual(['r.x.a', 'r.x.total']);
  });

  it('honours options.unverifiableLevel, and stays silent when the whole table is absent', async () => {
    const rule = await loadRule(`${sumRule}options: { unverifiableLevel: off }\n`);
    expect(await check(rule, modelOf({ cells: { 'r.x.a': '', 'r.y.a': '1', 'r.z.a': '1' } }))).toEqual([]);
    const plain = await loadRule(sumRule);
    expect(await check(plain, modelOf({ cells: {} }))).toEqual([]);
  });

  it('expands * over the keys of the model (and the template cells reported missing)', async () => {
    const rule = await loadRule(`
id: t/star
type: sum
level: error
description: { zh: 星号 }
left: ["d.*.n"]
right: [d.total]
`);
    const ok = modelOf({ cells: { 'd.a.n': '1', 'd.b.n': '2', 'd.total': '3' } });
    expect(await check(rule, ok)).toEqual([]);
    const bad = modelOf({ cells: { 'd.a.n': '1', 'd.b.n': '2', 'd.total': '4' } });
    expect((await check(rule, bad))[0].data).toMatchObject({ left: 3, right: 4 });
    const missing = modelOf({ cells: { 'd.a.n': '1', 'd.total': '1' } });
    missing.tables.requests.missing = ['d.b.n'];
    expect((await check(rule, missing))[0]).toMatchObject({ messageId: 'unverifiable', data: { keys: 'd.b.n' } });
  });
});

describe('compare', () => {
  const rule = `
id: t/cmp
type: compare
level: warning
description: { zh: 比较 }
forEach: { row: { reg: 规章, doc: 规范性文件 } }
left: "p.{row}.valid"
operator: ">="
right: "p.{row}.made - p.{row}.repealed"
`;
  it('reports where the left expression fails the operator', async () => {
    const r = await loadRule(rule);
    const model = modelOf({ cells: { 'p.reg.made': '0', 'p.reg.repealed': '0', 'p.reg.valid': '0', 'p.doc.made': '5', 'p.doc.repealed': '1', 'p.doc.valid': '3' } });
    const f = await check(r, model);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ messageId: 'mismatch', key: 'p.doc.valid', data: { row: '规范性文件', left: 3, right: 4, operator: '>=', leftExpr: '3', rightExpr: '5 - 1' } });
    expect(at(f)).toEqual(['6:14']);
  });

  it('evaluates constants, option factors and meta keys', async () => {
    const share = await loadRule(`
id: t/share
type: compare
level: info
description: { zh: 占比 }
options: { share: 0.3 }
optionsSchema: { type: object, properties: { share: { type: number } } }
left: q.other
operator: "<="
right: "options.share * q.total"
`);
    expect(await check(share, modelOf({ cells: { 'q.other': '3', 'q.total': '10' } }))).toEqual([]);
    expect((await check(share, modelOf({ cells: { 'q.other': '4', 'q.total': '10' } })))[0].data).toMatchObject({ left: 4, right: 3, rightExpr: '0.3 × 10' });
    const zero = await loadRule(`
id: t/zero
type: compare
level: warning
description: { zh: 零 }
left: p.reg.made
operator: "="
right: "0"
`);
    expect((await check(zero, modelOf({ cells: { 'p.reg.made': '2' } })))[0].data).toMatchObject({ left: 2, right: 0 });
    const year = await loadRule(`
id: t/year
type: compare
level: warning
description: { zh: 年 }
left: meta.year
operator: ">="
right: "2021"
`);
    expect(await check(year, modelOf())).toEqual([]);
    expect(await check(year, modelOf({ overrides: { meta: { ...modelOf().meta, year: 2019 } } }))).toHaveLength(1);
  });

  it('does not run a check that needs last year\'s report when there is none', async () => {
    const r = await loadRule(`
id: t/prev
type: compare
level: warning
description: { zh: 上年 }
left: r.carriedOver.total
operator: "="
right: previous.r.carriedForward.total
`);
    expect(await check(r, modelOf({ cells: { 'r.carriedOver.total': '3' } }))).toEqual([]);
  });
});

describe('cells', () => {
  const base = `
id: t/cells
type: cells
level: error
description: { zh: 单元格 }
keys: ["t.*.*"]
integer: true
min: 0
max: 100
`;
  it('checks integers and bounds cell by cell, in document order', async () => {
    const r = await loadRule(base);
    const model = modelOf({ cells: { 't.a.x': '1.5', 't.a.y': '-2', 't.b.x': '101', 't.b.y': '7', 't.b.z': 'abc' } });
    const f = await check(r, model);
    expect(f.map((x) => `${x.messageId} ${x.key}`)).toEqual(['notInteger t.a.x', 'belowMin t.a.y', 'aboveMax t.b.x', 'notNumber t.b.z']);
    expect(f[1].data).toMatchObject({ raw: '-2', value: -2, min: 0 });
    expect(at(f)).toEqual(['1:8', '2:8', '3:8', '5:8']);
  });

  it('ignores blanks by default and reports them with blank: report', async () => {
    const model = modelOf({ cells: { 't.a.x': '', 't.a.y': '1', 't.b.x': '—' } });
    expect(await check(await loadRule(base), model)).toEqual([]);
    const r = await loadRule(`${base.replace('id: t/cells', 'id: t/blank')}blank: report\n`);
    expect((await check(r, model)).map((x) => `${x.messageId} ${x.key}`)).toEqual(['blank t.a.x', 'blank t.b.x']);
  });

  it('reports a wholly blank group once, at wholeGroupLevel', async () => {
    const r = await loadRule(`${base.replace('id: t/cells', 'id: t/group')}blank: report\ngroupBy: column\nwholeGroupLevel: warning\n`);
    const model = modelOf({ cells: { 't.a.x': '', 't.a.y': '1', 't.b.x': '', 't.b.y': '', 't.c.y': '2' } });
    const f = await check(r, model);
    expect(f.map((x) => `${x.messageId} ${x.key} ${x.level ?? ''}`)).toEqual(['groupBlank t.a.x warning', 'blank t.b.y ']);
    expect(f[0].data).toMatchObject({ group: 'x', count: 2 });
  });
});
