// docs/severity.md, the part a machine can check: in every shipped pack, a rule that can report at `error` (its
// level, a `levels` gate, a label kind, the unverifiable or whole-group level) rests on no [U] source and is no
// heuristic. The packs are found on disk (every pack.yaml under packages/rules-*), so a new pack is checked too.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPack, type LoadedRule } from '@govlint/core';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));

function packDirs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'rules' || name === 'docs' || name === 'fixtures') continue;
    const p = join(dir, name);
    if (name === 'pack.yaml') out.push(dirname(p));
    else if (statSync(p).isDirectory()) out.push(...packDirs(p));
  }
  return out;
}

/** Every level a rule can report at, wherever its file sets one. */
function reachableLevels(rule: LoadedRule): string[] {
  const raw = rule.raw;
  const levels = [raw.level, ...(raw.levels ?? []).map((l) => l.level)];
  const kinds = raw.kinds as Record<string, string> | undefined;
  if (kinds) levels.push(...Object.values(kinds));
  for (const value of [raw.options?.unverifiableLevel, raw.wholeGroupLevel]) if (typeof value === 'string') levels.push(value);
  return levels;
}

const dirs = readdirSync(packages).filter((d) => d.startsWith('rules-')).flatMap((d) => packDirs(join(packages, d)));

describe('severity policy (docs/severity.md)', () => {
  it('finds the shipped packs', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(2);
  });

  for (const dir of dirs) {
    it(`${dir.slice(packages.length)}: no [U] source and no heuristic at error`, async () => {
      const { rules } = await loadPack(dir, dir);
      const offenders = rules
        .filter((r) => r.packDir === dir)
        .filter((r) => reachableLevels(r).includes('error'))
        .filter((r) => (r.raw.sources ?? []).some((s) => s.includes('[U]')) || /\[U\]|启发式/.test(r.raw.description.zh ?? ''))
        .map((r) => r.id);
      expect(offenders).toEqual([]);
    });
  }
});
