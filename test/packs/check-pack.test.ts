// `govlint check-pack` and `govlint init-pack` through the built CLI: every shipped pack passes; problems come
// out at file:line:column, all of them at once, in either language; the exit codes are 0, 1 and 2.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { govlint, repo, scratch } from '../cli/helpers.js';

const { dir: work, cleanup } = scratch('govlint-check-pack-');
afterAll(cleanup);

/** A pack under `work` from path → content; returns its folder name. */
function pack(name: string, files: Record<string, string>): string {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(work, name, rel)), { recursive: true });
    writeFileSync(path.join(work, name, rel), content);
  }
  return name;
}

const rule = (id: string, extra = '') =>
  `id: ${id}\ntype: existence\nlevel: warning\ndescription: { zh: 测试 }\nscope: all\ntokens: [点击数]\n${extra}examples:\n  valid:\n    - text: "一、总体情况\\n无。\\n"\n  invalid:\n    - text: "一、总体情况\\n点击数：3\\n"\n      errors: [{ line: 2, column: 1, messageId: found }]\n`;

describe('govlint check-pack', () => {
  it('passes every shipped pack', async () => {
    const packs = ['rules-national', 'rules-provincial/shandong', 'rules-provincial/shanghai', 'rules-provincial/hunan', 'rules-provincial/hunan/huaihua', 'rules-provincial/hunan/yueyang', 'rules-provincial/anhui'];
    const r = await govlint(['check-pack', ...packs.map((p) => `packages/${p}`), '-q'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('✔ 规则包 @govlint/')), r.stdout).toBe(true);
    expect(r.code).toBe(0);
  });

  it('reports every broken rule file, not only the first, at file:line:column (exit 1)', async () => {
    const name = pack('two-bad', {
      'pack.yaml': 'name: two-bad\nnamespace: t\n',
      'rules/t/a.yaml': rule('t/a').replace('scope: all', 'scop: all'),
      'rules/t/b.yaml': rule('t/b').replace("tokens: [点击数]", "pattern: '(a+)+'"),
    });
    const r = await govlint(['check-pack', name], { cwd: work });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('two-bad/rules/t/a.yaml:5:1: error: 未知字段 `scop`（是否应为 `scope`？）');
    expect(lines[1]).toMatch(/^two-bad\/rules\/t\/b\.yaml:6:10: error: .*\(a\+\)\+/);
    expect(lines.slice(2)).toEqual(['✖ 规则包 two-bad：2 个错误，0 个警告（规则包无法加载，示例未运行）', '']);
    expect(r.code).toBe(1);
  });

  it('reports a failing example at its line in the rule file, with what differs', async () => {
    const name = pack('bad-example', { 'pack.yaml': 'name: bad-example\nnamespace: t\n', 'rules/t/a.yaml': rule('t/a').replace('line: 2, column: 1', 'line: 3, column: 1') });
    const r = await govlint(['check-pack', name], { cwd: work });
    expect(r.stdout).toBe(
      'bad-example/rules/t/a.yaml:11:7: error: t/a：错误示例 1（text 1）未通过：\n  diagnostic 1: line 3 ≠ 2 (2:1 found 不应出现“点击数”)\n✖ 规则包 bad-example：1 个错误，0 个警告（2 个示例中 1 个未通过）\n',
    );
    expect(r.code).toBe(1);
    const en = await govlint(['check-pack', name, '--lang', 'en'], { cwd: work });
    expect(en.stdout.split('\n')[0]).toBe('bad-example/rules/t/a.yaml:11:7: error: t/a: invalid example 1 (text 1) fails:');
    expect(en.stdout).toContain('✖ pack bad-example: 1 error(s), 0 warning(s) (1 of 2 example(s) fail)');
  });

  it('reports a rule id the extended national pack already defines, and a levels entry naming no rule', async () => {
    const dup = pack('dup', { 'pack.yaml': 'name: dup\nextends: ["@govlint/rules-national"]\n', 'rules/noise/web-residue.yaml': rule('noise/web-residue') });
    const r = await govlint(['check-pack', dup], { cwd: work });
    const national = path.join(repo, 'packages/rules-national/rules/noise/web-residue.yaml');
    expect(r.stdout.split('\n')[0]).toBe(`dup/rules/noise/web-residue.yaml:1:5: error: 规则 id \`noise/web-residue\` 重复：${national}（@govlint/rules-national）与 ${path.join(work, dup, 'rules/noise/web-residue.yaml')}（dup）都定义了它`);
    expect(r.code).toBe(1);

    const levels = pack('levels', { 'pack.yaml': 'name: levels\nnamespace: t\nextends: ["@govlint/rules-national"]\nlevels:\n  table3/balanse: off\n', 'rules/t/a.yaml': rule('t/a') });
    const l = await govlint(['check-pack', levels], { cwd: work });
    expect(l.stdout.split('\n')[0]).toBe('levels/pack.yaml:5:3: error: levels 中的规则 `table3/balanse` 不存在');
    expect(l.code).toBe(1);
  });

  it('gives advice as warnings without failing: no namespace, no invalid example', async () => {
    const name = pack('advice', { 'pack.yaml': 'name: advice\n', 'rules/x/a.yaml': rule('x/a').replace(/  invalid:[\s\S]*$/, '') });
    const r = await govlint(['check-pack', name], { cwd: work });
    expect(r.stdout).toBe(
      [
        'advice/pack.yaml:1:7: warning: 未设置 namespace：规则 id 可能与其他规则包冲突（建议设置 namespace，并把规则放在 rules/<namespace>/ 下）',
        'advice/rules/x/a.yaml:8:3: warning: x/a 没有错误示例（examples.invalid）：无法证明规则会报告问题',
        '✔ 规则包 advice：1 条规则，1 个示例全部通过（2 个警告）',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
    expect((await govlint(['check-pack', name, '-q'], { cwd: work })).stdout).toBe('✔ 规则包 advice：1 条规则，1 个示例全部通过（2 个警告）\n');
  });

  it('exits 2 when the folder holds no pack', async () => {
    const r = await govlint(['check-pack', 'nowhere'], { cwd: work });
    expect([r.code, r.stderr]).toEqual([2, 'govlint: nowhere：不是规则包目录（缺少 pack.yaml）\n']);
  });
});

describe('govlint init-pack', () => {
  it('needs a namespace it can use', async () => {
    const chinese = await govlint(['init-pack', '淄博规则'], { cwd: work });
    expect([chinese.code, chinese.stderr]).toEqual([2, 'govlint: 无法从目录名“淄博规则”得出命名空间，请用 --namespace 指定（小写字母、数字和 -，如 zibo）\n']);
    const bad = await govlint(['init-pack', 'x', '--namespace', 'Zibo'], { cwd: work });
    expect([bad.code, bad.stderr]).toEqual([2, 'govlint: 命名空间“Zibo”无效：只能用小写字母、数字和 -，且以字母或数字开头\n']);
    const none = await govlint(['init-pack'], { cwd: work, env: { GOVLINT_LANG: 'en' } });
    expect([none.code, none.stderr]).toEqual([2, 'govlint: init-pack needs one folder: govlint init-pack DIR [--namespace NS]\n']);
  });

  it('writes a pack named after a Chinese folder with --namespace, which check-pack passes', async () => {
    const made = await govlint(['init-pack', '淄博规则', '--namespace', 'zibo'], { cwd: work });
    expect(made.code).toBe(0);
    const r = await govlint(['check-pack', '淄博规则'], { cwd: work });
    expect([r.code, r.stdout]).toEqual([0, '✔ 规则包 淄博规则：1 条规则，2 个示例全部通过（0 个警告）\n']);
  });
});
