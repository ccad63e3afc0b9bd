// Loading packs: schema errors as one sentence at file:line:column, bad and backtracking-prone regexes,
// ids that must match their file, duplicate ids across packs, extends chains, levels, npm names.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../packages/core/src/config/errors.js';
import { loadPack } from '../../packages/core/src/engine/pack-loader.js';
import { loadPackSet } from '../../packages/core/src/engine/pack-set.js';
import { tmpPack, writeTree } from './helpers.js';

const ok = (id: string, extra = '') => `id: ${id}\ntype: existence\nlevel: warning\ndescription: { zh: 测试 }\ntokens: [甲]\n${extra}`;

async function loadError(dir: string): Promise<ConfigError> {
  try {
    await loadPack(dir, dir);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('pack.yaml', () => {
  it('an unknown field is named at its position, with a suggestion', async () => {
    const dir = tmpPack({}, 'name: p\nversion: 1.0.0\nextend: []\n');
    const e = await loadError(dir);
    expect(e.message).toBe(`${dir}/pack.yaml:3:1: 未知字段 \`extend\`（是否应为 \`extends\`？）`);
    expect(e.format('en')).toBe(`${dir}/pack.yaml:3:1: unknown field \`extend\` (did you mean \`extends\`?)`);
    expect([e.line, e.column]).toEqual([3, 1]);
  });

  it('a missing pack folder or a YAML syntax error is a ConfigError too', async () => {
    await expect(loadPack('./nowhere', '/tmp')).rejects.toThrow(/找不到规则包：\.\/nowhere/);
    const e = await loadError(tmpPack({}, 'name: [p\n'));
    expect(e.message).toMatch(/pack\.yaml:2:1: YAML 语法错误/);
  });
});

describe('rule files', () => {
  it.each([
    ['an unknown type, with a suggestion', ok('a/b').replace('type: existence', 'type: existance'), '2:7', '字段 `type` 的值 `existance` 无效，应为 sum、compare、cells、sections、tables、labels、existence、substitution、occurrence、consistency、text-table、condition、script 之一（是否应为 `existence`？）'],
    ['a bad level', ok('a/b').replace('level: warning', 'level: warn'), '3:8', '字段 `level` 的值 `warn` 无效，应为 error、warning、info、off 之一'],
    ['a missing description', ok('a/b').replace('description: { zh: 测试 }\n', ''), '1:1', '缺少必填字段 `description`'],
    ['a field of another type', `${ok('a/b')}forEach: {}\n`, '6:1', '未知字段 `forEach`'],
    ['a misspelt nested field', `${ok('a/b')}examples: { valid: [ { fixtur: x.txt } ] }\n`, '6:24', '未知字段 `fixtur`（是否应为 `fixture`？）'],
    ['a wrong type', ok('a/b').replace('tokens: [甲]', 'tokens: 甲'), '5:9', '字段 `tokens` 应为列表'],
    ['an id that is not family/name', ok('a/b').replace('id: a/b', 'id: AB'), '1:5', '字段 `id` 的值 `AB` 格式不对：family/name (lower case, digits and "-"), e.g. table3/balance'],
  ])('reports %s at its line and column', async (_name, yaml, pos, text) => {
    const dir = tmpPack({ 'a/b.yaml': yaml });
    const e = await loadError(dir);
    expect(e.message).toBe(`${dir}/rules/a/b.yaml:${pos}: ${text}`);
  });

  it('the id must match the file path', async () => {
    const dir = tmpPack({ 'a/c.yaml': ok('a/b') });
    expect((await loadError(dir)).message).toBe(`${dir}/rules/a/c.yaml:1:5: 规则 id \`a/b\` 与文件位置不符：此文件的 id 应为 \`a/c\`（或把文件移到 rules/a/b.yaml）`);
  });

  it('a regex that does not compile is reported at the pattern', async () => {
    const dir = tmpPack({ 'a/b.yaml': `id: a/b\ntype: existence\nlevel: info\ndescription: { zh: 测 }\npattern: '(未闭合'\n` });
    expect((await loadError(dir)).message).toBe(`${dir}/rules/a/b.yaml:5:10: 正则表达式无效：/(未闭合/dgu: Unterminated group`);
  });

  it('a regex prone to catastrophic backtracking is rejected at load time', async () => {
    const dir = tmpPack({ 'a/b.yaml': `id: a/b\ntype: occurrence\nlevel: info\ndescription: { zh: 测 }\nmin: 1\npatterns:\n  - { name: x, pattern: '(\\d+\\s*)+件' }\n` });
    const e = await loadError(dir);
    expect(e.message).toBe(`${dir}/rules/a/b.yaml:7:25: 正则表达式可能导致灾难性回溯：嵌套的重复“(\\d+\\s*)+”（如 (a+)+、(.*)*、(\\d+\\s*)+）。请去掉内层或外层的重复，或改用有界重复 {0,n}`);
    expect(e.format('en')).toMatch(/prone to catastrophic backtracking/);
  });

  it('an unknown placeholder, a bad expression and an unknown scope are load-time errors', async () => {
    const sum = `id: a/b\ntype: sum\nlevel: error\ndescription: { zh: 测 }\nleft: ["x.{col}"]\nright: [y]\n`;
    expect((await loadError(tmpPack({ 'a/b.yaml': sum }))).message).toMatch(/a\/b\.yaml:5:7: 占位符 `\{col\}` 未在 forEach 中定义$/);
    const cmp = `id: a/b\ntype: compare\nlevel: error\ndescription: { zh: 测 }\nleft: "x +"\noperator: "="\nright: y\n`;
    expect((await loadError(tmpPack({ 'a/b.yaml': cmp }))).message).toMatch(/a\/b\.yaml:5:7: 表达式 `x \+` 无效：the expression ends with an operator$/);
    const scope = ok('a/b', 'scope: section:misc\n');
    expect((await loadError(tmpPack({ 'a/b.yaml': scope }))).message).toMatch(/a\/b\.yaml:6:8: 未知的范围 `section:misc`/);
  });

  it('JSON rule files are validated with positions as well', async () => {
    const dir = tmpPack({ 'a/b.json': '{\n  "id": "a/b",\n  "type": "existence",\n  "level": "warning",\n  "description": { "zh": "测" },\n  "token": ["甲"]\n}\n' });
    expect((await loadError(dir)).message).toBe(`${dir}/rules/a/b.json:6:3: 未知字段 \`token\`（是否应为 \`tokens\`？）`);
  });
});

describe('pack sets', () => {
  it('loads a pack from a folder outside the repository, by path, with its vocab and docs URL', async () => {
    const dir = writeTree({
      'pack.yaml': 'name: "@me/pack"\nversion: 1.2.3\nnamespace: me\ndocsBase: https://example.org/rules/\n',
      'rules/me/noise/web.yaml': ok('me/noise/web').replace('tokens: [甲]', 'tokens: [vocab:web]'),
      'vocab/web.txt': '# site residue\n公网安备\nICP备\n',
    });
    const pack = await loadPack(dir, '/');
    expect(pack).toMatchObject({ name: '@me/pack', version: '1.2.3', dir });
    expect(pack.rules.map((r) => [r.id, r.url])).toEqual([['me/noise/web', 'https://example.org/rules/me/noise/web.md']]);
  });

  it('a namespaced pack rejects ids outside its namespace', async () => {
    const dir = tmpPack({ 'noise/web.yaml': ok('noise/web') }, 'name: p\nnamespace: shandong\n');
    expect((await loadError(dir)).message).toMatch(/web\.yaml:1:5: 规则 id `noise\/web` 应以命名空间 `shandong\/` 开头$/);
  });

  it('the same id in two packs is an error naming both files', async () => {
    const a = tmpPack({ 'x/y.yaml': ok('x/y') }, 'name: pack-a\n');
    const b = tmpPack({ 'x/y.yaml': ok('x/y') }, 'name: pack-b\n');
    await expect(loadPackSet([a, b])).rejects.toThrow(`规则 id \`x/y\` 重复：${a}/rules/x/y.yaml（pack-a）与 ${b}/rules/x/y.yaml（pack-b）都定义了它`);
  });

  it('extends loads the base pack first; levels override its rules; unknown ids in levels are errors', async () => {
    const base = tmpPack({ 'x/y.yaml': ok('x/y'), 'x/z.yaml': ok('x/z') }, 'name: base\nsettings: { region: 山东 }\n');
    const child = tmpPack({ 'sd/w.yaml': ok('sd/w') }, `name: child\nextends: ["${base}"]\nlevels: { x/y: off }\nsettings: { deadlines: { government: "03-31" } }\n`);
    const set = await loadPackSet([child]);
    expect(set.packs.map((p) => p.name)).toEqual(['base', 'child']);
    expect(set.rules.map((r) => `${r.id}:${r.level}`)).toEqual(['x/y:off', 'x/z:warning', 'sd/w:warning']);
    expect(set.settings).toEqual({ region: '山东', deadlines: { government: '03-31' } });
    // The base pack itself is unchanged for other pack sets.
    expect((await loadPackSet([base])).byId.get('x/y')?.level).toBe('warning');
    const bad = tmpPack({}, `name: bad\nextends: ["${base}"]\nlevels: { x/q: off }\n`);
    await expect(loadPackSet([bad])).rejects.toThrow(`${bad}/pack.yaml:3:11: levels 中的规则 \`x/q\` 不存在`);
  });

  it('a circular extends is reported', async () => {
    const a = writeTree({ 'a/pack.yaml': 'name: a\nextends: [../b]\n', 'b/pack.yaml': 'name: b\nextends: [../a]\n' });
    await expect(loadPack(`${a}/a`, a)).rejects.toThrow(/extends 出现循环/);
  });

  it('resolves @govlint/rules-national by npm name from anywhere (core finds its sibling package)', async () => {
    const { resolvePackDir } = await import('../../packages/core/src/engine/pack-loader.js');
    expect(resolvePackDir('@govlint/rules-national', '/')).toMatch(/packages\/rules-national$/);
    expect(() => resolvePackDir('@govlint/nope', '/')).toThrow(/找不到规则包 @govlint\/nope/);
  });
});
