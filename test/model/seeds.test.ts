// The five real seeds against their hand-checked models (test/fixtures/models/seed-00N.json): every cell of the
// three tables with value, raw text, line and column, the six headings, meta, and the labels not written exactly.
// The fixtures were checked against `cat -n` of the seeds and against a separate line-by-line reading of each
// seed's tables; rulebook §9 values are asserted by name below as well.
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../packages/core/src/model/types.js';
import { fixture, SEEDS, seedModel } from './fixtures.js';
import { project } from './project.js';

describe.each([0, 1, 2, 3, 4])('SEED-00%d', (n) => {
  it('reads exactly the hand-checked model', async () => {
    const { source, ...expected } = fixture(n);
    expect(source).toBe(`examples/${SEEDS[n]}.txt`);
    expect(project(await seedModel(n))).toEqual(expected);
  });
});

describe('rulebook §9 values', () => {
  const v = (m: ReportModel, key: string): number | null | undefined => m.cells[key]?.value;

  it('SEED-004 L9/L10 and table 四 (the PASS fixture)', async () => {
    const m = await seedModel(4);
    expect([v(m, 'requests.newReceived.total'), v(m, 'requests.carriedOver.total'), v(m, 'requests.totalProcessed.total')]).toEqual([61, 3, 62]);
    expect([v(m, 'requests.granted.total'), v(m, 'requests.partiallyGranted.total'), v(m, 'requests.carriedForward.total')]).toEqual([40, 8, 2]);
    const denied = ['stateSecret', 'lawForbidden', 'safetyStability', 'thirdPartyRights', 'internalAffairs', 'processInfo', 'enforcementFile', 'adminQuery'];
    expect(denied.map((r) => v(m, `requests.denied.${r}.total`))).toEqual([0, 1, 0, 1, 3, 0, 1, 0]); // L143: 5.属于三类内部事务信息 3
    expect(['noInfo', 'needCreation', 'unclear'].map((r) => v(m, `requests.unable.${r}.total`))).toEqual([8, 0, 0]);
    expect(v(m, 'proactive.normativeDocuments.valid')).toBe(12);
    expect(m.cells['proactive.normativeDocuments.valid'].span.start.line).toBe(27);
    expect(v(m, 'proactive.fees.amount')).toBe(1728.59);
    expect(m.cells['proactive.fees.amount'].raw).toBe('1728.59');
    const t4 = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((b) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => v(m, `appeals.${b}.${c}`)));
    expect(t4).toEqual([6, 2, 5, 0, 13, 0, 0, 1, 0, 1, 0, 0, 2, 0, 2]);
    expect(m.cells['appeals.review.total'].span.start).toEqual({ line: 324, column: 1, offset: expect.any(Number) });
  });

  it('SEED-002: 35 new (L41) and processed (L64), 16 in （六）3.其他 (L63), 规范性文件 1/5/5 (L22)', async () => {
    const m = await seedModel(2);
    expect(m.cells['requests.newReceived.total']).toMatchObject({ value: 35, raw: '35', span: { start: { line: 41, column: 32 } } });
    expect(m.cells['requests.totalProcessed.total']).toMatchObject({ value: 35, span: { start: { line: 64, column: 21 } } });
    expect(m.cells['requests.otherHandling.other.total']).toMatchObject({ value: 16, span: { start: { line: 63 } } });
    expect(['made', 'repealed', 'valid'].map((c) => v(m, `proactive.normativeDocuments.${c}`))).toEqual([1, 5, 5]);
  });

  it('SEED-000: one application, handled under （六）3.其他; table 四 1 复议纠正 and 2 直接起诉纠正', async () => {
    const m = await seedModel(0);
    expect([v(m, 'requests.newReceived.naturalPerson'), v(m, 'requests.otherHandling.other.total'), v(m, 'requests.totalProcessed.total')]).toEqual([1, 1, 1]);
    expect([v(m, 'appeals.review.corrected'), v(m, 'appeals.litigationDirect.corrected')]).toEqual([1, 2]);
  });

  it('SEED-001 L18–L23: only 本年制发件数 filled; the "||" fillers are the blank cells', async () => {
    const m = await seedModel(1);
    expect(m.cells['proactive.regulations.made']).toMatchObject({ value: 0, span: { start: { line: 19, column: 1 } } });
    expect(m.cells['proactive.regulations.repealed']).toMatchObject({ value: null, raw: '', span: { start: { line: 20, column: 1 } } });
    expect(m.cells['proactive.regulations.valid']).toMatchObject({ value: null, raw: '', span: { start: { line: 20, column: 2 } } });
    expect(m.cells['proactive.normativeDocuments.valid']).toMatchObject({ value: null, span: { start: { line: 23, column: 2 } } });
    expect(v(m, 'proactive.licensing.decisions')).toBe(17);
  });

  it('SEED-003 L33–L37: 规章 has two values for three columns; the third is a blank at the end of the row', async () => {
    const m = await seedModel(3);
    expect(m.cells['proactive.regulations.publicTotal']).toEqual({
      value: null,
      raw: '',
      missing: true,
      span: { start: { line: 37, column: 3, offset: expect.any(Number) }, end: { line: 37, column: 3, offset: expect.any(Number) } },
    });
    expect(m.tables.proactive.missing).toContain('proactive.regulations.publicTotal');
  });
});
