// Text rules that judge real reports right (real-world-accuracy.md classes E, J, K, L and the content side of P):
// each accuracy fixture against the seed it was made from, with the exact findings its one edit must bring.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../packages/core/src/lint.js';
import { addedFindings, lintAccuracy } from './helpers.js';

describe.concurrent('E: text figures aware of scope and qualifiers', () => {
  it.each([
    ['m13-combined-phrase.txt', 'm00-base.txt'], // 予以公开及部分公开48件 = 40 + 8
    ['n16-null-qualifier.txt', 'n00-seed004.txt'], // 未发生…被行政诉讼败诉: not "no lawsuit"
    ['n17-subcount-dafu.txt', 'n00-seed004.txt'], // 同意公开答复40件: a category, not the 办结 total
    ['n28-overview-synonym.txt', 'n00-seed002.txt'], // 处理申请…30件 covers 依申请公开
  ])('%s adds nothing to %s', async (name, base) => {
    expect(await addedFindings(name, base)).toEqual([]);
  });
});

describe.concurrent('J: fee statement in the wordings reports use', () => {
  it('n11: 没有产生信息公开处理费 is a fee statement', async () => {
    expect(await addedFindings('n11-fee-variant.txt', 'n00-seed000.txt')).toEqual([]);
    expect((await lintAccuracy('n11-fee-variant.txt')).lines.filter((l) => l.includes('fee-statement'))).toEqual([]);
  });
});

describe.concurrent('K: breakdown sums', () => {
  it.each([
    ['n21-breakdown-hedge-in-name.txt', 'e text/breakdown-sum 3:7'], // 等 inside a name is no hedge
    ['n21b-breakdown-control.txt', 'e text/breakdown-sum 3:7'],
    ['n21c-breakdown-no-qizhong.txt', 'e text/breakdown-sum 3:20'], // 共30条， then items, no 其中
    ['n21d-breakdown-trailing-deng.txt', 'e text/breakdown-sum 3:7'], // 等 never excuses a sum above the total
  ])('%s: %s', async (name, line) => {
    expect(await addedFindings(name, 'n00-seed000.txt')).toEqual([line]);
  });

  it('n21e: a unit-less item and a list past ； give no finding', async () => {
    const { lines } = await lintAccuracy('n21e-breakdown-semicolon.txt');
    expect(lines.filter((l) => l.includes('breakdown-sum'))).toEqual([]);
  });
});

describe.concurrent('L: coverage gaps', () => {
  it('n22: Word/HTML residue, one finding per run', async () => {
    const { lines } = await lintAccuracy('n22-markup-residue.txt');
    expect(lines.filter((l) => l.includes('web-residue'))).toEqual(['i noise/web-residue 29:1', 'i noise/web-residue 30:1', 'i noise/web-residue 79:2']);
  });

  it('n23: 从以下三个方面 followed by two items', async () => {
    expect(await addedFindings('n23-declared-count.txt', 'n00-seed002.txt')).toEqual(['w wording/enumeration 78:12']);
  });

  it('n24: a sentence of part 一 opening with the previous year', async () => {
    expect(await addedFindings('n24-stale-year.txt', 'n00-seed004.txt')).toEqual(['w wording/year-consistency 9:51']);
  });

  it('n14: a list running on into the next paragraph is not "missing 一是"', async () => {
    expect(await addedFindings('n14-enum-across-lines.txt', 'n00-seed004.txt')).toEqual([]);
  });
});

// The real reports of shared/corpus/real (field data outside the repository): run where they are.
const REAL = '/work/shared/corpus/real/';

describe.runIf(existsSync(REAL)).concurrent('real reports', () => {
  const lines = async (file: string, rule: string) => {
    const r = await lintFile(REAL + file, { noConfig: true });
    return r.messages.filter((d) => d.ruleId === rule).map((d) => `${d.severity} ${d.span?.start.line}:${d.span?.start.column}`);
  };

  it.each([
    '104-pingtan-jinjing-pianqu-2022.txt', // 本年度没有产生信息公开处理费
    '111-pingtan-touzi-cujinju-2025.txt', // 我局无收取信息公开处理费
    '113-shuyang-xian-fagaiju-2023.html', // 政府信息公开未发生收费情况
  ])('%s states its fees', async (file) => {
    expect(await lines(file, 'content/fee-statement')).toEqual([]);
  });

  it('120: 1+3+9+24+97 = 134 ≠ 135', async () => {
    expect(await lines('120-pingtan-suping-pianqu-2021.txt', 'text/breakdown-sum')).toEqual(['error 10:1013']);
  });

  it('114: highlights with comments between them are no breakdown', async () => {
    expect(await lines('114-pingtan-xingzheng-shenpiju-2025.txt', 'text/breakdown-sum')).toEqual([]);
  });

  it('106: 国办函〔2020〕109号） without its （; the body name with 实验 missing', async () => {
    expect(await lines('106-pingtan-xingzheng-shenpiju-2021.txt', 'wording/brackets')).toEqual(['warning 10:3178']);
    expect(await lines('106-pingtan-xingzheng-shenpiju-2021.txt', 'wording/body-name')).toEqual(['warning 10:418']);
  });

  it('118: signed by another body, the superseded 2019 notice, 依申请公开信息数1条 with no request', async () => {
    const file = '118-pingtan-touzi-cujinju-2024.txt';
    expect(await lines(file, 'wording/body-name')).toEqual(['warning 10:2426']);
    expect(await lines(file, 'wording/format-citation')).toHaveLength(1);
    expect(await lines(file, 'text/no-applications')).toEqual([expect.stringMatching(/^warning /)]);
  });

  it('108: 未收到…行政复议申请及行政诉讼案件 is about appeals', async () => {
    expect(await lines('108-pingtan-guanweihui-bangongshi-2024.txt', 'text/no-applications')).toEqual([]);
  });

  it('112: a 2019 report may cite the 2019 notice; its partial-year period is a warning', async () => {
    expect(await lines('112-pingtan-guoyou-zichan-guanliju-2019.txt', 'wording/format-citation')).toEqual([]);
    expect(await lines('112-pingtan-guoyou-zichan-guanliju-2019.txt', 'wording/stat-period')).toEqual(['warning 10:230']);
    expect(await lines('101-pingtan-jinjing-pianqu-2019.txt', 'wording/stat-period')).toEqual(['info 10:233']);
  });
});
