// Golden outputs of the national pack over the seeds, and the sample output at the top of README.md. The pack is
// still growing, so these change on purpose: regenerate with `UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts`
// and review the diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectValidResults, govlint, repo } from './helpers.js';

const GOLDEN = path.join(repo, 'test/golden');
const version = JSON.parse(readFileSync(path.join(repo, 'packages/cli/package.json'), 'utf8')).version as string;

/** Absolute paths and the tool's version differ between machines and releases: replace them with placeholders. */
function normalise(text: string): string {
  return text
    .split(repo)
    .join('<repo>')
    .replace(`"tool": {\n    "name": "govlint",\n    "version": "${version}"`, '"tool": {\n    "name": "govlint",\n    "version": "<version>"');
}


describe.concurrent('golden outputs over examples/', () => {
  for (const [format, file] of [
    ['stylish', 'seeds.stylish.txt'],
    ['unix', 'seeds.unix.txt'],
    ['json', 'seeds.json'],
  ] as const) {
    it(format, async () => {
      const r = await govlint(['--no-config', '-f', format, 'examples/']);
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.code);
      const actual = normalise(r.stdout);
      const target = path.join(GOLDEN, file);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(target)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(target, actual);
      }
      expect(actual).toBe(readFileSync(target, 'utf8'));
      if (format === 'json') expectValidResults(JSON.parse(r.stdout));
    });
  }
});

describe('README.md', () => {
  it('shows the real output of its sample command', async () => {
    const sample = 'examples/002_12d7c137f1960f71.txt';
    const r = await govlint(['--no-config', sample]);
    const shown = r.stdout.split('\n').slice(0, 8);
    const block = ['```', `$ govlint ${sample}`, ...shown, '  …', '```'].join('\n');
    const readmePath = path.join(repo, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const current = new RegExp('```\\n\\$ govlint ' + sample.replace(/[.]/g, '\\.') + '\\n[\\s\\S]*?\\n```').exec(readme);
    expect(current, 'README.md has no sample block').not.toBeNull();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(readmePath, readme.replace(current![0], block));
    expect(readFileSync(readmePath, 'utf8')).toContain(block);
  });
});
