// Two reports of the same body for consecutive years in one batch: the later one is checked against the earlier
// (as with --previous): 二、上年结转 must equal last year's 四、结转下年度继续办理.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const seed = readFileSync(fileURLToPath(new URL('../../packages/rules-national/fixtures/seed-004.txt', import.meta.url)), 'utf8');

function lintJson(args: string[]): { filePath: string; messages: { ruleId: string; span: { start: { line: number } } }[] }[] {
  const run = spawnSync(process.execPath, [bin, '--no-config', '-f', 'json', ...args], { encoding: 'utf8' });
  expect([0, 1]).toContain(run.status);
  return JSON.parse(run.stdout).results;
}

it('pairs the 2023 and 2024 reports of one body in a batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-cross-year-'));
  // Last year's report: same body, 2023, with 5 requests carried forward (this year says 3 were carried over).
  const lastYear = seed.replaceAll('2024', '2023').replaceAll('2025-02-17', '2024-02-17').split('\n');
  lastYear[295] = '5 |'; // 四、结转下年度继续办理 · 总计 (line 296)
  lastYear[289] = '5 |'; // · 自然人 (line 290)
  writeFileSync(join(dir, '2023.txt'), lastYear.join('\n'));
  writeFileSync(join(dir, '2024.txt'), seed);
  const results = lintJson([dir]);
  const thisYear = results.find((r) => r.filePath.endsWith('2024.txt'));
  expect(thisYear?.messages.filter((m) => m.ruleId === 'table3/cross-year-carryover').map((m) => m.span.start.line)).toEqual([84]);
  // Alone, the 2024 report has nothing to compare with.
  const alone = lintJson([join(dir, '2024.txt')]);
  expect(alone[0].messages.some((m) => m.ruleId === 'table3/cross-year-carryover')).toBe(false);
});

it('--previous-dir pairs each report with the same body’s report of the year before in that folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'govlint-previous-dir-'));
  const lastYear = seed.replaceAll('2024', '2023').replaceAll('2025-02-17', '2024-02-17').split('\n');
  lastYear[295] = '5 |'; // 四、结转下年度继续办理 · 总计 (line 296)
  lastYear[289] = '5 |'; // · 自然人 (line 290)
  mkdirSync(join(root, '2023'));
  mkdirSync(join(root, '2024'));
  writeFileSync(join(root, '2023', 'report.txt'), lastYear.join('\n'));
  // Another body's report of 2023 in the folder pairs with nothing.
  writeFileSync(join(root, '2023', 'other.txt'), seed.replaceAll('2024', '2023').replace(/^(.*?)2023年/m, '别的机关2023年'));
  writeFileSync(join(root, '2024', 'report.txt'), seed);
  const run = spawnSync(process.execPath, [bin, '--no-config', '-f', 'json', '--previous-dir', join(root, '2023'), join(root, '2024')], { encoding: 'utf8' });
  const [thisYear] = JSON.parse(run.stdout).results as { messages: { ruleId: string; span: { start: { line: number } } }[] }[];
  expect(thisYear.messages.filter((m) => m.ruleId === 'table3/cross-year-carryover').map((m) => m.span.start.line)).toEqual([84]);
  expect(run.stderr).toContain('--previous-dir：1 份报告中有 1 份在');
  // Not a folder: a usage error.
  const bad = spawnSync(process.execPath, [bin, '--no-config', '--previous-dir', join(root, 'nope'), join(root, '2024')], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/^govlint: --previous-dir：.*nope 不是目录\n$/);
});
