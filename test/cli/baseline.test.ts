// A baseline of accepted findings (issue 19): a reviewer writes one for a batch, the bodies correct their
// reports, and a rerun shows only what is new, on the seeds in examples/.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySeeds, govlint, repo, scratch, SEEDS, seed, write } from './helpers.js';

const scratchDir = scratch('govlint-baseline-');
const dir = scratchDir.dir;
afterAll(() => scratchDir.cleanup());

/** Lines of `text` with `edit` applied to line `n` (1-based). */
function editLine(text: string, n: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[n - 1] = edit(lines[n - 1]);
  return lines.join('\n');
}

function unixLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
}

describe('--write-baseline and --baseline', () => {
  beforeAll(async () => {
    copySeeds(path.join(dir, 'reports'));
    const r = await govlint(['--write-baseline', 'reports'], { cwd: dir });
    // Everything is accepted: the run shows what a rerun with the baseline would.
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/已将 5 个文件的 \d+ 处问题写入基线 govlint-baseline\.json/);
  });

  it('writes a versioned baseline, valid against its schema, with paths relative to its folder', () => {
    const baseline = JSON.parse(readFileSync(path.join(dir, 'govlint-baseline.json'), 'utf8'));
    const { Ajv } = createRequire(path.join(repo, 'packages/core/package.json'))('ajv') as typeof import('ajv');
    const schema = JSON.parse(readFileSync(path.join(repo, 'packages/core/schemas/baseline.schema.json'), 'utf8'));
    expect(new Ajv({ allErrors: true }).validate(schema, baseline)).toBe(true);
    expect(Object.keys(baseline.files)).toEqual(SEEDS.map((s) => `reports/${s}`));
  });

  it('a rerun shows nothing, exits 0 where the plain run exits 1, and says so on stderr', async () => {
    expect((await govlint(['-f', 'unix', 'reports'], { cwd: dir })).code).toBe(1);
    const r = await govlint(['-f', 'unix', '--baseline', 'govlint-baseline.json', 'reports'], { cwd: dir });
    expect(unixLines(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/基线 govlint-baseline\.json：隐藏了 \d+ 处已接受的问题；0 处基线中的问题已不再出现/);
  });

  it('after corrections: lines moved above a finding change nothing, a new defect is shown, a fix is counted', async () => {
    const [s000, , s002, s003, s004] = SEEDS;
    const reports = path.join(dir, 'reports');
    // Two lines inserted above every finding of 000 but its first ones.
    write(reports, s000, editLine(seed(s000), 5, (l) => `这一段是更正时新插入的。\n\n${l}`));
    // A new defect in 004, and a second one like an accepted one in 003 (counted: the second is new).
    write(reports, s004, editLine(seed(s004), 5, (l) => `截止2024年底，${l}`));
    write(reports, s003, editLine(seed(s003), 14, (l) => `截止2019年，${l}`));
    // 002's text now agrees with its table 3: the accepted error is fixed.
    write(reports, s002, editLine(seed(s002), 9, (l) => l.replace('依申请公开政府信息 30 件', '依申请公开政府信息 35 件')));
    // Run from inside reports/, the baseline still matches its reports/… entries: they are relative to its folder.
    const r = await govlint(['-f', 'unix', '--baseline', '../govlint-baseline.json', '.'], { cwd: reports });
    expect(unixLines(r.stdout).map((l) => l.replace(/:\d+:\d+:/, ':'))).toEqual([
      `${s003}: warning: “截止2019年”应为“截至2019年”：表示到某时为止用“截至” [wording/jiezhi]`,
      `${s004}: warning: “截止2024年”应为“截至2024年”：表示到某时为止用“截至” [wording/jiezhi]`,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/；1 处基线中的问题已不再出现（已改正）（用 --write-baseline 重写基线可删去已改正的条目）/);

    // A defect that says something else is new (and the accepted one fixed): an error again, exit 1.
    write(reports, s002, editLine(seed(s002), 9, (l) => l.replace('依申请公开政府信息 30 件', '依申请公开政府信息 31 件')));
    const changed = await govlint(['-f', 'unix', '--lang', 'en', '--baseline', 'govlint-baseline.json', path.join('reports', s002)], { cwd: dir });
    expect(unixLines(changed.stdout)).toEqual([expect.stringMatching(/:9:\d+: error: .* \[text\/t3-figures\]$/)]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/Baseline .*: \d+ accepted finding\(s\) not shown; 1 finding\(s\) of the baseline no longer occur \(fixed\)/);
    copySeeds(reports);
  });

  it('rewriting a baseline for some files keeps the other files’ entries; --write-baseline=FILE names the file', async () => {
    const before = JSON.parse(readFileSync(path.join(dir, 'govlint-baseline.json'), 'utf8'));
    const r = await govlint(['--write-baseline=partial.json', path.join('reports', SEEDS[2])], { cwd: dir });
    expect(r.code).toBe(0);
    const partial = JSON.parse(readFileSync(path.join(dir, 'partial.json'), 'utf8'));
    expect(Object.keys(partial.files)).toEqual([`reports/${SEEDS[2]}`]);
    expect(partial.files[`reports/${SEEDS[2]}`]).toEqual(before.files[`reports/${SEEDS[2]}`]);
    // Bare --write-baseline with --baseline updates that file: only 004 is re-linted, the others stay listed.
    const update = await govlint(['--write-baseline', '--baseline', 'partial.json', path.join('reports', SEEDS[4])], { cwd: dir });
    expect(update.code).toBe(0);
    const updated = JSON.parse(readFileSync(path.join(dir, 'partial.json'), 'utf8'));
    expect(Object.keys(updated.files)).toEqual([`reports/${SEEDS[2]}`, `reports/${SEEDS[4]}`]);
    expect(existsSync(path.join(dir, 'reports', 'partial.json'))).toBe(false);
  });

  it('a missing or malformed baseline is a usage error (exit 2, one line, no stack)', async () => {
    const missing = await govlint(['--baseline', 'nope.json', 'reports'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^govlint: 无法读取基线文件 nope\.json（/);
    write(dir, 'bad.json', JSON.stringify({ baselineVersion: 1, files: { 'a.txt': [{ ruleId: 'x' }] } }));
    const bad = await govlint(['--lang', 'en', '--baseline', 'bad.json', 'reports'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^govlint: Cannot read the baseline bad\.json \(files\["a\.txt"\] must be a list/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
