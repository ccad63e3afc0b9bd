// Config: discovery upward (stopping at root: true), overrides by glob, settings, command-line options, unknown
// rule ids and bad options with their position, ignore files.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearCaches } from '../../packages/core/src/util/disk-caches.js';
import { isIgnored } from '../../packages/core/src/config/ignore.js';
import { lintText, resolveConfigFor } from '../../packages/core/src/lint.js';
import { tmpPack, writeTree } from './helpers.js';

const token = (id: string, word: string) => `id: ${id}\ntype: existence\nlevel: warning\ndescription: { zh: 测试 }\nscope: all\ntokens: [${word}]\noptions: { n: 1 }\noptionsSchema: { type: object, properties: { n: { type: integer } }, additionalProperties: false }\n`;
const PACK = tmpPack({ 't/jia.yaml': token('t/jia', '甲'), 't/yi.yaml': token('t/yi', '乙') }, 'name: cfg-pack\nsettings: { bodyType: department }\n');
const SHANDONG = fileURLToPath(new URL('../../packages/rules-provincial/shandong', import.meta.url));
const REPORT = '# 某局2024年政府信息公开工作年度报告\n\n## 一、总体情况\n\n甲乙。\n';

beforeEach(() => clearCaches());

function tree(): string {
  return writeTree({
    '.govlintrc.yaml': `extends: ["${PACK}"]\nrules: { t/jia: error }\nsettings: { region: 山东, reportYear: 2024 }\n`,
    'sub/.govlintrc.yml': `rules: { t/yi: info }\nsettings: { region: 山东/淄博, previous: ../2023/report.md }\noverrides:\n  - files: ["乡镇/**"]\n    rules: { t/jia: off }\n    settings: { bodyType: township }\n  - files: ["*.txt"]\n    rules: { t/yi: [error, { n: 2 }] }\n`,
    'sub/乡镇/a.md': REPORT,
    '2023/report.md': REPORT,
    'sub/b.md': REPORT,
    'rooted/.govlintrc.json': `{ "root": true, "extends": ["${PACK}"], "rules": { "t/yi": "off" } }\n`,
  });
}

describe('config discovery', () => {
  it('merges configs from the outermost down; overrides apply by glob relative to their config', async () => {
    const root = tree();
    const a = await resolveConfigFor(join(root, 'sub/乡镇/a.md'));
    expect(a.configFiles).toEqual([join(root, '.govlintrc.yaml'), join(root, 'sub/.govlintrc.yml')]);
    // settings.region 山东/淄博 brings in the 山东 provincial pack (see below).
    expect(a.packs).toEqual([PACK, SHANDONG]);
    expect(Object.fromEntries(Object.entries(a.rules).map(([k, v]) => [k, v.level]))).toEqual({ 't/jia': 'off', 't/yi': 'info' });
    expect(a.settings).toEqual({ bodyType: 'township', region: '山东/淄博', reportYear: 2024, previous: join(root, '2023/report.md') });
    expect(a.rules['t/jia'].source).toEqual({ file: join(root, 'sub/.govlintrc.yml'), line: 5, column: 14 });

    const b = await resolveConfigFor(join(root, 'sub/b.md'));
    expect(b.rules['t/jia'].level).toBe('error');
    expect(b.settings.bodyType).toBe('department');
    const txt = await resolveConfigFor(join(root, 'sub/c.txt'));
    expect(txt.rules['t/yi']).toMatchObject({ level: 'error', options: { n: 2 } });
  });

  it('stops at root: true, and applies config levels to the diagnostics', async () => {
    const root = tree();
    const r = await resolveConfigFor(join(root, 'rooted/x.md'));
    expect(r.configFiles).toEqual([join(root, 'rooted/.govlintrc.json')]);
    const result = await lintText(REPORT, join(root, 'rooted/x.md'));
    expect(result.messages.map((m) => `${m.ruleId} ${m.severity} ${m.span.start.line}:${m.span.start.column}`)).toEqual(['t/jia warning 5:1']);
    const sub = await lintText(REPORT, join(root, 'sub/b.md'));
    expect(sub.messages.filter((m) => m.ruleId.startsWith('t/')).map((m) => `${m.ruleId} ${m.severity}`)).toEqual(['t/jia error', 't/yi info']);
  });

  it('command-line options win: --config, --no-config, --pack, --rule, settings, --previous', async () => {
    const root = tree();
    const file = join(root, 'sub/b.md');
    const explicit = await resolveConfigFor(file, { configFile: join(root, 'rooted/.govlintrc.json') });
    expect(explicit.configFiles).toEqual([join(root, 'rooted/.govlintrc.json')]);
    const bare = await resolveConfigFor(file, { noConfig: true, packs: [PACK], ruleOverrides: { 't/jia': 'info', 't/yi': ['warning', { n: 3 }] }, settings: { reportYear: 2023 }, previous: 'prev.md', cwd: root });
    expect(bare).toMatchObject({ configFiles: [], packs: [PACK], settings: { bodyType: 'department', reportYear: 2023, previous: join(root, 'prev.md') } });
    expect(bare.rules['t/yi']).toMatchObject({ level: 'warning', options: { n: 3 } });
  });

  it('settings.region adds the provincial pack of the region, unless one is loaded already', async () => {
    const file = join(writeTree({ 'r.md': REPORT }), 'r.md');
    const region = async (r: string, packs = [PACK]) => (await resolveConfigFor(file, { noConfig: true, packs, settings: { region: r } })).packs;
    expect(await region('山东/淄博')).toEqual([PACK, SHANDONG]);
    expect(await region('上海')).toEqual([PACK, SHANDONG.replace(/shandong$/, 'shanghai')]);
    expect(await region('西藏')).toEqual([PACK]);
    expect(await region('山东', [SHANDONG])).toEqual([SHANDONG]);
    const rules = await lintText(REPORT, file, { noConfig: true, packs: [PACK], settings: { region: '湖南/怀化' } });
    expect(rules.messages.some((m) => m.ruleId.startsWith('hunan/'))).toBe(true);
  });

  it('without any config the national pack applies', async () => {
    const dir = writeTree({ 'r.md': REPORT });
    const c = await resolveConfigFor(join(dir, 'r.md'), { cwd: dir });
    expect(c.packs).toHaveLength(1);
    expect(c.packs[0]).toMatch(/rules-national$/);
  });
});

describe('config errors', () => {
  it('an unknown rule id is reported at its key, with a suggestion', async () => {
    const root = writeTree({ '.govlintrc.yaml': `root: true\nextends: ["${PACK}"]\nrules:\n  t/jai: error\n` });
    await expect(resolveConfigFor(join(root, 'a.md'))).rejects.toThrow(`${root}/.govlintrc.yaml:4:3: 未知的规则 \`t/jai\`（是否应为 \`t/jia\`？）`);
    await expect(resolveConfigFor(join(root, 'a.md'), { noConfig: true, packs: [PACK], ruleOverrides: { 'x/y': 'off' } })).rejects.toThrow('<command line>: 未知的规则 `x/y`');
  });

  it('options are validated against the rule\'s optionsSchema', async () => {
    const root = writeTree({ '.govlintrc.yaml': `root: true\nextends: ["${PACK}"]\nrules:\n  t/jia: [error, { n: 1, m: 2 }]\n` });
    await expect(resolveConfigFor(join(root, 'a.md'))).rejects.toThrow(`${root}/.govlintrc.yaml:4:26: 未知字段 \`m\`（是否应为 \`n\`？）`);
    const typed = writeTree({ '.govlintrc.yaml': `root: true\nextends: ["${PACK}"]\nrules:\n  t/jia: [error, { n: x }]\n` });
    await expect(resolveConfigFor(join(typed, 'a.md'))).rejects.toThrow(`${typed}/.govlintrc.yaml:4:23: 字段 \`n\` 应为整数`);
  });

  it('a config with a misspelt field or a missing pack fails with its position', async () => {
    const root = writeTree({ '.govlintrc.yaml': 'root: true\nextend: [x]\n' });
    await expect(resolveConfigFor(join(root, 'a.md'))).rejects.toThrow(`${root}/.govlintrc.yaml:2:1: 未知字段 \`extend\`（是否应为 \`extends\`？）`);
    const missing = writeTree({ '.govlintrc.yaml': 'root: true\nextends:\n  - ./packs/none\n' });
    await expect(resolveConfigFor(join(missing, 'a.md'))).rejects.toThrow(`${missing}/.govlintrc.yaml:3:5: 找不到规则包：./packs/none（没有 pack.yaml）`);
  });
});

describe('isIgnored', () => {
  it('reads .govlintignore in cwd and beside configs, and ignorePatterns relative to their config', async () => {
    const root = writeTree({
      '.govlintignore': '# drafts\ndrafts/\n*.bak.md\n',
      'sub/.govlintrc.yaml': 'ignorePatterns: ["old/**"]\n',
      'sub/.govlintignore': 'tmp-*.md\n',
    });
    const ignored = async (p: string) => isIgnored(join(root, p), { cwd: root });
    expect(await ignored('drafts/a.md')).toBe(true);
    expect(await ignored('sub/x.bak.md')).toBe(true);
    expect(await ignored('sub/old/2019.md')).toBe(true);
    expect(await ignored('old/2019.md')).toBe(false);
    expect(await ignored('sub/tmp-1.md')).toBe(true);
    expect(await ignored('tmp-1.md')).toBe(false);
    expect(await ignored('sub/report.md')).toBe(false);
    expect(await ignored('node_modules/x/report.md')).toBe(true);
    expect(await isIgnored(join(root, 'sub/old/2019.md'), { cwd: root, noConfig: true })).toBe(false);
  });
});
