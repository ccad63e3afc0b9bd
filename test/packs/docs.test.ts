// The committed rule pages (docs/rules/<id>.md in each shipped pack) are generated: this fails when one is stale,
// missing or left over from a removed rule (fix: `pnpm run docs`), and when a diagnostic's documentation link would
// not open the page.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRuleDocs, loadPack, staleRuleDocs } from '@govlint/core';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
const PACKS = ['rules-national', ...['shandong', 'shanghai', 'hunan', 'anhui'].map((p) => `rules-provincial/${p}`)];
const scratch = mkdtempSync(join(tmpdir(), 'govlint-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(PACKS)('%s/docs/rules', (name) => {
  const dir = join(packages, name);

  it('is what `pnpm run docs` generates (regenerated into a temporary folder and compared)', async () => {
    const out = join(scratch, name);
    const written = await generateRuleDocs(dir, out);
    const pack = await loadPack(dir, dir);
    expect(written.length).toBe(pack.rules.length);
    const differing = pack.rules
      .filter((r) => {
        const committed = join(dir, 'docs/rules', `${r.id}.md`);
        return !existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(join(out, `${r.id}.md`), 'utf8');
      })
      .map((r) => r.id);
    expect(differing, 'stale or missing doc pages: run `pnpm run docs`').toEqual([]);
    // Pages of rules that no longer exist.
    expect((await staleRuleDocs(dir, join(dir, 'docs/rules'))).filter((s) => s.kind === 'orphan').map((s) => s.file)).toEqual([]);
  });

  it("links each rule's diagnostics to its page inside the pack", async () => {
    const pack = await loadPack(dir, dir);
    for (const rule of pack.rules) {
      expect(rule.url, rule.id).toBeDefined();
      const page = fileURLToPath(rule.url!);
      expect(page).toBe(join(dir, 'docs/rules', `${rule.id}.md`));
      expect(existsSync(page), page).toBe(true);
    }
  });
});

it('staleRuleDocs names a stale, a missing and an orphan page', async () => {
  const dir = join(packages, 'rules-provincial/shandong');
  const out = join(scratch, 'broken');
  await generateRuleDocs(dir, out);
  const { writeFileSync, unlinkSync } = await import('node:fs');
  writeFileSync(join(out, 'shandong/opening-parts.md'), 'edited by hand\n');
  unlinkSync(join(out, 'shandong/opening-citation.md'));
  writeFileSync(join(out, 'shandong/gone.md'), '# shandong/gone\n');
  const stale = await staleRuleDocs(dir, out);
  expect(stale.map((s) => `${s.kind} ${s.ruleId ?? ''} ${s.file.slice(out.length + 1)}`).sort()).toEqual([
    'missing shandong/opening-citation shandong/opening-citation.md',
    'orphan  shandong/gone.md',
    'stale shandong/opening-parts shandong/opening-parts.md',
  ]);
});
