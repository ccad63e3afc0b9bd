// Guards for the traps of real reports: table rows that look like headings, labels written wrong, blank cells,
// documents that are no report, numbers where the template has none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../packages/core/src/model/headings.js';
import { fixture, seedModel, seedPath } from './fixtures.js';
import { fromText } from './helpers.js';

describe('"四、结转下年度继续办理" is a table row, never part 四', () => {
  it('is not a heading on its own', () => {
    expect(matchHeading('四、结转下年度继续办理')).toBeNull();
    expect(matchHeading('四、结转下年度继续办理 |')).toBeNull();
    expect(matchHeading('一、本年新收政府信息公开申请数量')).toBeNull();
    expect(matchHeading('三、本年度办理结果')).toBeNull();
  });

  it.each([
    [0, 57, 58],
    [1, 249, 257],
    [2, 65, 67],
    [3, 516, 534],
    [4, 289, 297],
  ])('SEED-00%d: the row label on line %d, part 四 once on line %d', async (n, trapLine, headingLine) => {
    const m = await seedModel(n);
    expect(readFileSync(seedPath(n), 'utf8').split('\n')[trapLine - 1]).toContain('四、结转下年度继续办理');
    expect(m.labels.find((l) => l.key === 'requests.carriedForward')?.span.start.line).toBe(trapLine);
    expect(m.headings.filter((h) => h.key === 'appeals').map((h) => [h.text, h.span.start.line])).toEqual([['四、政府信息公开行政复议、行政诉讼情况', headingLine]]);
  });

  it('even as a prose line outside any table', async () => {
    const { model } = await fromText('一、总体情况\n四、结转下年度继续办理\n四、政府信息公开行政复议、行政诉讼情况\n');
    expect(model.headings.map((h) => [h.key, h.span.start.line])).toEqual([
      ['overview', 1],
      ['appeals', 3],
    ]);
  });
});

describe('headings', () => {
  it.each([
    ['一、总体情况', 'overview', 'exact'],
    ['一、 总体情况', 'overview', 'exact'],
    ['一.总体情况', 'overview', 'exact'],
    ['## 二、主动公开政府信息情况', 'proactive', 'exact'],
    ['**五、存在的主要问题及改进情况**', 'problems', 'exact'],
    ['一、政府信息公开总体情况', 'overview', 'variant'],
    ['六、其他事项', 'other', 'variant'],
    ['主动公开政府信息情况', 'proactive', 'variant'],
    ['三、政府信息公开行政复议、行政诉讼情况', 'appeals', 'near'],
    ['五、存在的主要问题及改善情况', 'problems', 'near'],
  ])('%s → %s (%s)', (line, key, match) => {
    expect(matchHeading(line)).toMatchObject({ key, match });
  });

  it.each(['(一)主动公开方面。2024年，我乡…', '（二）主动公开政府信息情况', '2024年,我街道围绕中心工作,进一步强化大局意识。'])('not a heading: %s', (line) => {
    expect(matchHeading(line)).toBeNull();
  });

  it('keeps duplicates and disorder; sections take the first occurrence', async () => {
    const { model } = await fromText('二、主动公开政府信息情况\n正文。\n一、总体情况\n正文。\n二、主动公开政府信息情况\n');
    expect(model.headings.map((h) => `${h.key}@${h.span.start.line}`)).toEqual(['proactive@1', 'overview@3', 'proactive@5']);
    expect(model.sections.proactive?.span).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 3, column: 1 } });
    expect(model.paragraphs.map((p) => [p.text, p.section])).toEqual([
      ['正文。', 'proactive'],
      ['正文。', 'overview'],
    ]);
  });
});

describe('labels as written (rulebook §3.8)', () => {
  it('SEED-002 L20 本年度止件数 is a typo of 本年废止件数', async () => {
    const m = await seedModel(2);
    const typos = m.labels.filter((l) => l.match === 'typo');
    expect(typos).toHaveLength(1);
    expect(typos[0]).toMatchObject({ table: 'proactive', role: 'column', canonical: '本年废止件数', written: '本年度止件数', key: 'proactive.*.repealed' });
    expect(typos[0].span).toMatchObject({ start: { line: 20, column: 13 }, end: { line: 20, column: 19 } });
  });

  it('SEED-001 L261–L275: 结果 / 其他 / 尚未 are truncations, resolved to their block and column by order', async () => {
    const m = await seedModel(1);
    const truncated = m.labels.filter((l) => l.match === 'truncated').map((l) => `${l.span.start.line} ${l.written}→${l.canonical} ${l.key}`);
    expect(truncated).toEqual([
      '261 结果→结果纠正 appeals.review.corrected',
      '262 其他→其他结果 appeals.review.other',
      '263 尚未→尚未审结 appeals.review.pending',
      '267 结果→结果维持 appeals.litigationDirect.upheld',
      '268 结果→结果纠正 appeals.litigationDirect.corrected',
      '269 其他→其他结果 appeals.litigationDirect.other',
      '270 尚未→尚未审结 appeals.litigationDirect.pending',
      '272 结果→结果维持 appeals.litigationAfterReview.upheld',
      '273 结果→结果纠正 appeals.litigationAfterReview.corrected',
      '274 其他→其他结果 appeals.litigationAfterReview.other',
      '275 尚未→尚未审结 appeals.litigationAfterReview.pending',
    ]);
  });

  it('spaced (SEED-000 L31 自 然 人, SEED-004 L243) and split across lines (SEED-003 L25–26 本年新 / 制作数量)', async () => {
    const m0 = await seedModel(0);
    expect(m0.labels.find((l) => l.canonical === '自然人')).toMatchObject({ match: 'spaced', written: '自 然 人', span: { start: { line: 31, column: 1 } } });
    const m4 = await seedModel(4);
    expect(m4.labels.find((l) => l.key === 'requests.notProcessed.confirm')).toMatchObject({ match: 'spaced', span: { start: { line: 243 } } });
    const m3 = await seedModel(3);
    // A 2019 label split over two lines is reported as split (how it is written), not as legacy.
    const split = m3.labels.find((l) => l.canonical === '本年新制作数量')!;
    expect(split).toMatchObject({ match: 'split', written: '本年新制作数量', span: { start: { line: 25, column: 1 }, end: { line: 26, column: 5 } } });
    expect(m3.labels.find((l) => l.canonical === '对外公开总数量')).toMatchObject({ match: 'legacy' });
  });

  it.each([
    [0, ['31 自 然 人', '32 商业 企业', '32 科研 机构', '32 社会 公益组织', '32 法律 服务机构']],
    [1, ['47 商业 企业', '48 科研 机构']],
    // "(一) 予以公开", "1. 属于国家秘密": a space after the enumerator is typesetting, not a stray space.
    [2, []],
    [3, []],
    // L55 "之和, 等于": a space after punctuation is not one either.
    [4, ['243 5.要求行政机关确认或重新 出具已获取信息']],
  ])('SEED-00%d: the spaced labels of table 三 are exactly those with a space between two CJK characters', async (n, expected) => {
    const m = await seedModel(n);
    const spaced = m.labels.filter((l) => l.table === 'requests' && l.match === 'spaced').map((l) => `${l.span.start.line} ${l.written}`);
    expect(spaced).toEqual(expected);
  });

  it('a space after an enumerator or next to punctuation is exact; between CJK characters it is spaced', async () => {
    const { model } = await fromText(
      '三、收到和处理政府信息公开申请情况\n' +
        '（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）\n' +
        '三、本年度办理结果\t（一） 予以公开\t1\t0\t0\t0\t0\t0\t1\n' +
        '（三）不予公开\t1.　属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n' +
        '2.其他法律行政 法规禁止公开\t0\t0\t0\t0\t0\t0\t0\n' +
        '3. 危及 “三安全一稳定”\t0\t0\t0\t0\t0\t0\t0\n',
    );
    const match = Object.fromEntries(model.labels.map((l) => [l.written, l.match]));
    expect(match).toMatchObject({
      '（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）': 'exact',
      '（一） 予以公开': 'exact',
      '1.　属于国家秘密': 'exact',
      '2.其他法律行政 法规禁止公开': 'spaced',
      '3. 危及 “三安全一稳定”': 'exact',
    });
  });

  it('split labels of the 2021 template are "split"; a missing enumerator is a typo; curly and straight quotes match', async () => {
    const { model } = await fromText(
      '三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量 |\n1 | 0 | 0 | 0 | 0 | 0 | 1 |\n' +
        '3.危及"三安全一稳定" | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n5.要求行政机关确认 |\n或重新出具已获取信息 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n',
    );
    const byKey = Object.fromEntries(model.labels.map((l) => [l.key, l]));
    expect(byKey['requests.newReceived']).toMatchObject({ match: 'typo', written: '本年新收政府信息公开申请数量' });
    expect(byKey['requests.denied.safetyStability']).toMatchObject({ match: 'exact' });
    expect(byKey['requests.notProcessed.confirm']).toMatchObject({ match: 'split', written: '5.要求行政机关确认或重新出具已获取信息' });
    expect(model.cells['requests.newReceived.total']).toMatchObject({ value: 1, labelAsWritten: '本年新收政府信息公开申请数量' });
    expect(model.cells['requests.notProcessed.confirm.total']).toMatchObject({ value: 0, span: { start: { line: 13 } } });
  });
});

describe('blank cells', () => {
  it('SEED-003: every applicant column is blank (NBSP lines) and null; only 总计 holds 0', async () => {
    const m = await seedModel(3);
    const rows = [...new Set(Object.keys(m.cells).filter((k) => k.startsWith('requests.')).map((k) => k.split('.').slice(0, -1).join('.')))];
    expect(rows).toHaveLength(23);
    for (const row of rows) {
      for (const col of ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg']) {
        expect(m.cells[`${row}.${col}`]).toMatchObject({ value: null, raw: '\u00a0' });
      }
      expect(m.cells[`${row}.total`]).toMatchObject({ value: 0, raw: '0' });
    }
    expect(m.cells['requests.newReceived.naturalPerson'].span).toMatchObject({ start: { line: 158, column: 1 }, end: { line: 158, column: 2 } });
  });

  it('blank pipe cells, dashes and U+3000 are null with their raw text kept', async () => {
    const { model } = await fromText('二、主动公开政府信息情况\n规章 | | — | \u3000 |\n行政许可 | 12 |\n');
    expect(model.cells['proactive.regulations.made']).toMatchObject({ value: null, raw: '', span: { start: { line: 2, column: 5 } } });
    expect(model.cells['proactive.regulations.repealed']).toMatchObject({ value: null, raw: '—', span: { start: { line: 2, column: 8 } } });
    expect(model.cells['proactive.regulations.valid']).toMatchObject({ value: null, raw: '\u3000' });
    expect(model.cells['proactive.licensing.decisions']).toMatchObject({ value: 12 });
  });
});

describe('what is not a report', () => {
  it('a novel chapter: no heading, no table', async () => {
    const { model } = await fromText('第一章 风起\n\n那一年，他二十岁，第一次走出大山。\n山路很长，他走了三天三夜。\n');
    expect(model.meta.template).toBe('not-a-report');
    expect(Object.keys(model.cells)).toEqual([]);
  });

  it('the blank national template: headings and tables, not one number', async () => {
    const seed = readFileSync(seedPath(0), 'utf8');
    const blank = seed
      .split('\n')
      .map((l) => (l.includes('|') ? l.replace(/(^|\|)\s*\d+\s*(?=\|)/g, '$1 ') : l))
      .join('\n');
    expect(blank).toContain('规章 | | | |');
    const { model } = await fromText(blank);
    expect(model.headings).toHaveLength(6);
    expect(model.tables.requests.present).toBe(true);
    expect(model.meta.template).toBe('not-a-report');
  });

  it('headings but no template table at all: unknown when fewer than three parts', async () => {
    expect((await fromText('一、总体情况\n我局认真贯彻落实。\n五、存在的主要问题及改进情况\n无。\n')).model.meta.template).toBe('unknown');
  });
});

describe('numbers the template has no cell for go to extra', () => {
  it('subtotals on group rows and surplus columns', async () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '三、本年度办理结果 | (一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '(三)不予公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
      '1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | 9 |',
    ].join('\n');
    const { model } = await fromText(text);
    expect(model.cells['requests.granted.total'].value).toBe(1);
    expect(model.cells['requests.denied.stateSecret.total']).toMatchObject({ value: 2, span: { start: { line: 4, column: 36 } } });
    expect(model.tables.requests.extra.map((e) => [e.raw, e.span.start.line, e.span.start.column, e.near])).toEqual([
      ['2', 3, 11, '（三）不予公开'],
      ['0', 3, 15, '（三）不予公开'],
      ['0', 3, 19, '（三）不予公开'],
      ['0', 3, 23, '（三）不予公开'],
      ['0', 3, 27, '（三）不予公开'],
      ['0', 3, 31, '（三）不予公开'],
      ['2', 3, 35, '（三）不予公开'],
      ['9', 4, 40, '1.属于国家秘密'],
    ]);
  });
});

describe('a 法人或其他组织 subtotal column in table 三 (not in the template)', () => {
  const header = [
    '三、收到和处理政府信息公开申请情况',
    '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | |',
    '自然人 | 法人或其他组织 | | | | | | 总计 |',
    ' | 小计 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |',
  ];

  it('is recognised by its identities and goes to extra; the columns after it are not shifted', async () => {
    const text = [
      ...header,
      '一、本年新收政府信息公开申请数量 | 5 | 4 | 1 | 0 | 2 | 0 | 1 | 9 |',
      '二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      // A blank keeps this row's identity from being checked: the layout the first row showed still applies.
      '三、本年度办理结果 | (一)予以公开 | 3 | 1 | 1 |  | 0 | 0 | 0 | 4 |',
    ].join('\n');
    const { model } = await fromText(text);
    const row = (key: string): (number | null)[] =>
      ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'].map((c) => model.cells[`requests.${key}.${c}`].value);
    expect(row('newReceived')).toEqual([5, 1, 0, 2, 0, 1, 9]);
    expect(row('carriedOver')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row('granted')).toEqual([3, 1, null, 0, 0, 0, 4]);
    expect(model.cells['requests.newReceived.commercial'].span.start).toMatchObject({ line: 5, column: 28 });
    expect(model.tables.requests.extra.map((e) => [e.raw, e.span.start.line, e.near])).toEqual([
      ['4', 5, '法人或其他组织'],
      ['0', 6, '法人或其他组织'],
      ['1', 7, '法人或其他组织'],
    ]);
  });

  it.each([
    ['single spaces', ' 5 4 1 0 2 0 1 9 ', ' 0 0 0 0 0 0 0 0 ', ' 3 1 1 0 0 0 0 4'],
    ['digits run together', '54102019', '00000000', '31100004'],
  ])('in a flattened dump (%s)', async (_shape, a, b, c) => {
    const line =
      '三、收到和处理政府信息公开申请情况 (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) 申请人情况 自然人 法人或其他组织 小计 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计 ' +
      `一、本年新收政府信息公开申请数量${a}二、上年结转政府信息公开申请数量${b}三、本年度办理结果 (一)予以公开${c}`;
    const { model } = await fromText(line);
    const row = (key: string): (number | null)[] =>
      ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'].map((col) => model.cells[`requests.${key}.${col}`]?.value ?? null);
    expect(model.tables.requests.shape).toBe('flattened');
    expect(row('newReceived')).toEqual([5, 1, 0, 2, 0, 1, 9]);
    expect(row('carriedOver')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row('granted')).toEqual([3, 1, 0, 0, 0, 0, 4]);
    expect(model.tables.requests.extra.map((e) => [e.raw, e.near])).toEqual([
      ['4', '法人或其他组织'],
      ['0', '法人或其他组织'],
      ['1', '法人或其他组织'],
    ]);
    expect(Object.values(model.cells).some((x) => x.uncertain)).toBe(false);
  });

  it('eight numbers whose identities do not hold are read as before: seven columns and a surplus number', async () => {
    const { model } = await fromText([...header, '一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 2 | 0 | 1 | 9 | 7 |'].join('\n'));
    expect(model.cells['requests.newReceived.total'].value).toBe(9);
    expect(model.tables.requests.extra.map((e) => e.raw)).toEqual(['7']);
  });
});

describe('the 2019 trial template (SEED-003)', () => {
  it('（六）其他处理 is one row: requests.otherHandling.<column>; the 2019 table is complete without the 2021 sub-rows', async () => {
    const m = await seedModel(3);
    expect(m.meta.template).toBe('gov-2019');
    expect(m.cells['requests.otherHandling.total']).toMatchObject({ value: 0, span: { start: { line: 498, column: 2 } } });
    expect(m.cells['requests.otherHandling.other.total']).toBeUndefined();
    expect(m.tables.requests.missing).toEqual([]);
    expect(m.meta.signatures2019.at(-1)).toMatchObject({ value: '（六）其他处理', span: { start: { line: 484 } } });
  });

  it('a 2021 report is not mistaken for 2019', async () => {
    for (const n of [0, 1, 2, 4]) expect(fixture(n).meta.signatures2019).toEqual([]);
  });
});
