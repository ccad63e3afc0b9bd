// ESLint's conventions where users expect them: a did-you-mean for a mistyped flag, the locale choosing English,
// ESLint's level words (warn, 0/1/2) in --rule and in a config, and a named file that is ignored: a warning and
// exit 0 (--no-warn-ignored, --no-ignore, --ignore-pattern).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACK_ONLY, SEEDS, govlint, govlintProcess, scratch, seed, write } from './helpers.js';

const { dir, cleanup } = scratch('govlint-conventions-');
afterAll(cleanup);
// Seed 004 has a 电话: colon: one warning of the test pack's cli/contact-colon rule, and nothing else.
const warnOnly = seed(SEEDS[4]);
write(dir, 'r.txt', warnOnly);

describe('command-line conventions', () => {
  it('suggests the flag meant, and points to --help', async () => {
    const r = await govlintProcess(['--formatt', 'json', 'r.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('govlint: 未知选项：--formatt，是否应为 --format？（用 govlint --help 查看所有选项）\n');
    const en = await govlintProcess(['--max-warning', '0', '--lang', 'en', 'r.txt'], { cwd: dir });
    expect(en.stderr).toBe('govlint: Unknown option: --max-warning; did you mean --max-warnings? (see govlint --help)\n');
  });

  it('speaks English when the locale is English (LC_ALL before LC_MESSAGES before LANG)', async () => {
    expect((await govlintProcess(['--bogus'], { env: { LANG: 'en_US.UTF-8' } })).stderr).toMatch(/^govlint: Unknown option: --bogus/);
    expect((await govlintProcess(['--bogus'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } })).stderr).toMatch(/^govlint: 未知选项/);
    expect((await govlintProcess(['--bogus'], { env: { LC_MESSAGES: 'en_GB' } })).stderr).toMatch(/^govlint: Unknown option/);
    expect((await govlintProcess(['--bogus'], { env: { LANG: 'en_US.UTF-8', GOVLINT_LANG: 'zh' } })).stderr).toMatch(/^govlint: 未知选项/);
  });

  it('takes warn and 0/1/2 as levels, on the command line and in a config', async () => {
    const two = await govlint([...PACK_ONLY, '--rule', 'cli/contact-colon:2', 'r.txt'], { cwd: dir });
    expect(two.code).toBe(1);
    expect((await govlint([...PACK_ONLY, '--rule', 'cli/contact-colon:0', 'r.txt'], { cwd: dir })).stdout).toMatch(/未发现问题/);
    const { dir: conf, cleanup: done } = scratch('govlint-levels-');
    try {
      // One folder per config: the host process keeps the configs it has read.
      const rc = (level: string) => `root: true\nextends: [${JSON.stringify(PACK_ONLY[2])}]\nrules:\n  cli/contact-colon: ${level}\n`;
      mkdirSync(path.join(conf, 'two'));
      mkdirSync(path.join(conf, 'warn'));
      write(conf, 'two/.govlintrc.yaml', rc('2'));
      write(conf, 'two/r.txt', warnOnly);
      write(conf, 'warn/.govlintrc.yaml', rc('[warn]'));
      write(conf, 'warn/r.txt', warnOnly);
      expect((await govlint(['two/r.txt'], { cwd: conf })).code).toBe(1);
      const warned = await govlint(['warn/r.txt'], { cwd: conf });
      expect(warned.code).toBe(0);
      expect(warned.stdout).toContain('警告');
    } finally {
      done();
    }
  });

  it('warns about a named file that is ignored and exits 0; --no-warn-ignored, --no-ignore, --ignore-pattern', async () => {
    const { dir: ig, cleanup: done } = scratch('govlint-ignored-');
    try {
      write(ig, '.govlintignore', 'drafts/\n');
      mkdirSync(`${ig}/drafts`);
      write(ig, 'drafts/a.txt', warnOnly);
      write(ig, 'b.txt', warnOnly);
      const named = await govlint([...PACK_ONLY, 'drafts/a.txt'], { cwd: ig });
      expect(named.code).toBe(0);
      expect(named.stderr).toBe('drafts/a.txt：该文件被 .govlintignore 或配置的 ignorePatterns 忽略，已跳过\n');
      const quiet = await govlint([...PACK_ONLY, '--no-warn-ignored', 'drafts/a.txt'], { cwd: ig });
      expect([quiet.code, quiet.stderr]).toEqual([0, '']);
      const all = await govlint([...PACK_ONLY, '--no-ignore', 'drafts/a.txt'], { cwd: ig });
      expect(all.stdout).toContain('警告');
      // A folder whose every file is ignored is still a usage error, as in ESLint.
      expect((await govlint([...PACK_ONLY, '--ignore-pattern', '*.txt', '.'], { cwd: ig })).code).toBe(2);
      const pattern = await govlint([...PACK_ONLY, '--ignore-pattern', 'b.txt', 'b.txt'], { cwd: ig });
      expect([pattern.code, pattern.stderr]).toEqual([0, 'b.txt：该文件被 .govlintignore 或配置的 ignorePatterns 忽略，已跳过\n']);
    } finally {
      done();
    }
  });
});
