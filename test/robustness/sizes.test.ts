// Inputs whose size decides the size of arrays inside the readers: no stage may spread them into a call
// (`push(...a)`, `Math.max(...a)` overflow the stack past ~100 000 elements). A million blank lines after a heading,
// (400 000 in Markdown), are read and linted like any short report: findings, no "Maximum call stack" fatal.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../packages/core/src/lint.js';

const heading = '一、总体情况\n';
describe.concurrent('a million blank lines', () => {
  it.each([
    ['report.txt', `${heading}${'\n'.repeat(1_000_000)}`],
    ['report.md', `# ${heading}${'\n'.repeat(400_000)}`],
    ['report.txt', `${heading}${'　\n'.repeat(300_000)}`],
  ])('%s is read and linted', async (name, text) => {
    const result = await lintText(text, name, { noConfig: true });
    expect(result.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
    expect(result.messages.some((m) => m.ruleId === 'structure/six-sections')).toBe(true);
  });
});
