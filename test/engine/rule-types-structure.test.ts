// sections, tables, labels: structure rules read what the model found (headings, table info, label uses).
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../packages/core/src/model/types.js';
import { at, check, loadRule, modelOf, proseModel, span } from './helpers.js';

const rule = (id: string, body: string) => `id: ${id}\ndescription: { zh: 测试 }\nlevel: error\n${body}`;
const SIX = 'sections: [overview, proactive, requests, appeals, problems, other]\n';

describe('sections', () => {
  const full = '一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n';

  it('present: one finding per missing part, placed before the next part that is there', async () => {
    const r = await loadRule(rule('t/present', `type: sections\ncheck: present\n${SIX}`));
    expect(await check(r, proseModel(full))).toEqual([]);
    const f = await check(r, proseModel(full.replace('五、存在的主要问题及改进情况\n', '').replace('一、总体情况\n', '')));
    expect(f.map((x) => [x.data?.number, x.data?.canonical])).toEqual([
      ['一', '一、总体情况'],
      ['五', '五、存在的主要问题及改进情况'],
    ]);
    expect(at(f)).toEqual(['1:1', '4:1']);
  });

  it('order: a part whose heading comes after a later part', async () => {
    const r = await loadRule(rule('t/order', `type: sections\ncheck: order\n${SIX}`));
    const f = await check(r, proseModel('一、总体情况\n三、收到和处理政府信息公开申请情况\n二、主动公开政府信息情况\n四、政府信息公开行政复议、行政诉讼情况\n'));
    expect(f.map((x) => x.data?.text)).toEqual(['二、主动公开政府信息情况']);
    expect(f[0].data?.after).toBe('三、收到和处理政府信息公开申请情况');
    expect(at(f)).toEqual(['3:1']);
  });

  it('unique: a heading found twice is reported at its second occurrence', async () => {
    const r = await loadRule(rule('t/unique', `type: sections\ncheck: unique\n${SIX}`));
    const f = await check(r, proseModel(`${full}一、总体情况\n`));
    expect(at(f)).toEqual(['7:1']);
    expect(f[0]).toMatchObject({ messageId: 'duplicate', data: { firstLine: 1 } });
  });

  it('wording: variants and near misses, with a fix to the canonical heading', async () => {
    const r = await loadRule(rule('t/wording', `type: sections\ncheck: wording\nfixable: true\n${SIX}`));
    const f = await check(r, proseModel('一、政府信息公开总体情况\n二、主动公开政府信息情况\n五、存在的主要问题和改进情况\n'));
    expect(f.map((x) => [x.messageId, x.data?.text, x.data?.canonical])).toEqual([
      ['variant', '一、政府信息公开总体情况', '一、总体情况'],
      ['variant', '五、存在的主要问题和改进情况', '五、存在的主要问题及改进情况'],
    ]);
    expect(f[0].fix).toEqual({ range: [0, 12], text: '一、总体情况' });
  });
});

function withTables(tables: Partial<ReportModel['tables']>): ReportModel {
  const m = proseModel('一、总体情况\n二、主动公开政府信息情况\n表格\n三、收到和处理政府信息公开申请情况\n');
  return { ...m, tables: { ...m.tables, ...tables } };
}

describe('tables', () => {
  it('present: a missing table is reported at its part heading, with its name', async () => {
    const r = await loadRule(rule('t/tables', 'type: tables\ncheck: present\ntables: [proactive, requests, appeals]\n'));
    const m = withTables({ proactive: { present: false, missing: [], extra: [] }, appeals: { present: false, missing: [], extra: [] } });
    const f = await check(r, m);
    expect(f.map((x) => x.data?.table)).toEqual(['表二“主动公开政府信息情况”', '表四“政府信息公开行政复议、行政诉讼情况”']);
    expect(at(f)).toEqual(['2:1', '1:1']);
  });

  it('complete, extra and note read the table info; labels can be renamed with a map', async () => {
    const m = withTables({});
    m.tables.requests = { present: true, span: span(m, 20, 22), missing: ['requests.a.total', 'requests.b.total'], extra: [{ raw: '7', span: span(m, 21, 22), near: '小计' }], notePresent: false };
    const complete = await loadRule(rule('t/complete', 'type: tables\ncheck: complete\ntables: { requests: 表三 }\n'));
    expect((await check(complete, m))[0]).toMatchObject({ messageId: 'incomplete', data: { table: '表三', count: 2, first: 'requests.a.total' } });
    const extra = await loadRule(rule('t/extra', 'type: tables\ncheck: extra\ntables: [requests]\n'));
    expect((await check(extra, m)).map((x) => x.data?.raw)).toEqual(['7']);
    const note = await loadRule(rule('t/note', 'type: tables\ncheck: note\ntables: [requests, appeals]\n'));
    expect((await check(note, m)).map((x) => x.messageId)).toEqual(['noNote']);
  });
});

describe('labels', () => {
  it('reports the listed kinds at their own level, with a fix to the canonical label', async () => {
    const r = await loadRule(rule('t/labels', 'type: labels\nfixable: true\ntable: appeals\nkinds: { truncated: warning, spaced: info, typo: off }\n'));
    const m = modelOf({ text: '结果\n总 计\n维待\n' });
    m.labels = [
      { table: 'appeals', role: 'column', canonical: '结果纠正', written: '结果', match: 'truncated', span: span(m, 0, 2) },
      { table: 'appeals', role: 'column', canonical: '总计', written: '总 计', match: 'spaced', span: span(m, 3, 6) },
      { table: 'appeals', role: 'column', canonical: '结果维持', written: '维待', match: 'typo', span: span(m, 7, 9) },
      { table: 'requests', role: 'column', canonical: '自然人', written: '自然', match: 'truncated', span: span(m, 0, 1) },
    ];
    const f = await check(r, m);
    expect(f.map((x) => [x.messageId, x.level, x.data?.written])).toEqual([
      ['truncated', 'warning', '结果'],
      ['spaced', 'info', '总 计'],
    ]);
    expect(f[0].fix).toEqual({ range: [0, 2], text: '结果纠正' });
  });
});
