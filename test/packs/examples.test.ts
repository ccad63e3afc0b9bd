// Every rule's `examples` (valid and invalid) in every shipped pack, one test per rule: the examples are the
// rules' tests. A failing example names the rule file, the example and the difference.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatFailure, loadPack, runPackExamples } from '@govlint/core';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
const packs = [
  join(packages, 'rules-national'),
  ...['shandong', 'shanghai', 'hunan', 'hunan/huaihua', 'hunan/yueyang', 'anhui'].map((region) => join(packages, 'rules-provincial', region)),
];

// Loading the packs here also proves they validate against the schemas.
const loaded = await Promise.all(packs.map(async (dir) => ({ dir, rules: (await loadPack(dir, dir)).rules.map((r) => ({ id: r.id, examples: r.raw.examples })) })));

for (const { dir: pack, rules } of loaded) {
  describe(pack.slice(packages.length), () => {
    it('gives every rule at least one valid example, and an invalid one unless it needs last year\'s report', () => {
      for (const rule of rules) {
        expect(rule.examples?.valid?.length ?? 0, `${rule.id} has no valid example`).toBeGreaterThan(0);
      }
    });

    for (const rule of rules) {
      it(rule.id, async () => {
        const results = await runPackExamples(pack, { filter: (id) => id === rule.id });
        expect(results.length).toBe((rule.examples?.valid?.length ?? 0) + (rule.examples?.invalid?.length ?? 0));
        const failures = results.filter((r) => !r.ok).map(formatFailure);
        expect(failures.join('\n\n')).toBe('');
      });
    }
  });
}
