// The stage's memo answers a document with the events json-rules-engine gave an earlier document whose leaf
// conditions came out the same. Whatever the facts, a stage that has seen other documents must answer exactly
// as a fresh stage (json-rules-engine alone) does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Stage, leavesOf, type Facts, type StageEntry } from './jre-stage.js';

const GROUPS: unknown[][] = [
  [],
  [{ fact: 'meta', path: 'template', operator: 'in', value: ['gov-2021'], priority: 10 }],
  [{ fact: 'meta', path: 'template', operator: 'in', value: ['gov-2021', 'gov-2019'] }, { fact: 'meta', path: 'bodyType', operator: 'in', value: ['township'] }],
  [{ all: [{ fact: 'meta', path: 'title', operator: 'equal', value: null }] }],
  [{ not: { fact: 'meta', path: 'title', operator: 'equal', value: '' } }],
  [{ fact: 'meta', path: 'year', operator: 'greaterThanInclusive', value: 2021 }],
  [{ fact: 'meta', path: 'signatures2019', operator: 'nonEmpty', value: true }],
  [{ fact: 'settings', path: 'region', operator: 'regionIn', value: ['山东'] }],
  [{ fact: 'settings', path: 'strict', operator: 'present', value: true }],
  [{ any: [{ fact: 'cells', path: 'appeals.review.total.value', operator: 'greaterThan', value: 0 }, { fact: 'cells', path: 'a.b.value', operator: 'lessThan', value: 5 }] }],
  // A fact compared with another fact.
  [{ fact: 'cells', path: 'a.b.value', operator: 'equal', value: { fact: 'cells', path: 'appeals.review.total.value' } }],
  [{ fact: 'meta', operator: 'nonEmpty', value: true }],
  [{ fact: 'meta', path: 'tags', operator: 'contains', value: 'x' }],
];

const entries = (groups: unknown[][]): StageEntry[] => groups.map((conditions, index) => ({ group: { conditions, members: [] }, index, type: 'findings', priority: 1 }));

const scalar = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant(Number.NaN),
  fc.constantFrom('gov-2021', 'gov-2019', 'government', 'township', 'x', '2021', '山东省/淄博市', '上海'),
  fc.integer({ min: -2, max: 2025 }),
  fc.boolean(),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.constant({}), fc.constant({ a: undefined }));
const cell = fc.oneof(fc.constant(undefined), fc.record({ value: scalar }));

const facts: fc.Arbitrary<Facts> = fc
  .record({
    meta: fc.oneof(fc.constant(null), fc.record({ template: value, bodyType: value, title: value, year: value, signatures2019: value, tags: value }, { requiredKeys: [] })),
    settings: fc.record({ region: value, strict: value }, { requiredKeys: [] }),
    review: cell,
    ab: cell,
  })
  .map(({ meta, settings, review, ab }) => ({
    meta,
    settings,
    // `appeals.review.total` is one key with dots, as the model's cell keys are.
    cells: { 'appeals.review.total': review, 'a.b': ab },
    tables: {},
    sections: [],
    model: {},
  }));

const sorted = (events: readonly { type: string; group: number }[]) => [...events].sort((a, b) => a.group - b.group);

describe('json-rules-engine stage memo', () => {
  it('answers every document as json-rules-engine alone does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(facts, { minLength: 1, maxLength: 12 }), async (docs) => {
        const shared = new Stage(entries(GROUPS));
        for (const doc of docs) {
          const fresh = await new Stage(entries(GROUPS)).events(doc);
          expect(sorted(await shared.events(doc))).toEqual(sorted(fresh));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keys only trees it can read whole', () => {
    expect(leavesOf(GROUPS[2])).toHaveLength(2);
    expect(leavesOf([{ condition: 'named' }])).toBeUndefined();
    expect(leavesOf([{ fact: 'x', params: { a: 1 }, operator: 'equal', value: 1 }])).toBeUndefined();
    expect(leavesOf([{ fact: 'x', operator: 'equal', value: { fact: 'y', params: {} } }])).toBeUndefined();
  });

  it('still runs trees it cannot key', async () => {
    const stage = new Stage(entries([[{ fact: 'meta', path: 'year', params: { a: 1 }, operator: 'equal', value: 2021 }]]));
    const doc = (year: number): Facts => ({ meta: { year }, settings: {}, cells: {}, tables: {}, sections: [], model: {} });
    expect(await stage.events(doc(2021))).toEqual([{ type: 'findings', group: 0 }]);
    expect(await stage.events(doc(2020))).toEqual([]);
  });
});
