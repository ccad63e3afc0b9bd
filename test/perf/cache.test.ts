// --cache across real runs (one process each, as a user runs govlint twice): a stored result is used while
// nothing it depends on has changed, and not after any of those things changes. To see which happened without
// timing anything, the stored results are replaced by a marker diagnostic: a run that prints the marker used
// the cache; a run that does not linted again.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { govlintProcess, scratch, seed, SEEDS, testPack, write } from '../cli/helpers.js';

const MARKER = 'FROM-THE-CACHE';
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** A folder with its own copy of the test pack, a config that extends it, a report and last year's report. */
function project(): string {
  const { dir, cleanup } = scratch('govlint-cache-');
  cleanups.push(cleanup);
  cpSync(testPack, path.join(dir, 'pack'), { recursive: true });
  write(dir, '.govlintrc.yaml', 'root: true\nextends: [./pack]\nrules:\n  cli/contact-colon: warning\n');
  write(dir, 'r.txt', seed(SEEDS[4]));
  write(dir, 'prev.txt', seed(SEEDS[3]));
  return dir;
}

async function run(dir: string, ...flags: string[]): Promise<string> {
  const r = await govlintProcess(['--cache', '--cache-location', '.cache', '-f', 'unix', ...flags, 'r.txt'], { cwd: dir });
  expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
  return r.stdout;
}

/** Replaces every stored result by one marker diagnostic, keeping the hash it is stored under. */
function tamper(dir: string): number {
  const cacheDir = path.join(dir, '.cache');
  const entries = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
  for (const name of entries) {
    const file = path.join(cacheDir, name);
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    const at = { line: 1, column: 1, offset: 0 };
    entry.result.messages = [{ ruleId: 'cache/marker', pack: 'test', severity: 'warning', message: MARKER, span: { start: at, end: at } }];
    Object.assign(entry.result, { errorCount: 0, warningCount: 1, infoCount: 0, fatalCount: 0, fixableCount: 0 });
    writeFileSync(file, JSON.stringify(entry));
  }
  return entries.length;
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: nothing to replace`);
  writeFileSync(file, next);
}

/** After each change, a run must lint again; an unchanged run after it must use the cache again. */
async function expectInvalidatedBy(dir: string, changes: [string, () => string[]][]): Promise<void> {
  for (const [what, change] of changes) {
    expect(tamper(dir), what).toBe(1);
    const flags = change();
    const out = await run(dir, ...flags);
    expect(out, `${what} must invalidate the stored result`).not.toContain(MARKER);
    expect(out, what).toMatch(/r\.txt:\d+:\d+: /);
    tamper(dir);
    expect(await run(dir, ...flags), `${what}: unchanged again, the cache is used`).toContain(MARKER);
  }
}

describe.concurrent('--cache', () => {
  it('a second run over unchanged files uses the stored results; the file content invalidates them', async () => {
    const dir = project();
    const first = await run(dir);
    expect(first).toContain('cli/contact-colon');
    expect(tamper(dir)).toBe(1);
    expect(await run(dir)).toContain(MARKER);
    await expectInvalidatedBy(dir, [['file content', () => (edit(path.join(dir, 'r.txt'), '电话:', '电话 :'), [])]]);
  });

  it('--timing times only the files linted; the stored results carry no timings', async () => {
    const dir = project();
    const timed = () => govlintProcess(['--cache', '--cache-location', '.cache', '--timing', '-f', 'json', 'r.txt'], { cwd: dir });
    const first = await timed();
    expect(JSON.parse(first.stdout).results[0].stats.perRule).toHaveProperty('cli/balance');
    expect(first.stderr).toContain('规则耗时（1 个文件，毫秒）');
    const stored = readdirSync(path.join(dir, '.cache')).filter((f) => f.endsWith('.json'));
    expect(stored).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, '.cache', stored[0]), 'utf8')).result).not.toHaveProperty('stats');
    // Answered from the cache: nothing went through the rules, and the result says nothing of time.
    const second = await timed();
    expect(JSON.parse(second.stdout).results[0]).not.toHaveProperty('stats');
    expect(second.stderr).toContain('没有文件经过检查');
  });

  it('the resolved config invalidates them: rule levels and settings in the config file', async () => {
    const dir = project();
    await run(dir);
    const rc = path.join(dir, '.govlintrc.yaml');
    await expectInvalidatedBy(dir, [
      ['a rule level in the config', () => (edit(rc, 'cli/contact-colon: warning', 'cli/contact-colon: error'), [])],
      ['settings in the config', () => (edit(rc, 'root: true\n', 'root: true\nsettings:\n  reportYear: 2023\n'), [])],
      ['last year’s report named in the settings', () => (edit(rc, 'reportYear: 2023\n', 'reportYear: 2023\n  previous: prev.txt\n'), [])],
      ['the content of last year’s report', () => (edit(path.join(dir, 'prev.txt'), /。/, '；'), [])],
    ]);
  });

  it('the packs invalidate them: a rule file edited in place, the pack version', async () => {
    const dir = project();
    await run(dir);
    await expectInvalidatedBy(dir, [
      ['a rule file of the pack', () => (edit(path.join(dir, 'pack/rules/cli/contact-colon.yaml'), '中的冒号应为全角', '里的冒号应为全角'), [])],
      ['the pack version', () => (edit(path.join(dir, 'pack/pack.yaml'), 'version: 1.0.0', 'version: 1.0.1'), [])],
    ]);
  });

  it('flags that change results invalidate them: --lang, --rule, --report-year', async () => {
    const dir = project();
    await run(dir);
    await expectInvalidatedBy(dir, [
      ['--lang', () => ['--lang', 'en']],
      ['--rule', () => ['--lang', 'en', '--rule', 'cli/balance:off']],
      ['--report-year', () => ['--lang', 'en', '--rule', 'cli/balance:off', '--report-year', '2022']],
    ]);
  });
});
