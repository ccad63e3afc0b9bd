// Thousands of reports per run: reading and modelling must be linear. These bounds are ~10× what a loaded
// 2-core machine needs; quadratic work on the same inputs would take minutes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromText } from './helpers.js';
import { seedPath } from './fixtures.js';

const time = async (text: string, name = 'big.txt'): Promise<number> => {
  const t = performance.now();
  await fromText(text, name);
  return performance.now() - t;
};

describe('scale', () => {
  it('40 copies of SEED-004 (≈14 000 lines, 490 KB) read and modelled in seconds', async () => {
    const big = Array(40).fill(readFileSync(seedPath(4), 'utf8')).join('\n');
    expect(await time(big)).toBeLessThan(12_000);
  });

  it('40 generated Markdown reports in one file (≈520 KB, 120 GFM tables), and a table of 10 000 rows', async () => {
    const report = readFileSync('test/fixtures/formats/generated/gen-seed7-r00010.md', 'utf8');
    expect(await time(Array(40).fill(report).join('\n'), 'big.md')).toBeLessThan(12_000);
    const rows = Array.from({ length: 10_000 }, (_, k) => `| 规章 | ${k} | \u00a0 | **${k}** |`).join('\n');
    expect(await time(`## 二、主动公开政府信息情况\n\n| a | b | c | d |\n|---|---|---|---|\n${rows}\n`, 'rows.md')).toBeLessThan(12_000);
  });

  it('a 115 KB flattened line (80 run-together copies of table 三)', async () => {
    const line = readFileSync('test/fixtures/text/seed-004.flat-run.txt', 'utf8').split('\n')[15];
    expect(await time(`三、收到和处理政府信息公开申请情况\n${line.repeat(80)}`)).toBeLessThan(8000);
  });
});
