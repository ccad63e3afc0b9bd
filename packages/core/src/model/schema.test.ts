// The report model's JSON Schema (schemas/report-model.schema.json) against real models: the five seeds, their
// Markdown reading and a flattened dump. The schema is the contract of `govlint extract` output.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report-model.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const ROOT = new URL('../../../../', import.meta.url);
const SEEDS = ['000_0ed3c1e88ba08b90', '001_ebc51afa85553e39', '002_12d7c137f1960f71', '003_6e3f4ad97358b0ef', '004_2620abe2f7b9fa96'];

async function modelOf(path: string, name = path) {
  return JSON.parse(JSON.stringify((await extract(readFileSync(new URL(path, ROOT)), name)).model));
}

describe('report-model.schema.json', () => {
  it('has an $id', () => {
    expect(schema.$id).toBe('https://govlint.dev/schemas/report-model.schema.json');
  });

  it.each(SEEDS)('the model of %s validates (txt and md)', async (seed) => {
    for (const name of [`${seed}.txt`, `${seed}.md`]) {
      const model = await modelOf(`examples/${seed}.txt`, name);
      expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('a flattened dump with ambiguous cells (uncertain, with alternatives) validates', async () => {
    // 表二's "114251" splits several ways that nothing in the report settles (11|4|251, 1|1|4251, …).
    const text = readFileSync(new URL('test/fixtures/text/seed-004.flat-run.txt', ROOT), 'utf8').replace('行政规范性文件5312', '行政规范性文件114251');
    const model = JSON.parse(JSON.stringify((await extract(Buffer.from(text), 'flat.txt')).model));
    const cell = model.cells['proactive.normativeDocuments.valid'] as { uncertain?: true; alternatives?: number[] };
    expect(cell.uncertain).toBe(true);
    expect(cell.alternatives?.length).toBeGreaterThan(0);
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the model never holds', async () => {
    const model = await modelOf(`examples/${SEEDS[4]}.txt`);
    model.cells['requests.newReceived.total'].value = '61';
    model.cells['bogus'] = model.cells['requests.carriedOver.total'];
    expect(validate(model)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/cells/requests.newReceived.total/value', '/cells']));
  });
});
