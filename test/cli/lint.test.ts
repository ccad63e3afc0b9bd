// End-to-end: the built `govlint` binary on the seeds and scratch folders, with the test pack so assertions do
// not move when the national pack changes.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS, PACK_ONLY, SEEDS, examples, expectValidResults, govlint, govlintProcess, scratch, seed, testPack, write } from './helpers.js';

const CLEAN = SEEDS[2]; // no finding of the test pack
const WARN = SEEDS[4]; // four fixable warnings (half-width colons after 地址/邮编/电话/电子邮箱)

/** Seed 004 with table 三's （七）总计 changed to 65, so 61 + 3 ≠ 65 + 2. */
export function unbalanced(): string {
  const text = seed(WARN);
  const from = '0 |\n62 |\n|||\n四、结转下年度';
  if (!text.includes(from)) throw new Error('seed 004 changed: update the fixture edit');
  return text.replace(from, '0 |\n65 |\n|||\n四、结转下年度');
}

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = scratch());
  write(dir, 'clean.txt', seed(CLEAN));
  write(dir, 'warn.txt', seed(WARN));
  write(dir, 'bad.txt', unbalanced());
  write(dir, 'broken.docx', 'this is not a zip file');
});
afterAll(() => cleanup());

describe.concurrent('exit codes', () => {
  it('0 for a clean report, 0 with only warnings, 1 with an error (real processes)', async () => {
    const [clean, warn, bad] = await Promise.all(
      ['clean.txt', 'warn.txt', 'bad.txt'].map((f) => govlintProcess([...PACK_ONLY, path.join(dir, f)])),
    );
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toBe('✔ 已检查 1 个文件，未发现问题。\n');
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain('警告  “电话:”中的冒号应为全角“：”');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/287:1 {2}错误 {2}表三总计列：第一项加第二项（61 \+ 3）应等于第三项加第四项（65 \+ 2） {2}cli\/balance/);
  });

  it('2 for a usage error, with one line and no stack trace', async () => {
    const r = await govlintProcess(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('govlint: 未知选项：--bogus（用 govlint --help 查看所有选项）\n');
    const en = await govlintProcess(['--format', 'pdf', '--lang', 'en', 'x.txt']);
    expect(en.code).toBe(2);
    expect(en.stderr.trim()).toBe('govlint: Unknown format "pdf"; available: stylish, json, unix, sarif, github, checkstyle, junit, html, csv, xlsx');
    expect((await govlint([])).code).toBe(2);
  });

  it('2 for a broken pack, naming the file, line and column', async () => {
    const { dir: packDir, cleanup: done } = scratch('govlint-badpack-');
    try {
      write(packDir, 'pack.yaml', 'name: bad\nrules: rules\n');
      const rules = path.join(packDir, 'rules');
      mkdirSync(rules);
      write(rules, 'x.yaml', 'id: x\ntype: existence\nlevel: loud\ndescription: { zh: x }\ntokens: [a]\n');
      const r = await govlint(['--no-config', '--pack', packDir, path.join(dir, 'clean.txt')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^govlint: .*x\.yaml:3:\d+: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      done();
    }
  });

  it('a bad file does not stop the batch; 2 only when nothing could be linted', async () => {
    const batch = await govlint([...PACK_ONLY, '-f', 'unix', path.join(dir, 'broken.docx'), path.join(dir, 'warn.txt')]);
    expect(batch.code).toBe(1); // the fatal problem of broken.docx is an error
    expect(batch.stdout).toMatch(/broken\.docx:1:1: error: .+ \[parse\]/);
    expect(batch.stdout).toContain('warn.txt:5:250: warning:');
    const alone = await govlint([...PACK_ONLY, path.join(dir, 'broken.docx')]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('没有任何文件能被检查');
    const missing = await govlint([...PACK_ONLY, path.join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('没有找到匹配');
  });
});

describe.concurrent('flags', () => {
  it('--quiet shows errors only and stays silent when there are none', async () => {
    const quiet = await govlint([...PACK_ONLY, '--quiet', path.join(dir, 'bad.txt')]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('cli/balance');
    expect(quiet.stdout).not.toContain('cli/contact-colon');
    expect(quiet.stdout).toContain('1 个问题（1 个错误，0 个警告，0 个提示）');
    const silent = await govlint([...PACK_ONLY, '--quiet', path.join(dir, 'warn.txt')]);
    expect(silent).toMatchObject({ code: 0, stdout: '' });
  });

  it('--max-warnings turns too many warnings into exit 1 (4 warnings alone exit 0, see above)', async () => {
    const over = await govlint([...PACK_ONLY, '--max-warnings', '3', path.join(dir, 'warn.txt')]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('警告数 4 超过了 --max-warnings 3');
  });

  it('--rule changes a level, or turns a rule off', async () => {
    const warn = await govlint([...PACK_ONLY, '--rule', 'cli/balance:warning', '-f', 'unix', path.join(dir, 'bad.txt')]);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain(':287:1: warning: 表三总计列');
    const off = await govlint([...PACK_ONLY, '--rule', 'cli/balance:off', '--rule', 'cli/contact-colon:off', '-f', 'unix', path.join(dir, 'bad.txt')]);
    expect(off.stdout).not.toMatch(/cli\/(balance|contact-colon)/);
    expect((await govlint([...PACK_ONLY, '--rule', 'cli/balance', 'x.txt'])).code).toBe(2);
  });

  it('--no-config ignores a config file in the folder; -c uses one', async () => {
    const { dir: d, cleanup: done } = scratch();
    try {
      write(d, '.govlintrc.yaml', `root: true\nextends: [${JSON.stringify(testPack)}]\nrules:\n  cli/contact-colon: error\n`);
      write(d, 'r.txt', seed(WARN));
      const withConfig = await govlint(['-f', 'unix', 'r.txt'], { cwd: d });
      expect(withConfig.code, withConfig.stderr).toBe(1);
      expect(withConfig.stdout).toContain('r.txt:5:227: error:');
      const without = await govlint(['--no-config', '--pack', testPack, '-f', 'unix', 'r.txt'], { cwd: d });
      expect(without.stdout).toContain('r.txt:5:227: warning:');
      const explicit = await govlint(['-c', path.join(d, '.govlintrc.yaml'), '-f', 'unix', path.join(d, 'r.txt')]);
      expect(explicit.stdout).toContain(':5:227: error:');
      const printed = await govlint(['--print-config', 'r.txt'], { cwd: d });
      expect(printed.code).toBe(0);
      const config = JSON.parse(printed.stdout);
      expect(config.configFiles).toEqual([path.join(d, '.govlintrc.yaml')]);
      expect(config.rules['cli/contact-colon'].level).toBe('error');
      // Every active rule with its effective level, not only those the config sets.
      expect(config.ruleLevels).toEqual({ 'cli/balance': 'error', 'cli/click-count': 'info', 'cli/contact-colon': 'error' });
    } finally {
      done();
    }
  });

  it('--report-year, --body-type, --region reach the settings; --previous must exist', async () => {
    const printed = await govlint([...PACK_ONLY, '--report-year', '2023', '--body-type', 'township', '--region', '山东/淄博', '--print-config', 'x.txt'], { cwd: dir });
    expect(printed.code, printed.stderr).toBe(0);
    expect(JSON.parse(printed.stdout).settings).toMatchObject({ reportYear: 2023, bodyType: 'township', region: '山东/淄博' });
    expect((await govlint([...PACK_ONLY, '--body-type', 'city', 'x.txt'])).stderr).toContain('--body-type 只能是 government, township, subdistrict, department, office');
    const previous = await govlint([...PACK_ONLY, '--previous', path.join(dir, 'last-year.txt'), path.join(dir, 'warn.txt')]);
    expect(previous.code).toBe(2);
    expect(previous.stderr).toMatch(/^govlint: .*last-year\.txt: 找不到上年报告/);
  });

  it('--report-unused-disable-directives', async () => {
    const md = write(dir, 'directive.md', `<!-- govlint-disable cli/balance -->\n${seed(WARN)}`);
    const r = await govlint([...PACK_ONLY, '--report-unused-disable-directives', '-f', 'unix', md]);
    expect(r.stdout).toMatch(/directive\.md:1:1: warning: .*cli\/balance.* \[unused-directive\]/);
    expect((await govlint([...PACK_ONLY, '-f', 'unix', md])).stdout).not.toContain('unused-directive');
  });

  it('--stdin with --stdin-filename', async () => {
    const r = await govlintProcess([...PACK_ONLY, '--stdin', '--stdin-filename', 'piped.txt', '-f', 'unix'], { input: unbalanced() });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('piped.txt:5:227: warning: “地址:”中的冒号应为全角“：” [cli/contact-colon]');
    expect(r.stdout).toContain('piped.txt:287:1: error: 表三总计列');
  });

  it('--timing: the slowest rules and the stages on stderr after the output; -f json carries stats per file', async () => {
    const r = await govlint([...PACK_ONLY, '--timing', '-f', 'json', path.join(dir, 'bad.txt'), path.join(dir, 'warn.txt')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expectValidResults(out);
    // The test pack's three rules hold on both reports, and json-rules-engine decides their gates.
    for (const result of out.results) expect(Object.keys(result.stats.perRule).sort()).toEqual(['(gates)', 'cli/balance', 'cli/click-count', 'cli/contact-colon']);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('规则耗时（2 个文件，毫秒）');
    expect(lines[1]).toMatch(/^规则 +时间 +占比$/);
    const rows = lines.slice(2, -1).map((l) => /^(\S+) +(\d+\.\d{3}) +(\d+\.\d)%$/.exec(l));
    expect(rows.map((m) => m?.[1]).sort()).toEqual(['(gates)', 'cli/balance', 'cli/click-count', 'cli/contact-colon']);
    // Slowest first.
    const times = rows.map((m) => Number(m?.[2]));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(lines.at(-1)).toMatch(/^阶段：读取与建模 \d+\.\d{3} ms · 加载规则引擎与脚本 \d+\.\d{3} ms · 规则 \d+\.\d{3} ms（为读取与建模的 \d+\.\d%）· 生成报告 \d+\.\d{3} ms$/);
    // GOVLINT_TIMING alone turns it on, with as many rows as it says; without either, no stats and no table.
    const two = await govlint([...PACK_ONLY, '--lang', 'en', '-f', 'unix', path.join(dir, 'bad.txt')], { env: { GOVLINT_TIMING: '2' } });
    expect(two.stderr.split('\n')[0]).toBe('Rule timing (1 file(s), ms)');
    expect(two.stderr).toContain('… 2 more rule(s) (GOVLINT_TIMING=all shows all)');
    const plain = await govlint([...PACK_ONLY, '-f', 'json', path.join(dir, 'bad.txt')]);
    expect(JSON.parse(plain.stdout).results[0].stats).toBeUndefined();
    expect(plain.stderr).toBe('');
  });

  it('-o writes the whole output atomically and nothing to stdout', async () => {
    const out = path.join(dir, 'out', 'result.json');
    mkdirSync(path.dirname(out), { recursive: true });
    const r = await govlint([...PACK_ONLY, '-f', 'json', '-o', out, path.join(dir, 'bad.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).results[0].errorCount).toBe(1);
    expect(readdirSync(path.dirname(out))).toEqual(['result.json']); // no temp file left
    const unwritable = await govlint([...PACK_ONLY, '-o', path.join(dir, 'no', 'such', 'dir', 'x.txt'), path.join(dir, 'bad.txt')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('无法写入输出文件');
  });

  it('--lang en and --help in both languages; --version', async () => {
    const en = await govlint([...PACK_ONLY, '--lang', 'en', path.join(dir, 'bad.txt')]);
    expect(en.stdout).toContain('error    Table 3 total: new + carried over (61 + 3) must equal processed + carried forward (65 + 2)');
    expect(en.stdout).toContain('5 problems (1 error, 4 warnings, 0 info)');
    expect((await govlintProcess(['--help'])).stdout).toContain('用法：');
    expect((await govlint(['--help', '--lang', 'en'])).stdout).toContain('Usage:');
    expect((await govlint(['rules', '--help', '--lang', 'en'])).stdout).toContain('Usage: govlint rules');
    expect((await govlintProcess(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('colour with --color even under NO_COLOR; NO_COLOR beats FORCE_COLOR', async () => {
    const file = path.join(dir, 'bad.txt');
    // Without a terminal and without FORCE_COLOR there is no colour: the exact outputs above prove it.
    // The flag beats the environment (unit tests in util/ansi.test.ts cover the rest of the order).
    expect((await govlint([...PACK_ONLY, '--color', file], { env: { NO_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await govlint([...PACK_ONLY, file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe.concurrent('files', () => {
  it('walks folders for report extensions, honours .govlintignore, expands globs', async () => {
    const { dir: d, cleanup: done } = scratch();
    try {
      mkdirSync(path.join(d, 'a/b'), { recursive: true });
      write(d, 'a/one.txt', seed(WARN));
      write(d, 'a/b/two.md', seed(WARN));
      write(d, 'a/notes.csv', 'x,y');
      write(d, 'a/b/skip.txt', seed(WARN));
      write(d, '.govlintignore', 'a/b/skip.txt\n');
      const r = await govlint([...PACK_ONLY, '-f', 'unix', 'a'], { cwd: d });
      const files = [...new Set(r.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0]))].filter((f) => !/problems?$/.test(f));
      expect(files).toEqual(['a/b/two.md', 'a/one.txt']);
      const glob = await govlint([...PACK_ONLY, '-f', 'unix', 'a/**/*.md'], { cwd: d });
      expect(glob.stdout).toContain('a/b/two.md:');
      expect(glob.stdout).not.toContain('one.txt');
    } finally {
      done();
    }
  });
});

describe.concurrent('subcommands', () => {
  it('extract prints the model with canonical keys', async () => {
    const r = await govlint(['extract', path.join(examples, WARN)]);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.cells['requests.newReceived.total'].value).toBe(61);
    expect(model.meta.year).toBe(2024);
    const missing = await govlint(['extract', path.join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^govlint: .*nope\.txt：无法读取（ENOENT）\n$/);
  });

  it('rules lists id, level, description and docs link, as text or JSON', async () => {
    const r = await govlint([...PACK_ONLY, 'rules']);
    expect(r.code).toBe(0);
    const [first] = r.stdout.split('\n');
    expect(first).toMatch(/^cli\/balance {8}error {4}表三总计列：第一项加第二项等于第三项加第四项 +https:\/\//);
    expect(first.slice(first.indexOf('https://'))).toMatch(new RegExp(`${DOCS.source}balance\\.md$`));
    const json = JSON.parse((await govlint(['rules', ...PACK_ONLY, '-f', 'json', '--rule', 'cli/click-count:off'])).stdout);
    expect(json.map((x: { id: string; level: string }) => `${x.id}=${x.level}`)).toEqual(['cli/balance=error', 'cli/click-count=off', 'cli/contact-colon=warning']);
  });

  it('docs regenerates the rule pages of a pack', async () => {
    const out = path.join(dir, 'rule-docs');
    const r = await govlint(['docs', testPack, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const pages = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
    expect(pages.map((f) => path.basename(f))).toEqual(['balance.md', 'click-count.md', 'contact-colon.md']);
    expect(readFileSync(path.join(out, pages[0]), 'utf8')).toContain('# cli/balance');
    expect((await govlint(['docs', dir])).code).toBe(2); // not a pack folder
  });

  it('init writes a starter config from flags, and refuses to overwrite', async () => {
    const { dir: d, cleanup: done } = scratch();
    try {
      const r = await govlint(['init', '--body-type', 'township', '--region', '山东'], { cwd: d });
      expect(r.code).toBe(0);
      const text = readFileSync(path.join(d, '.govlintrc.yaml'), 'utf8');
      expect(text).toContain('bodyType: township');
      expect(text).toContain('region: "山东"');
      const again = await govlint(['init'], { cwd: d });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('已存在');
      writeFileSync(path.join(d, 'r.txt'), seed(CLEAN));
      // The starter config is one core accepts.
      const printed = await govlint(['--print-config', 'r.txt'], { cwd: d });
      expect(printed.code, printed.stderr).toBe(0);
      expect(JSON.parse(printed.stdout).settings).toMatchObject({ bodyType: 'township', region: '山东' });
      expect(existsSync(path.join(d, '.govlintrc.yaml'))).toBe(true);
    } finally {
      done();
    }
  });
});
