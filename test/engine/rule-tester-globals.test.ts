// With a global describe/it (vitest `globals`, mocha, jest), RuleTester registers one test per example, or one
// test for the examples of the rule file. Here the globals are vitest's, set for the registration only.
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { RuleTester } from '../../packages/core/src/testing/rule-tester.js';

const DEMO = fileURLToPath(new URL('../fixtures/packs/demo/', import.meta.url)).replace(/\/$/, '');
const g = globalThis as { describe?: unknown; it?: unknown };
g.describe = describe;
g.it = it;
const tester = new RuleTester({ pack: DEMO });
void tester.run('noise/citation', {
  valid: [{ text: '## 一、总体情况\n\n依据《中华人民共和国政府信息公开条例》。\n' }],
  invalid: [{ name: 'wrong title', text: '## 一、总体情况\n\n依据《中华人民共和国信息公开条例》。\n', errors: [{ line: 3, column: 3, messageId: 'swap' }] }],
});
void tester.run('table3/balance');
delete g.describe;
delete g.it;
