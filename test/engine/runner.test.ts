// The json-rules-engine bridge: gates (when), level gates (levels), the condition type, scripts, and the
// guarantee that one failing rule does not stop the others.
import { describe, expect, it } from 'vitest';
import { DocContext } from '../../packages/core/src/engine/doc-context.js';
import { loadPackSet } from '../../packages/core/src/engine/pack-set.js';
import type { RunPlan } from '../../packages/core/src/engine/runner.js';
import type { Settings } from '../../packages/core/src/config/types.js';
import type { ReportModel } from '../../packages/core/src/model/types.js';
import { modelOf, tmpPack } from './helpers.js';

const always = (id: string, extra = '') => `id: ${id}
type: condition
level: warning
description: { zh: 总是 }
conditions: { all: [ { fact: meta, path: format, operator: equal, value: txt } ] }
${extra}`;

const plan = (levels: Record<string, string> = {}, only?: string[]): RunPlan => ({
  level: (r) => levels[r.id] as never,
  options: (r) => ({ ...r.type.defaultOptions, ...r.raw.options }),
  only: only ? new Set(only) : undefined,
});

async function run(rules: Record<string, string>, model: ReportModel = modelOf(), settings: Settings = {}, p = plan()) {
  const set = await loadPackSet([tmpPack(rules)]);
  const outcomes = await set.runner.run(new DocContext(model, settings, 'zh'), p);
  return Object.fromEntries(outcomes.map((o) => [o.rule.id, { level: o.level, n: o.findings.length, findings: o.findings }]));
}

describe('gates', () => {
  it('runs a rule only when every key of `when` holds', async () => {
    const rules = {
      'g/template.yaml': always('g/template', 'when: { template: [gov-2019] }'),
      'g/year.yaml': always('g/year', 'when: { year: { gte: 2021, lte: 2024 } }'),
      'g/body.yaml': always('g/body', 'when: { bodyType: [township, subdistrict] }'),
      'g/region.yaml': always('g/region', 'when: { region: [山东] }'),
      'g/format.yaml': always('g/format', 'when: { format: [txt] }'),
      'g/setting.yaml': always('g/setting', 'when: { setting: { previous: true } }'),
      'g/raw.yaml': always('g/raw', 'when: { conditions: { any: [ { fact: cells, path: a.b.c.value, operator: greaterThan, value: 0 } ] } }'),
    };
    const model = modelOf({ cells: { 'a.b.c': '2' } });
    model.meta.bodyType = 'township';
    const fired = Object.keys(await run(rules, model, { region: '山东/淄博' })).sort();
    expect(fired).toEqual(['g/body', 'g/format', 'g/raw', 'g/region', 'g/year']);
    const other = Object.keys(await run(rules, modelOf(), { region: '山西省', previous: '/x/2023.txt' })).sort();
    expect(other).toEqual(['g/format', 'g/setting', 'g/year']);
  });

  it('a year gate does not hold when the year is unknown', async () => {
    const model = modelOf();
    model.meta.year = null;
    expect(await run({ 'g/year.yaml': always('g/year', 'when: { year: { gte: 2021 } }') }, model)).toEqual({});
  });

  it('levels: the first entry whose gate holds sets the level; the config level wins over both', async () => {
    const rules = { 'l/v.yaml': always('l/v', 'levels:\n  - { when: { year: { gte: 2025 } }, level: info }\n  - { when: { year: { gte: 2021 } }, level: error }\n') };
    expect((await run(rules))['l/v'].level).toBe('error');
    const old = modelOf();
    old.meta.year = 2019;
    expect((await run(rules, old))['l/v'].level).toBe('warning');
    expect((await run(rules, modelOf(), {}, plan({ 'l/v': 'info' })))['l/v'].level).toBe('info');
  });

  it('a rule off by config or outside `only` is not computed', async () => {
    const rules = { 'o/a.yaml': always('o/a'), 'o/b.yaml': always('o/b'), 'o/c.yaml': always('o/c', '').replace('level: warning', 'level: off') };
    expect(Object.keys(await run(rules, modelOf(), {}, plan({ 'o/a': 'off' }))).sort()).toEqual(['o/b']);
    expect(Object.keys(await run(rules, modelOf(), {}, plan({}, ['o/a'])))).toEqual(['o/a']);
  });
});

describe('condition', () => {
  it('reports at a model path: one element, or every element with [*]', async () => {
    const model = modelOf({ text: '本年新制作数量\n政府集中采购\n' });
    model.meta.signatures2019 = [
      { value: '本年新制作数量', text: '本年新制作数量', span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 8, offset: 7 } } },
      { value: '政府集中采购', text: '政府集中采购', span: { start: { line: 2, column: 1, offset: 8 }, end: { line: 2, column: 7, offset: 14 } } },
    ];
    const cond = "conditions: { all: [ { fact: meta, path: signatures2019, operator: nonEmpty, value: true } ] }\n";
    const out = await run(
      {
        'c/first.yaml': `id: c/first\ntype: condition\nlevel: info\ndescription: { zh: 一 }\n${cond}at: "meta.signatures2019[0]"\n`,
        'c/all.yaml': `id: c/all\ntype: condition\nlevel: info\ndescription: { zh: 全 }\n${cond}at: "meta.signatures2019[*]"\n`,
        'c/doc.yaml': `id: c/doc\ntype: condition\nlevel: info\ndescription: { zh: 文 }\n${cond}at: document\n`,
        'c/none.yaml': `id: c/none\ntype: condition\nlevel: info\ndescription: { zh: 无 }\nconditions: { all: [ { fact: meta, path: title, operator: notEqual, value: null } ] }\n`,
      },
      model,
    );
    expect(out['c/first'].findings.map((f) => [f.span.start.line, f.data])).toEqual([[1, { text: '本年新制作数量', count: 2 }]]);
    expect(out['c/all'].findings.map((f) => f.span.start.line)).toEqual([1, 2]);
    expect(out['c/doc'].findings.map((f) => f.span.start.offset)).toEqual([0]);
    expect(out['c/none']).toBeUndefined();
  });
});
