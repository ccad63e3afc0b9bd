// The expected diagnostics of the five real seeds with the national pack, in files a reviewer can read next to
// rulebook §9 (test/seeds/expected/*.txt). SEED-004, the clean exemplar, must have no error.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFile, type FileResult } from '@govlint/core';

const fixtures = fileURLToPath(new URL('../../packages/rules-national/fixtures/', import.meta.url));
const seeds = readdirSync(fixtures).filter((f) => /^seed-\d{3}\.txt$/.test(f)).sort();

function render(name: string, result: FileResult): string {
  const rows = result.messages.map((d) => {
    const at = `${d.span.start.line}:${d.span.start.column}`.padStart(7);
    return `${at}  ${d.severity.padEnd(7)}  ${d.ruleId.padEnd(32)}  ${d.message}`;
  });
  const counts = `${result.errorCount} errors, ${result.warningCount} warnings, ${result.infoCount} infos`;
  return [`# ${name} with @govlint/rules-national: ${counts}`, ...rows, ''].join('\n');
}

describe('the seeds with the national pack', () => {
  for (const seed of seeds) {
    it(seed, async () => {
      const result = await lintFile(join(fixtures, seed), { noConfig: true });
      await expect(render(seed, result)).toMatchFileSnapshot(`expected/${seed}`);
    });
  }

  it('SEED-004 (the near-clean exemplar) has no error', async () => {
    const result = await lintFile(join(fixtures, 'seed-004.txt'), { noConfig: true });
    expect(result.messages.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
