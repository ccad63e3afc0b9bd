// Text rule types (existence, substitution, occurrence, consistency, text-table) on prose models with exact
// offsets (columns below are checked against indexOf in the line, to be sure they are not miscounted).
import { describe, expect, it } from 'vitest';
import { at, cellsAndProse, check, loadRule, proseModel } from './helpers.js';

/** 1-based column of `needle` in `line`. */
const col = (line: string, needle: string) => line.indexOf(needle) + 1;

const rule = (id: string, body: string) => `id: ${id}\ndescription: { zh: 测试 }\nlevel: warning\n${body}`;

describe('existence', () => {
  it('finds tokens (longest first) in the scope, CJK-aware (no word boundaries)', async () => {
    const r = await loadRule(rule('t/exist', 'type: existence\nscope: prose\ntokens: [点击, 点击数, ICP备]\n'));
    const model = proseModel('一、总体情况\n本页点击数：12，沪ICP备123号。\n');
    const f = await check(r, model);
    expect(f.map((x) => x.data?.match)).toEqual(['点击数', 'ICP备']);
    expect(at(f)).toEqual(['2:3', `2:${col('本页点击数：12，沪ICP备123号。', 'ICP备')}`]);
    expect(col('本页点击数：12，沪ICP备123号。', 'ICP备')).toBe(11);
    expect(f[0].span.end.column).toBe(6);
  });

  it('skips exceptions and honours the scope (headings are not prose)', async () => {
    const r = await loadRule(rule('t/exc', "type: existence\nscope: prose\npattern: '情况\\S{0,2}'\nexceptions: [情况说明]\n"));
    const f = await check(r, proseModel('一、总体情况\n工作情况良好，附情况说明。\n'));
    expect(f.map((x) => x.data?.match)).toEqual(['情况良好']);
  });

  it('anchors ^ and $ per line with scope: lines, and reads section bodies without their heading', async () => {
    const lines = await loadRule(rule('t/lines', "type: existence\nscope: lines\npattern: '^-{3,}$'\n"));
    expect(at(await check(lines, proseModel('一、总体情况\n---\n文字---\n')))).toEqual(['2:1']);
    const body = await loadRule(rule('t/body', "type: existence\nscope: section-body:other\npattern: '^\\s*无。?\\s*$'\n"));
    expect(at(await check(body, proseModel('一、总体情况\n有内容\n六、其他需要报告的事项\n无。\n')))).toEqual(['4:1']);
    expect(await check(body, proseModel('一、总体情况\n六、其他需要报告的事项\n无。另有说明。\n'))).toEqual([]);
  });
});

describe('substitution', () => {
  const sub = rule(
    't/sub',
    `type: substitution
fixable: true
swap:
  '《中华人民共和国信息公开条例》': 《中华人民共和国政府信息公开条例》
  '国办公开办函\\s*(\\d{4})\\s*(\\d+)\\s*号': 国办公开办函〔$1〕$2号
  信息公开条例: 政府信息公开条例
`,
  );
  it('reports the wrong form with a fix; regex keys may use groups in the replacement', async () => {
    const r = await loadRule(sub);
    const model = proseModel('一、总体情况\n根据《中华人民共和国信息公开条例》（国办公开办函2021 30号）编制。\n');
    const f = await check(r, model);
    expect(f.map((x) => [x.data?.match, x.data?.replacement])).toEqual([
      ['《中华人民共和国信息公开条例》', '《中华人民共和国政府信息公开条例》'],
      ['国办公开办函2021 30号', '国办公开办函〔2021〕30号'],
      ['信息公开条例', '政府信息公开条例'],
    ]);
    expect(at(f)).toEqual(['2:3', '2:19', '2:11']);
    expect(col('根据《中华人民共和国信息公开条例》（国办公开办函2021 30号）编制。', '国办')).toBe(19);
    expect(f[0].fix).toEqual({ range: [9, 24], text: '《中华人民共和国政府信息公开条例》' });
  });

  it('does not flag text that already reads as the replacement', async () => {
    const r = await loadRule(sub);
    expect(await check(r, proseModel('一、总体情况\n依据政府信息公开条例和国办公开办函〔2021〕30号。\n'))).toEqual([]);
  });
});

describe('occurrence', () => {
  it('reports too few hits at the heading of the scope, and nothing when the part is absent', async () => {
    const r = await loadRule(rule('t/occ', "type: occurrence\nscope: section:other\npattern: 信息处理费\nmin: 1\n"));
    const missing = await check(r, proseModel('一、总体情况\n内容\n六、其他需要报告的事项\n无。\n'));
    expect(missing.map((x) => x.messageId)).toEqual(['tooFew']);
    expect(at(missing)).toEqual(['3:1']);
    expect(missing[0].data).toMatchObject({ count: 0, min: 1 });
    expect(await check(r, proseModel('一、总体情况\n六、其他需要报告的事项\n本年度未收取信息处理费。\n'))).toEqual([]);
    expect(await check(r, proseModel('一、总体情况\n内容\n'))).toEqual([]);
  });

  it('checks max, and named patterns each on their own (one finding per missing name)', async () => {
    const max = await loadRule(rule('t/max', "type: occurrence\nscope: prose\ntokens: [我局]\nmax: 1\n"));
    expect((await check(max, proseModel('一、总体情况\n我局我局\n')))[0]).toMatchObject({ messageId: 'tooMany', data: { count: 2, max: 1 } });
    // Counting stops just past max, then the message gets the whole count.
    expect((await check(max, proseModel('一、总体情况\n我局我局我局\n')))[0]).toMatchObject({ messageId: 'tooMany', data: { count: 3, max: 1 } });
    const named = await loadRule(
      rule('t/named', "type: occurrence\nscope: [section:overview, section:problems]\npatterns:\n  - { name: 主动公开, pattern: 主动公开 }\n  - { name: 依申请, pattern: 依申请 }\nmin: 1\n"),
    );
    const f = await check(named, proseModel('一、总体情况\n主动公开情况\n五、存在的主要问题及改进情况\n无\n'));
    expect(f.map((x) => [x.messageId, x.data?.name])).toEqual([['missingItem', '依申请']]);
    expect(at(f)).toEqual(['1:1']);
  });

  it('checks the title scope', async () => {
    const r = await loadRule(rule('t/title', "type: occurrence\nscope: title\npattern: '\\d{4}\\s*年.*年度报告$'\nmin: 1\n"));
    expect(at(await check(r, proseModel('某某街道信息公开年度报告\n一、总体情况\n', { title: true })))).toEqual(['1:1']);
    expect(await check(r, proseModel('某某街道2024年政府信息公开工作年度报告\n一、总体情况\n', { title: true }))).toEqual([]);
  });
});

describe('consistency', () => {
  it('reports the minority variant, not the shorter variant inside the longer one', async () => {
    const r = await loadRule(rule('t/cons', 'type: consistency\nscope: prose\neither: { 统计期限: 统计期 }\n'));
    const f = await check(r, proseModel('一、总体情况\n统计期限为一年。统计期限如上。统计期为一年。\n'));
    expect(f.map((x) => x.data?.match)).toEqual(['统计期']);
    expect(at(f)).toEqual(['2:16']);
    expect(col('统计期限为一年。统计期限如上。统计期为一年。', '统计期为')).toBe(16);
    expect(f[0].data).toMatchObject({ other: '统计期限', count: 1, otherCount: 2 });
    expect(await check(r, proseModel('一、总体情况\n统计期限为一年。\n'))).toEqual([]);
  });
});

describe('text-table', () => {
  const tt = rule(
    't/tt',
    `type: text-table
scope: prose
figures:
  - name: 新收申请
    pattern: '(?:新收|收到)[^。，；]{0,20}?申请[^0-9。]{0,10}?(?<n>\\d+)\\s*件'
    expect: r.newReceived.total
    acceptIf: { sentence: 含上年结转, expect: "r.newReceived.total + r.carriedOver.total" }
    skipIf: 全市
  - name: 不予公开
    pattern: '不予公开(\\d+)件'
    expect: "r.denied.*.total"
  - name: 新收申请
    pattern: '未收到[^。]{0,6}申请'
    value: 0
    expect: r.newReceived.total
`,
  );
  const cells = { 'r.newReceived.total': '61', 'r.carriedOver.total': '3', 'r.denied.a.total': '2', 'r.denied.b.total': '4' };

  it('puts the diagnostic exactly on the stated number, with the table cells as related locations', async () => {
    const r = await loadRule(tt);
    const f = await check(r, cellsAndProse(cells, '一、总体情况\n本年共收到政府信息公开申请60件。不予公开6件。\n'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ messageId: 'mismatch', key: 'r.newReceived.total', data: { name: '新收申请', stated: 60, expected: '61' } });
    expect(at(f)).toEqual(['6:14']);
    expect(f[0].span.end.column).toBe(16);
    expect(f[0].related?.map((x) => x.key)).toEqual(['r.newReceived.total']);
  });

  it('accepts the alternative total when the sentence says so, skips other scopes, and states 0 for "未收到"', async () => {
    const r = await loadRule(tt);
    const make = (prose: string) => cellsAndProse(cells, prose);
    expect(await check(r, make('一、总体情况\n收到申请64件（含上年结转3件）。\n'))).toEqual([]);
    expect(await check(r, make('一、总体情况\n全市收到申请900件。\n'))).toEqual([]);
    const none = await check(r, make('一、总体情况\n本年度未收到政府信息公开申请。\n'));
    expect(none.map((x) => x.data)).toEqual([{ name: '新收申请', stated: 0, expected: '61', match: '未收到政府信息公开申请' }]);
  });

  it('skips a figure whose table cell is blank (cannot be verified)', async () => {
    const r = await loadRule(tt);
    expect(await check(r, cellsAndProse({ ...cells, 'r.newReceived.total': '' }, '一、总体情况\n收到申请60件。\n'))).toEqual([]);
  });
});
