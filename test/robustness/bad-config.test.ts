// Bad configs and bad packs through the built CLI (issue 9). A config or pack that cannot be used stops the run
// before any file is linted: exit 2, one line on stderr naming the file, line and column, no stack trace, nothing
// on stdout. A script rule that throws or never returns gives one fatal diagnostic for itself; the other rules
// still report and the run ends normally. A pack reads only its own folder (docs/security.md).
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS, govlint, govlintProcess, scratch, seed, testPack, write } from './helpers.js';

let dir: string;
let cleanup: () => void;
let report: string;
beforeAll(() => {
  ({ dir, cleanup } = scratch('govlint-bad-config-'));
  report = write(dir, 'report.txt', seed(SEEDS[4]));
});
afterAll(() => cleanup());

/** Writes `files` (path → text) under a new folder of `dir`; returns the folder. */
function tree(name: string, files: Record<string, string>): string {
  const root = path.join(dir, name);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    write(root, p, text);
  }
  return root;
}

const rule = (id: string, body: string) => `id: ${id}\ntype: existence\nlevel: warning\ndescription: { zh: 测试 }\n${body}`;
const PACK = 'name: bad\nrules: rules\n';

/** Exit 2, nothing on stdout, exactly one line on stderr matching `line`, and no stack trace. */
async function expectConfigError(args: string[], line: RegExp, cwd = dir): Promise<void> {
  const r = await govlint(['--lang', 'en', ...args], { cwd });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toEqual([expect.stringMatching(line), '']);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe.concurrent('bad configs', () => {
  it.each([
    ['a YAML syntax error', 'root: true\nrules: [unclosed\n', /^govlint: \S+\.govlintrc\.yaml:\d+:\d+: /],
    ['a schema violation (a level that does not exist)', `root: true\nextends: [${JSON.stringify(testPack)}]\nrules:\n  cli/balance: loud\n`, /\.govlintrc\.yaml:4:16: .*`loud`/],
    ['a misspelt field, with a suggestion', 'root: true\nrulez: {}\n', /\.govlintrc\.yaml:2:1: .*`rulez`.*`rules`/],
    ['an unknown rule id, with a suggestion', `root: true\nextends: [${JSON.stringify(testPack)}]\nrules:\n  cli/balanse: error\n`, /\.govlintrc\.yaml:4:3: .*`cli\/balanse`.*`cli\/balance`/],
    ['a pack that does not exist', 'root: true\nextends: [./no-such-pack]\n', /\.govlintrc\.yaml:2:11: /],
    ['settings of the wrong type', 'root: true\nsettings:\n  reportYear: soon\n', /\.govlintrc\.yaml:3:15: /],
    ['a region that names no province, with a suggestion', 'root: true\nsettings:\n  region: 山冬/淄博\n', /\.govlintrc\.yaml:3:11: unknown region "山冬\/淄博": "山冬" is not a province-level division \(did you mean "山东"\?\)$/],
  ])('%s', async (name, yaml, line) => {
    // Configs are found from the linted file's folder upwards.
    const folder = tree(`config-${name.replace(/\W+/g, '-')}`, { '.govlintrc.yaml': yaml, 'report.txt': seed(SEEDS[4]) });
    await expectConfigError(['report.txt'], line, folder);
  });

  it('an unknown rule id on the command line', async () => {
    await expectConfigError(['--no-config', '--pack', testPack, '--rule', 'cli/nope:off', report], /^govlint: <command line>: .*`cli\/nope`/);
  });

  it('a broken config stops the run even when the files are broken too', async () => {
    const folder = tree('config-and-bad-file', { '.govlintrc.yaml': 'root: true\nrules: [\n', 'junk.docx': 'not a zip', 'report.txt': seed(SEEDS[4]) });
    await expectConfigError(['junk.docx', 'report.txt'], /\.govlintrc\.yaml:\d+:\d+: /, folder);
  });
});

describe.concurrent('files that are not files: read never, named always', () => {
  // A link to /dev/zero committed as a config read until out of memory; a FIFO blocked for ever.
  const fifo = (folder: string, name: string): boolean => {
    try {
      execFileSync('mkfifo', [path.join(folder, name)]);
      return true;
    } catch {
      return false;
    }
  };

  it('a .govlintrc.yaml linked to /dev/zero, a .govlintignore that is a FIFO', async () => {
    const zero = tree('config-dev-zero', { 'report.txt': seed(SEEDS[4]) });
    symlinkSync('/dev/zero', path.join(zero, '.govlintrc.yaml'));
    await expectConfigError(['report.txt'], /\.govlintrc\.yaml: not a regular file \(device\), not read$/, zero);
    const ignored = tree('ignore-fifo', { 'report.txt': seed(SEEDS[4]) });
    if (fifo(ignored, '.govlintignore')) await expectConfigError(['--no-config', '.'], /\.govlintignore: not a regular file \(FIFO\), not read$/, ignored);
  });

  it('-c /dev/zero, --previous naming a FIFO', async () => {
    await expectConfigError(['-c', '/dev/zero', report], /^govlint: \/dev\/zero: not a regular file \(device\), not read$/);
    const folder = tree('previous-fifo', { 'report.txt': seed(SEEDS[4]) });
    if (fifo(folder, 'last.txt')) await expectConfigError(['--no-config', '--previous', 'last.txt', 'report.txt'], /last\.txt: last year's report is not a regular file/, folder);
  });

  it('govlint extract on a FIFO', async () => {
    const folder = tree('extract-fifo', {});
    if (fifo(folder, 'report.txt')) await expectConfigError(['extract', 'report.txt'], /^govlint: report\.txt: cannot read \(not a regular file \(FIFO\), not read\)$/, folder);
  });
});

describe.concurrent('bad packs', () => {
  it.each([
    ['pack.yaml with a YAML syntax error', { 'pack.yaml': 'name: [bad\n' }, /pack\.yaml:\d+:\d+: /],
    ['a rule file with a YAML syntax error', { 'pack.yaml': PACK, 'rules/a/b.yaml': 'id: a/b\ntype: existence\n  level: : warning\n' }, /rules\/a\/b\.yaml:\d+:\d+: /],
    ['a rule that violates the schema', { 'pack.yaml': PACK, 'rules/a/b.yaml': rule('a/b', 'tokens: 甲\n') }, /rules\/a\/b\.yaml:5:9: .*`tokens`/],
    ['levels naming an unknown rule', { 'pack.yaml': `${PACK}levels:\n  a/nope: off\n`, 'rules/a/b.yaml': rule('a/b', 'tokens: [甲]\n') }, /pack\.yaml:4:3: .*`a\/nope`/],
    ['a regex that does not compile', { 'pack.yaml': PACK, 'rules/a/b.yaml': rule('a/b', "pattern: '(未闭合'\n") }, /rules\/a\/b\.yaml:5:10: invalid regular expression: .*Unterminated group/],
    ['a regex with nested repetition', { 'pack.yaml': PACK, 'rules/a/b.yaml': rule('a/b', "pattern: '(\\d+\\s*)+件'\n") }, /rules\/a\/b\.yaml:5:10: regular expression prone to catastrophic backtracking: nested repetition/],
    ['a regex with overlapping repeated alternatives', { 'pack.yaml': PACK, 'rules/a/b.yaml': rule('a/b', "pattern: '(?:年|年度)*报告'\n") }, /rules\/a\/b\.yaml:5:10: regular expression prone to catastrophic backtracking: repeated alternatives/],
    ['a script module that does not exist', { 'pack.yaml': PACK, 'rules/a/b.yaml': 'id: a/b\ntype: script\nlevel: warning\ndescription: { zh: 测试 }\nmodule: ../../none.mjs\n' }, /rules\/a\/b\.yaml:5:9: /],
  ])('%s', async (name, files, line) => {
    const pack = tree(`pack-${name.replace(/\W+/g, '-')}`, files);
    await expectConfigError(['--no-config', '--pack', pack, report], line);
  });
});

describe('script rules that throw or never return (real process)', () => {
  it('each gives one fatal diagnostic for its rule; the other rules still report; exit 1, not 2', async () => {
    const script = (id: string, module: string, extra = '') => `id: s/${id}\ntype: script\nlevel: warning\ndescription: { zh: 脚本 }\nmodule: ../../${module}\nmessages: { x: { zh: x } }\n${extra}`;
    const pack = tree('scripts', {
      'pack.yaml': 'name: scripts\nrules: rules\n',
      'throws.mjs': "export default () => { throw new Error('boom'); };\n",
      'spins.mjs': 'export default () => { for (;;) {} };\n',
      'waits.mjs': 'export default () => new Promise(() => {});\n',
      'rules/s/throws.yaml': script('throws', 'throws.mjs'),
      'rules/s/spins.yaml': script('spins', 'spins.mjs', 'options: { timeoutMs: 500 }\n'),
      'rules/s/waits.yaml': script('waits', 'waits.mjs', 'options: { timeoutMs: 500 }\n'),
    });
    const t0 = Date.now();
    const r = await govlintProcess(['--no-config', '--pack', testPack, '--pack', pack, '--lang', 'en', '-f', 'json', report]);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    const [result] = JSON.parse(r.stdout).results as { messages: { ruleId: string; fatal?: boolean; message: string }[] }[];
    const fatal = result.messages.filter((m) => m.fatal).map((m) => `${m.ruleId}: ${m.message}`);
    expect(fatal.sort()).toEqual([
      's/spins: the rule script ran longer than 500 ms and was stopped',
      's/throws: the rule failed: boom',
      's/waits: the rule script ran longer than 500 ms and was stopped',
    ]);
    expect(result.messages.filter((m) => m.ruleId === 'cli/contact-colon')).toHaveLength(4);
  });
});

describe.concurrent('a pack reads only its own folder', () => {
  it.each([
    ['rules outside the pack', `name: p\nrules: ../elsewhere\n`, /pack\.yaml:2:8: rules must be a folder inside the pack/],
    ['vocab at an absolute path', `name: p\nvocab: /etc\n`, /pack\.yaml:2:8: vocab must be a folder inside the pack/],
    ["last year's report named by the pack", `name: p\nsettings:\n  previous: /etc/hostname\n`, /pack\.yaml:3:3: a pack cannot set settings\.previous/],
  ])('%s is refused', async (name, manifest, line) => {
    const pack = tree(`contained-${name.replace(/\W+/g, '-')}`, { 'pack.yaml': manifest, 'rules/a/b.yaml': rule('a/b', 'tokens: [甲]\n') });
    await expectConfigError(['--no-config', '--pack', pack, report], line);
  });

  it('a rules folder linked to the outside is refused; a vocab file linked to the outside is not read', async () => {
    const outside = tree('outside', { 'rules/a/b.yaml': rule('a/b', 'tokens: [甲]\n'), 'words.txt': '博山区\n' });
    const linkedRules = tree('linked-rules', { 'pack.yaml': PACK });
    symlinkSync(path.join(outside, 'rules'), path.join(linkedRules, 'rules'));
    await expectConfigError(['--no-config', '--pack', linkedRules, report], /pack\.yaml:2:8: rules must be a folder inside the pack/);
    const linkedVocab = tree('linked-vocab', { 'pack.yaml': PACK, 'rules/a/b.yaml': rule('a/b', 'tokens: [vocab:words]\n') });
    mkdirSync(path.join(linkedVocab, 'vocab'));
    symlinkSync(path.join(outside, 'words.txt'), path.join(linkedVocab, 'vocab', 'words.txt'));
    await expectConfigError(['--no-config', '--pack', linkedVocab, report], /rules\/a\/b\.yaml:5:10: word list vocab\/words\.txt not found/);
  });
});
