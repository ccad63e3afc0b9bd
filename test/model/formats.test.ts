// The model is format-blind: SEED-004 and SEED-000 written as HTML, Word and PDF (test/fixtures/formats, made by
// scripts/make-format-fixtures.mjs) give the same cells, headings and meta as the plain-text seeds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../packages/core/src/extract.js';
import { fixture } from './fixtures.js';

const values = (cells: Record<string, { value: number | null }>) => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.value]));

describe.each([
  [4, 'seed-004'],
  [0, 'seed-000'],
])('SEED-00%d', (n, base) => {
  it.each(['html', 'docx', 'pdf', 'md'])(`${base}.%s: same cells, headings and meta`, async (ext) => {
    const path = `test/fixtures/formats/${base}.${ext}`;
    const { document, model } = await extract(readFileSync(path), path);
    const expected = fixture(n);
    expect(document.format).toBe(ext);
    expect(values(model.cells)).toEqual(values(expected.cells));
    expect(model.headings.map((h) => [h.key, h.match])).toEqual(expected.headings.map((h) => [h.key, h.match]));
    expect(model.meta).toMatchObject({
      title: expected.meta.title ? { value: expected.meta.title.value } : null,
      body: expected.meta.body,
      bodyType: expected.meta.bodyType,
      year: expected.meta.year,
      template: expected.meta.template,
      publicationDate: expected.meta.publicationDate ? { value: expected.meta.publicationDate.value } : null,
    });
    for (const t of ['proactive', 'requests', 'appeals'] as const) {
      expect(model.tables[t]).toMatchObject({ present: true, shape: ext === 'md' ? expect.any(String) : ext, missing: [], extra: [] });
    }
  });
});
