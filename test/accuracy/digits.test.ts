// Classes H and B (shared/spec/real-world-accuracy.md): digits that run together in a flattened dump, solved as a
// system. A forced split is accepted even when it breaks an identity (the identity rule then reports the real
// defect); 表三's ambiguous rows are settled by the column identities; 表二's by the text's own figures; what stays
// ambiguous is marked with its alternatives and nothing is asserted on it.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../packages/core/src/extract.js';
import { lintText } from '../../packages/core/src/lint.js';
import type { Cell, ReportModel } from '../../packages/core/src/model/types.js';
import { ACCURACY, addedFindings, lintAccuracy } from './helpers.js';

const LEVEL: Record<string, string> = { error: 'e', warning: 'w', info: 'i', fatal: 'f' };
const BASE = readFileSync(ACCURACY + 'm00-base.txt', 'utf8');

/** Lints a variant of a fixture's text: its findings as `level rule line:column`, and its model. */
async function lintVariant(text: string, name = 'variant.txt'): Promise<{ lines: string[]; model: ReportModel }> {
  const result = await lintText(text, ACCURACY + name, { noConfig: true, includeModel: true });
  const lines = result.messages.map((d) => `${LEVEL[d.severity] ?? d.severity} ${d.ruleId} ${d.span?.start.line ?? 0}:${d.span?.start.column ?? 0}`);
  return { lines, model: result.model as ReportModel };
}

async function modelOf(text: string): Promise<ReportModel> {
  return (await extract(Buffer.from(text), 'flat.txt')).model;
}

/** The findings of `lines` that `base` does not have, positions ignored (a multiset difference). */
function added(lines: readonly string[], base: readonly string[]): string[] {
  const left = new Map<string, number>();
  const bare = (l: string) => l.replace(/ \d+:\d+$/, '');
  for (const l of base.map(bare)) left.set(l, (left.get(l) ?? 0) + 1);
  return lines.filter((l) => {
    const n = left.get(bare(l)) ?? 0;
    if (n > 0) left.set(bare(l), n - 1);
    return n === 0;
  });
}

const T4_KEYS = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((b) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `appeals.${b}.${c}`));

describe('H: a fully determined run-together row is accepted, and its identity reports the defect', () => {
  it('m07: 15 digits for 15 cells, one block total broken → one table4/block-total error', async () => {
    expect(await addedFindings('m07-forced-split-defect.txt', 'm07b-forced-split-ok.txt')).toEqual(['e table4/block-total 5:2337']);
    const { model } = await lintAccuracy('m07-forced-split-defect.txt');
    expect(T4_KEYS.map((k) => model.cells[k].value)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(T4_KEYS.some((k) => model.cells[k].uncertain)).toBe(false);
    expect(model.tables.appeals.missing).toEqual([]);
  });

  it('m07b: the control reads clean', async () => {
    expect(await addedFindings('m07b-forced-split-ok.txt', 'm00-base.txt')).toEqual([]);
  });

  it('mixed separators ("0 10 00 …", a space before the first number): multi-digit tokens split, same single error', async () => {
    const text = readFileSync(ACCURACY + 'm07-forced-split-defect.txt', 'utf8');
    const run = '010000000000000';
    expect(text.split(run)).toHaveLength(2);
    const mixed = text.replace(run, ' 0 10 00 0 0 00 0 0 00 0 0');
    const [variant, control] = await Promise.all([lintVariant(mixed), lintAccuracy('m07b-forced-split-ok.txt')]);
    expect(added(variant.lines, control.lines).map((l) => l.replace(/ \d+:\d+$/, ''))).toEqual(['e table4/block-total']);
    expect(T4_KEYS.map((k) => variant.model.cells[k].value)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(variant.model.tables.appeals.missing).toEqual([]);
  });

  it('an all-zero run with one digit too many: 15 zeros and one extra digit, reported once (no blanks)', async () => {
    const text = readFileSync(ACCURACY + 'm07b-forced-split-ok.txt', 'utf8');
    const run = T4_KEYS.map(() => '0').join('');
    const zeros = (await modelOf(text.replace(/总计(\d{15,16})五、/, `总计${run}0五、`))).cells;
    expect(T4_KEYS.map((k) => zeros[k].value)).toEqual(T4_KEYS.map(() => 0));
    const { lines, model } = await lintVariant(text.replace(/总计(\d{15,16})五、/, `总计${run}0五、`));
    expect(model.tables.appeals.extra.map((x) => x.raw)).toEqual(['0']);
    expect(lines.filter((l) => /table4|template\/table4/.test(l)).map((l) => l.replace(/ \d+:\d+$/, ''))).toEqual(['w table4/extra-values']);
  });
});

describe('B: ambiguous splits solved as a system', () => {
  it('m01: 表三 rows settled by the column identities (I1, I2), values right, no error', async () => {
    expect(await addedFindings('m01-ambiguous.txt', 'm00-base.txt')).toEqual([]);
    const { model } = await lintAccuracy('m01-ambiguous.txt');
    expect(model.cells['requests.granted.naturalPerson']).toMatchObject({ value: 33, raw: '33' });
    expect(model.cells['requests.unable.noInfo.naturalPerson']).toMatchObject({ value: 15, raw: '15' });
    expect(Object.entries(model.cells).filter(([, c]) => c.uncertain).map(([k]) => k)).toEqual([]);
  });

  // 表二 "行政规范性文件" as one run of three multi-digit numbers: 23 | 7 | 1340.
  const t2 = (sentence: string) =>
    BASE.replace('行政规范性文件5312', '行政规范性文件2371340').replace('现行有效规范性文件12件', sentence);

  it('表二: the text\'s own figures (制发N件 / 现行有效N件) settle a flattened row of three multi-digit numbers', async () => {
    const { lines, model } = await lintVariant(t2('本年制发规范性文件23件，现行有效件数1340件'));
    const cells = ['made', 'repealed', 'valid'].map((c) => model.cells[`proactive.normativeDocuments.${c}`]);
    expect(cells.map((c) => [c.value, c.uncertain ?? false])).toEqual([
      [23, false],
      [7, false],
      [1340, false],
    ]);
    expect(lines.filter((l) => l.includes('table2/'))).toEqual([]);
  });

  it('表二 without a text figure: the last cell does not absorb the surplus; the split is ambiguous and nothing rests on it', async () => {
    const { lines, model } = await lintVariant(t2('规范性文件清理工作持续推进'));
    const valid = model.cells['proactive.normativeDocuments.valid'];
    expect(valid.uncertain).toBe(true);
    expect(valid.alternatives).toContain(1340);
    expect(valid.value).toBeLessThan(100_000);
    expect(lines.filter((l) => l.startsWith('e ') || l.startsWith('w ')).filter((l) => l.includes('table2/'))).toEqual([]);
  });

  it('a text figure resting on an ambiguous cell: "cannot verify (ambiguous split)" once, no mismatch', async () => {
    // 现行有效 stated as 999: no reading of "2371340" gives it, and the split stays ambiguous.
    const { lines } = await lintVariant(t2('现行有效规范性文件999件'));
    expect(lines.filter((l) => l.includes('table2/text-consistency'))).toEqual([expect.stringMatching(/^i table2\/text-consistency /)]);
  });
});

// ── Property: random 表三 tables, flattened the way crawlers do, read back ─────────────────────────────────────
const T3_ROWS: [string, string][] = [
  ['newReceived', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  ['granted', '三、本年度办理结果(一)予以公开'],
  ['partiallyGranted', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)'],
  ['denied.stateSecret', '(三)不予公开1.属于国家秘密'],
  ['denied.lawForbidden', '2.其他法律行政法规禁止公开'],
  ['denied.safetyStability', '3.危及“三安全一稳定”'],
  ['denied.thirdPartyRights', '4.保护第三方合法权益'],
  ['denied.internalAffairs', '5.属于三类内部事务信息'],
  ['denied.processInfo', '6.属于四类过程性信息'],
  ['denied.enforcementFile', '7.属于行政执法案卷'],
  ['denied.adminQuery', '8.属于行政查询事项'],
  ['unable.noInfo', '(四)无法提供1.本机关不掌握相关政府信息'],
  ['unable.needCreation', '2.没有现成信息需要另行制作'],
  ['unable.unclear', '3.补正后申请内容仍不明确'],
  ['notProcessed.complaint', '(五)不予处理1.信访举报投诉类申请'],
  ['notProcessed.repeated', '2.重复申请'],
  ['notProcessed.publication', '3.要求提供公开出版物'],
  ['notProcessed.massive', '4.无正当理由大量反复申请'],
  ['notProcessed.confirm', '5.要求行政机关确认或重新出具已获取信息'],
  ['otherHandling.overdueCorrection', '(六)其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.other', '3.其他'],
  ['totalProcessed', '(七)总计'],
  ['carriedForward', '四、结转下年度继续办理'],
];
const COLS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'];
const RESULTS = T3_ROWS.slice(2, 23).map(([k]) => k);
const T3_START = BASE.indexOf('一、本年新收政府信息公开申请数量');
const T3_END = BASE.indexOf('四、政府信息公开行政复议');

/** A 表三 keeping I1, I2 and I3: row key → seven values. Mostly zeros, a few values up to two digits. */
const table3 = fc
  .record({
    results: fc.array(fc.array(fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 9 }) }, { weight: 2, arbitrary: fc.integer({ min: 10, max: 40 }) }), { minLength: 6, maxLength: 6 }), { minLength: 21, maxLength: 21 }),
    carriedOver: fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }),
    carriedForward: fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }),
  })
  .map(({ results, carriedOver, carriedForward }) => {
    const rows: Record<string, number[]> = {};
    const withTotal = (v: number[]) => [...v, v.reduce((a, b) => a + b, 0)];
    RESULTS.forEach((k, i) => (rows[k] = withTotal(results[i])));
    const processed = COLS.slice(0, 6).map((_, c) => results.reduce((s, r) => s + r[c], 0));
    const over = processed.map((p, c) => Math.min(carriedOver[c], p + carriedForward[c]));
    rows.totalProcessed = withTotal(processed);
    rows.carriedOver = withTotal(over);
    rows.carriedForward = withTotal(carriedForward);
    rows.newReceived = withTotal(processed.map((p, c) => p + carriedForward[c] - over[c]));
    return rows;
  });

/** The table as a crawler flattens it: each row's values run together, with a space at some cell boundaries. */
function flatten(rows: Record<string, number[]>, spaces: readonly boolean[]): string {
  let k = 0;
  return T3_ROWS.map(([key, label]) => label + rows[key].map((v, c) => (c > 0 && spaces[k++ % spaces.length] ? ' ' : '') + String(v)).join('')).join('');
}

/** Every full reading of the flattened rows that keeps I1, I2, I3 (brute force, bounded): the reference. */
function readingsCount(rows: Record<string, number[]>, spaces: readonly boolean[]): number {
  const options = T3_ROWS.map(([key], i) => compositions(rows[key], spaces, i));
  let product = 1;
  for (const o of options) product *= o.length;
  if (product > 4096) return -1;
  let count = 0;
  const pick: number[][] = [];
  const visit = (r: number): void => {
    if (r === options.length) {
      const get = (key: string) => pick[T3_ROWS.findIndex(([k]) => k === key)];
      const ok = COLS.every((_, c) => get('newReceived')[c] + get('carriedOver')[c] === get('totalProcessed')[c] + get('carriedForward')[c] && get('totalProcessed')[c] === RESULTS.reduce((s, k) => s + get(k)[c], 0));
      if (ok) count++;
      return;
    }
    for (const o of options[r]) {
      pick[r] = o;
      visit(r + 1);
      if (count > 1) return;
    }
  };
  visit(0);
  return count;
}

/** Row-consistent compositions of one row's digits, respecting the spaces placed by `flatten` (as tokens). */
function compositions(values: readonly number[], spaces: readonly boolean[], row: number): number[][] {
  let k = row * 6;
  const tokens: string[] = [''];
  values.forEach((v, c) => {
    if (c > 0 && spaces[k++ % spaces.length]) tokens.push('');
    tokens[tokens.length - 1] += String(v);
  });
  const out: number[][] = [];
  const go = (t: number, pos: number, acc: number[]): void => {
    if (acc.length > 7) return;
    if (t === tokens.length) {
      if (acc.length === 7 && acc[6] === acc.slice(0, 6).reduce((a, b) => a + b, 0)) out.push([...acc]);
      return;
    }
    const s = tokens[t];
    if (pos === s.length) return go(t + 1, 0, acc);
    const max = s[pos] === '0' ? 1 : s.length - pos;
    for (let len = 1; len <= max; len++) go(t, pos + len, [...acc, Number(s.slice(pos, pos + len))]);
  };
  go(0, 0, []);
  return out;
}

describe('property: flattened random 表三 tables read back', () => {
  it('never states a wrong value as certain; one admissible reading → read back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(table3, fc.array(fc.nat(3).map((x) => x === 0), { minLength: 7, maxLength: 7 }), async (rows, gaps) => {
        const model = await modelOf(BASE.slice(0, T3_START) + flatten(rows, gaps) + BASE.slice(T3_END));
        const unique = readingsCount(rows, gaps) === 1;
        for (const [key, values] of Object.entries(rows)) {
          COLS.forEach((col, c) => {
            const cell: Cell | undefined = model.cells[`requests.${key}.${col}`];
            expect(cell, `${key}.${col}`).toBeDefined();
            if (!cell) return;
            const truth = values[c];
            if (!cell.uncertain) expect(cell.value, `${key}.${col} stated as certain`).toBe(truth);
            else if (cell.value !== truth) expect(cell.alternatives ?? [], `${key}.${col}: the true value among the alternatives`).toContain(truth);
            if (unique) expect([cell.value, cell.uncertain ?? false], `${key}.${col} (one admissible reading)`).toEqual([truth, false]);
          });
        }
      }),
      { numRuns: 60, seed: 20261206 },
    );
  }, 60_000);
});
