// RuleTester and runPackExamples: examples in the rule files are real tests (mutations, exact positions,
// fix output), and a wrong expectation is reported with the rule file and line of the example.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RuleTester, runPackExamples } from '../../packages/core/src/testing/rule-tester.js';

const DEMO = fileURLToPath(new URL('../fixtures/packs/demo/', import.meta.url)).replace(/\/$/, '');
const SEED = fileURLToPath(new URL('../../examples/004_2620abe2f7b9fa96.txt', import.meta.url));

describe('runPackExamples', () => {
  it('runs every example of the demo pack, and they all pass', async () => {
    const results = await runPackExamples(DEMO);
    expect(results.map((r) => `${r.ruleId} ${r.kind} ${r.index + 1} ${r.ok ? 'ok' : r.problems.join('; ')}`)).toEqual([
      'noise/citation valid 1 ok',
      'noise/citation invalid 1 ok',
      'structure/parts valid 1 ok',
      'structure/parts invalid 1 ok',
      'table3/balance valid 1 ok',
      'table3/balance invalid 1 ok',
      'text/new-requests valid 1 ok',
      'text/new-requests invalid 1 ok',
    ]);
    const balance = results.find((r) => r.ruleId === 'table3/balance' && r.kind === 'invalid')!;
    expect(balance.line).toBe(21);
    expect(balance.messages[0].message).toBe('表三“总计”列：61 + 3 = 64，应等于 62 + 3 = 65');
  });
});

describe('RuleTester', () => {
  const tester = new RuleTester({ pack: DEMO });

  it('passes when the cases hold (runner-agnostic: no global describe/it here)', async () => {
    await expect(
      tester.run('table3/balance', {
        valid: [{ fixture: SEED }, { fixture: SEED, set: { 'requests.carriedForward.total': 3, 'requests.carriedOver.total': 4 } }],
        invalid: [{ fixture: SEED, set: { 'requests.newReceived.naturalPerson': 60 }, errors: [{ line: 281, column: 1, messageId: 'mismatch', key: 'requests.totalProcessed.naturalPerson' }] }],
      }),
    ).resolves.toBeUndefined();
  });

  it('fails with every wrong expectation spelled out', async () => {
    const run = tester.run('table3/balance', {
      valid: [{ fixture: SEED, set: { 'requests.carriedForward.total': 9 } }],
      invalid: [
        { fixture: SEED, set: { 'requests.carriedForward.total': 9 }, errors: [{ line: 280, messageId: 'mismatch' }] },
        { fixture: SEED, errors: [{ line: 1 }] },
        { fixture: SEED, set: { 'requests.nope.total': 1 }, errors: [{ line: 1 }] },
      ],
    });
    const error = await run.then(() => null, (e: Error) => e);
    expect(error?.message).toBe(
      [
        'table3/balance: 4 example(s) failed',
        `${DEMO}/rules/table3/balance.yaml: table3/balance valid example 1 (${SEED} (requests.carriedForward.total=9)):`,
        '  unexpected 287:1 mismatch [requests.totalProcessed.total] 表三“总计”列：61 + 3 = 64，应等于 62 + 9 = 71',
        `${DEMO}/rules/table3/balance.yaml: table3/balance invalid example 1 (${SEED} (requests.carriedForward.total=9)):`,
        '  diagnostic 1: line 280 ≠ 287 (287:1 mismatch [requests.totalProcessed.total] 表三“总计”列：61 + 3 = 64，应等于 62 + 9 = 71)',
        `${DEMO}/rules/table3/balance.yaml: table3/balance invalid example 2 (${SEED}):`,
        '  expected 1 diagnostic(s), got 0:',
        '',
        `${DEMO}/rules/table3/balance.yaml: table3/balance invalid example 3 (${SEED} (requests.nope.total=1)):`,
        "  set: cell requests.nope.total not found in the example's model",
      ].join('\n'),
    );
  });

  it('checks the fix output, and that messages have no unfilled placeholders', async () => {
    const text = '## 一、总体情况\n\n根据《中华人民共和国信息公开条例》编制。\n';
    await expect(tester.run('noise/citation', { invalid: [{ text, errors: [{ line: 3, column: 3 }], output: text.replace('信息公开条例', '政府信息公开条例') }] })).resolves.toBeUndefined();
    await expect(tester.run('noise/citation', { invalid: [{ text, errors: [{ line: 3, column: 3 }], output: null }] })).rejects.toThrow(/expected no fix, but fixes change the text/);
  });

  it('rejects an unknown rule id', async () => {
    await expect(tester.run('no/such', { valid: [] })).rejects.toThrow(/rule no\/such is not in/);
  });
});
