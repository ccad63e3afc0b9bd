// Shared by the model tests: the seeds and their hand-checked models.
import { readFileSync } from 'node:fs';
import { extract } from '../../packages/core/src/extract.js';
import type { ReportModel } from '../../packages/core/src/model/types.js';
import type { ModelView } from './project.js';

export const SEEDS = ['000_0ed3c1e88ba08b90', '001_ebc51afa85553e39', '002_12d7c137f1960f71', '003_6e3f4ad97358b0ef', '004_2620abe2f7b9fa96'];

export const seedPath = (n: number): string => `examples/${SEEDS[n]}.txt`;

export async function seedModel(n: number): Promise<ReportModel> {
  return (await extract(readFileSync(seedPath(n)), seedPath(n))).model;
}

export function fixture(n: number): ModelView & { source: string } {
  return JSON.parse(readFileSync(`test/fixtures/models/seed-00${n}.json`, 'utf8'));
}
