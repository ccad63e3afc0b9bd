// Mutation tests: one deliberate defect in a clean report (SEED-004) must produce findings of exactly the
// intended rules and of no other (rulebook §9, "negative fixtures to synthesize", and more).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText, type Diagnostic } from '@govlint/core';

const seedPath = fileURLToPath(new URL('../../packages/rules-national/fixtures/seed-004.txt', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');

/** Replace the text of line `n` (1-based). */
function setLine(text: string, n: number, value: string): string {
  const lines = text.split('\n');
  lines[n - 1] = value;
  return lines.join('\n');
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.includes(from), `fixture contains “${from}”`).toBe(true);
  return text.replace(from, to);
}

const fingerprint = (d: Diagnostic) => `${d.ruleId}|${d.message}`;

async function newFindings(mutated: string): Promise<Diagnostic[]> {
  const [before, after] = await Promise.all([lintText(seed, seedPath, { noConfig: true }), lintText(mutated, seedPath, { noConfig: true })]);
  const old = new Set(before.messages.map(fingerprint));
  return after.messages.filter((d) => !old.has(fingerprint(d)));
}

const cases: { name: string; mutate: (t: string) => string; rules: string[]; at?: [string, number][] }[] = [
  {
    name: '（七）总计 62 → 63 breaks I1, I2, I3 and the text',
    mutate: (t) => setLine(t, 287, '63 |'),
    rules: ['table3/balance', 'table3/results-total', 'table3/row-total', 'text/t3-figures'],
    at: [['table3/balance', 287], ['table3/results-total', 287], ['table3/row-total', 287]],
  },
  {
    name: 'one 自然人 cell changed without its 总计 breaks I3 (and its column)',
    mutate: (t) => setLine(t, 88, '39 |'),
    rules: ['table3/row-total', 'table3/results-total'],
    at: [['table3/row-total', 94], ['table3/results-total', 281]],
  },
  {
    name: 'table 四 13 → 12 breaks I4',
    mutate: (t) => setLine(t, 324, '12 |'),
    rules: ['table4/block-total'],
    at: [['table4/block-total', 324]],
  },
  {
    name: 'the text says 60 new requests, the table 61',
    mutate: (t) => replaceOnce(t, '共收到政府信息公开申请61件', '共收到政府信息公开申请60件'),
    rules: ['text/t3-figures'],
    at: [['text/t3-figures', 9]],
  },
  {
    name: '2019 table-二 labels in a 2024 report',
    mutate: (t) => replaceOnce(replaceOnce(replaceOnce(t, '本年制发件数', '本年新制作数量'), '本年废止件数', '本年新公开数量'), '现行有效件数', '对外公开总数量'),
    rules: ['template/version-2019'],
  },
  {
    name: 'part 五 dropped',
    mutate: (t) => setLine(t, 335, '存在的问题'),
    // Without its heading, part 五's text (the only mention of 复议) belongs to part 四: text-silent follows.
    rules: ['structure/six-sections', 'table4/text-silent'],
  },
  {
    name: 'the period year broken',
    mutate: (t) => replaceOnce(t, '统计期限自2024年1月1日起,至2024年12月31日止', '统计期限自2023年1月1日起,至2023年12月31日止'),
    rules: ['wording/stat-period', 'wording/year-consistency'],
  },
  {
    name: 'the fee statement removed from part 六',
    mutate: (t) => setLine(t, 343, '(一)依申请公开情况。全年依法办理。'),
    rules: ['content/fee-statement'],
  },
  {
    name: 'another body named as the reporter',
    mutate: (t) => replaceOnce(t, '本年度报告根据', '现公布王奔镇人民政府2024年政府信息公开工作年度报告。本年度报告根据'),
    rules: ['wording/body-name'],
  },
  {
    name: 'a breakdown that does not add up',
    mutate: (t) => setLine(t, 13, '二、主动公开政府信息情况\n全年主动公开政府信息共120条，其中政策文件50条、工作动态60条。'),
    rules: ['text/breakdown-sum'],
  },
];

describe('mutations of SEED-004', () => {
  it('the unmutated seed has no error', async () => {
    const result = await lintText(seed, seedPath, { noConfig: true });
    expect(result.messages.filter((d) => d.severity === 'error')).toEqual([]);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const found = await newFindings(c.mutate(seed));
      expect([...new Set(found.map((d) => d.ruleId))].sort()).toEqual([...c.rules].sort());
      for (const [ruleId, line] of c.at ?? []) {
        expect(found.filter((d) => d.ruleId === ruleId).map((d) => d.span.start.line)).toContain(line);
      }
    });
  }
});
