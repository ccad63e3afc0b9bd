// The same report in every format gives the same numbers: SEED-004 and SEED-000 as the seed text itself and as
// the generated .md, .html, .docx and .pdf, through the whole pipeline (decode → read → model).
import { describe, expect, it } from 'vitest';
import { extract } from '../../packages/core/src/extract.js';
import { readDocument } from '../../packages/core/src/read/index.js';
import type { ReportModel } from '../../packages/core/src/model/types.js';
import { expectedValues, fixture, FIXTURES, type SeedId } from './helpers.js';

const FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'] as const;

async function models(id: SeedId): Promise<Record<(typeof FORMATS)[number], ReportModel>> {
  const out = {} as Record<(typeof FORMATS)[number], ReportModel>;
  for (const ext of FORMATS) out[ext] = (await extract(fixture(`${id}.${ext}`), `${FIXTURES}${id}.${ext}`)).model;
  return out;
}

const values = (m: ReportModel): Record<string, number | null> => Object.fromEntries(Object.entries(m.cells).map(([k, c]) => [k, c.value]));

describe.each<SeedId>(['seed-004', 'seed-000'])('%s in five formats', (id) => {
  it('gives the same value for every canonical cell', async () => {
    const m = await models(id);
    const reference = values(m.txt);
    const want = expectedValues(id);
    // The reference itself holds the seed's numbers.
    expect(reference['requests.newReceived.total']).toBe(want.requests[0][6]);
    expect(reference['requests.totalProcessed.total']).toBe(want.requests[23][6]);
    expect(reference['appeals.review.total']).toBe(want.appeals[4]);
    expect(Object.values(reference).filter((v) => v !== null).length).toBeGreaterThanOrEqual(200);
    for (const ext of FORMATS) {
      expect({ ext, cells: values(m[ext]) }).toEqual({ ext, cells: reference });
      expect(m[ext].meta.template).toBe('gov-2021');
      // The six parts are found in every format (in .docx their "一、" comes from Word's numbering).
      expect({ ext, headings: m[ext].headings.map((h) => h.key) }).toEqual({ ext, headings: m.txt.headings.map((h) => h.key) });
      for (const t of ['proactive', 'requests', 'appeals'] as const) expect(m[ext].tables[t].missing).toEqual([]);
    }
  });
});

describe('read time per format (warm)', () => {
  it('reads each fixture in well under two seconds', async () => {
    const report: string[] = [];
    for (const ext of FORMATS) {
      const bytes = fixture(`seed-004.${ext}`);
      await readDocument(bytes, `seed-004.${ext}`); // warm: module load, pdfjs worker, caches
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        await readDocument(bytes, `seed-004.${ext}`);
        times.push(performance.now() - t0);
      }
      const median = times.sort((a, b) => a - b)[1];
      report.push(`${ext} ${median.toFixed(1)} ms`);
      // Generous (shared, loaded machines); an order-of-magnitude regression still fails.
      expect(median).toBeLessThan(2000);
    }
    console.log(`read seed-004, median of 3 warm runs: ${report.join(', ')}`);
  });
});
