// Script rules: imported once, run with a time limit; a throwing or hanging script gives one fatal diagnostic
// for its rule while the other rules still report.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocContext } from '../../packages/core/src/engine/doc-context.js';
import { loadPackSet } from '../../packages/core/src/engine/pack-set.js';
import { findWorker, ScriptHost, ScriptTimeout } from '../../packages/core/src/engine/script-host.js';
import { toDiagnostics } from '../../packages/core/src/report/to-diagnostics.js';
import { modelOf, writeTree } from './helpers.js';

const scriptRule = (id: string, module: string, extra = '') =>
  `id: ${id}\ntype: script\nlevel: warning\ndescription: { zh: 脚本 }\nmodule: "${module}"\nmessages: { hello: { zh: "你好 {{year}} {{opt}}", en: "hello {{year}} {{opt}}" } }\n${extra}`;

const SCRIPTS = {
  'scripts/ok.js': "export default (ctx) => [{ messageId: 'hello', span: ctx.helpers.span(0, 2), data: { year: ctx.model.meta.year, opt: ctx.options.x ?? '' } }, { messageId: 'hello', range: [3, 4] }, { messageId: 'hello', key: 'a.b' }];",
  'scripts/throws.js': "export default () => { throw new Error('boom'); };",
  'scripts/hangs.js': 'export default () => new Promise(() => {});',
  'scripts/loops.js': 'export default () => { for (;;) {} };',
  'scripts/bad.js': "export default () => [{ messageId: 'x' }];",
  'scripts/import-throws.js': "throw new Error('at import');",
};

function pack(rules: Record<string, string>): string {
  return writeTree({ 'pack.yaml': 'name: script-pack\n', ...SCRIPTS, ...Object.fromEntries(Object.entries(rules).map(([k, v]) => [`rules/${k}`, v])) });
}

const plan = { level: () => undefined, options: (r: { type: { defaultOptions?: object }; raw: { options?: object } }) => ({ ...r.type.defaultOptions, ...r.raw.options }) };

describe('script rules', () => {
  it('run the module with ctx (model, options, helpers) and accept span, range or key', async () => {
    const set = await loadPackSet([pack({ 's/ok.yaml': scriptRule('s/ok', '../../scripts/ok.js', 'options: { x: 7 }\n') })]);
    const model = modelOf({ cells: { 'a.b': '1' } });
    const [o] = await set.runner.run(new DocContext(model, {}, 'en'), plan);
    expect(o.findings.map((f) => [f.span.start.offset, f.span.end.offset])).toEqual([[0, 2], [3, 4], [5, 6]]);
    expect(toDiagnostics([o], 'en')[0].message).toBe('hello 2024 7');
  });

  it('a throwing script, a hanging one and a malformed result each give one fatal finding; the others still run', async () => {
    const set = await loadPackSet([
      pack({
        's/ok.yaml': scriptRule('s/ok', '../../scripts/ok.js'),
        's/throws.yaml': scriptRule('s/throws', '../../scripts/throws.js'),
        's/hangs.yaml': scriptRule('s/hangs', '../../scripts/hangs.js', 'options: { timeoutMs: 50 }\n'),
        's/bad.yaml': scriptRule('s/bad', '../../scripts/bad.js'),
      }),
    ]);
    const outcomes = await set.runner.run(new DocContext(modelOf({ cells: { 'a.b': '1' } }), {}, 'zh'), plan);
    const byId = Object.fromEntries(outcomes.map((o) => [o.rule.id, o.findings]));
    expect(byId['s/ok']).toHaveLength(3);
    expect(byId['s/throws']).toMatchObject([{ fatal: true, messageId: 'crash', data: { reason: 'boom' } }]);
    expect(byId['s/hangs']).toMatchObject([{ fatal: true, messageId: 'timeout', data: { ms: 50 } }]);
    expect(byId['s/bad']).toMatchObject([{ fatal: true, messageId: 'crash' }]);
    const diags = toDiagnostics(outcomes, 'zh').filter((d) => d.fatal);
    expect(diags.map((d) => `${d.ruleId} ${d.severity} ${d.message}`).sort()).toEqual([
      's/bad error 规则执行出错：finding 0 has no span (give span, range or key)',
      's/hangs error 规则脚本运行超过 50 毫秒，已中止',
      's/throws error 规则执行出错：boom',
    ]);
  });

  it('scripts run in this thread are imported before the first document; one that fails to import is its rule\'s crash', async () => {
    process.env.GOVLINT_SCRIPT_THREAD = 'main';
    try {
      const set = await loadPackSet([
        pack({ 's/ok.yaml': scriptRule('s/ok', '../../scripts/ok.js'), 's/broken.yaml': scriptRule('s/broken', '../../scripts/import-throws.js') }),
      ]);
      const times: Record<string, number> = {};
      const outcomes = await set.runner.run(new DocContext(modelOf({ cells: { 'a.b': '1' } }), {}, 'zh'), plan, times);
      const byId = Object.fromEntries(outcomes.map((o) => [o.rule.id, o.findings]));
      expect(byId['s/ok']).toHaveLength(3);
      expect(byId['s/broken']).toMatchObject([{ fatal: true, messageId: 'crash', data: { reason: 'at import' } }]);
      expect(Object.keys(times).sort()).toEqual(['(gates)', 's/broken', 's/ok']);
      // Imported beforehand (prepare, which run does first), a script answers at once: its time is its call
      // alone. Not imported yet, its first call waits for the import.
      const fresh = () => loadPackSet([pack({ 's/ok.yaml': scriptRule('s/ok', '../../scripts/ok.js') })]);
      const doc = new DocContext(modelOf({ cells: { 'a.b': '1' } }), {}, 'zh');
      const cold = await fresh();
      expect(cold.rules[0].check(doc, plan.options(cold.rules[0]))).toBeInstanceOf(Promise);
      const warm = await fresh();
      await warm.runner.prepare();
      expect(warm.rules[0].check(doc, plan.options(warm.rules[0]))).toHaveLength(3);
    } finally {
      delete process.env.GOVLINT_SCRIPT_THREAD;
    }
  });

  it('a module that does not exist is a load-time error at `module`', async () => {
    await expect(loadPackSet([pack({ 's/none.yaml': scriptRule('s/none', '../../scripts/none.js') })])).rejects.toThrow(/s\/none\.yaml:5:9: 找不到脚本模块/);
  });

  // A synchronous infinite loop can only be stopped by terminating a worker: that needs the compiled worker
  // (packages/core/dist, built by `pnpm run build` before the test suite).
  it.runIf(findWorker() !== null)('stops a synchronous infinite loop (worker thread) and keeps working afterwards', async () => {
    const dir = pack({});
    const host = new ScriptHost(findWorker());
    expect(host.mode).toBe('worker');
    const input = { model: modelOf({ cells: { 'a.b': '1' } }), options: {}, settings: {}, lang: 'zh' as const };
    const t = Date.now();
    await expect(host.run(new URL(`file://${dir}/scripts/loops.js`).href, input, 200)).rejects.toBeInstanceOf(ScriptTimeout);
    expect(Date.now() - t).toBeLessThan(2000);
    const after = await host.run(new URL(`file://${dir}/scripts/ok.js`).href, input, 2000);
    expect(after).toHaveLength(3);
    await host.close();
  });

  it('finds the compiled worker when core is built', () => {
    const built = existsSync(new URL('../../packages/core/dist/engine/script-worker.js', import.meta.url));
    expect(findWorker() !== null).toBe(built);
  });
});
