// On a generated corpus (shared/bench/gen-corpus.mjs) every injected error is found by the rule meant for it and
// no clean report gets an error-level finding. 300 reports here (~30 injected errors, every kind at least once);
// `node bench/corpus-check.mjs --n 1000` runs the full check.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { checkCorpus, EXPECTED_RULE } from '../../bench/corpus-check.mjs';

const generator = fileURLToPath(new URL('../../../shared/bench/gen-corpus.mjs', import.meta.url));

it.runIf(existsSync(generator))('finds every injected error and raises no false error', async () => {
  const s = await checkCorpus({ n: 300, errors: 0.1, seed: 7, generator });
  expect(s.reports).toBe(300);
  expect(s.injected).toBe(30);
  expect(Object.keys(s.byKind).sort()).toEqual(Object.keys(EXPECTED_RULE).sort());
  expect(s.missed).toEqual([]);
  expect(s.falseErrors).toEqual([]);
  expect(s.found).toBe(s.injected);
}, 180_000);
