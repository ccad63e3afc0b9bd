// Classes C, I and D(e) of shared/spec/real-world-accuracy.md: crawler dumps that put a whole report on one line.
// Each fixture is SEED-004's one-line form (m00-base.txt) with one change real dumps make; the findings it adds
// over the base are asserted exactly (rule, line, column), and the model where the change is about reading.
import { describe, expect, it } from 'vitest';
import { addedFindings, lintAccuracy } from './helpers.js';

const BASE = 'm00-base.txt';

describe('controls', () => {
  it('the run-together base: only its web residue and placeholder infos', async () => {
    const { lines, model } = await lintAccuracy(BASE);
    expect(lines).toEqual(['i noise/web-residue 2:1', 'i noise/placeholder 3:48']);
    expect(model.headings.map((h) => h.match)).toEqual(['exact', 'exact', 'exact', 'exact', 'exact', 'exact']);
    expect(model.cells['appeals.review.total'].value).toBe(13);
  });

  it('the same report on one single line, cells space-separated: the same findings (a spaced label is a cell wrap there, not reported)', async () => {
    const { lines } = await lintAccuracy('m00-base-one-line.txt');
    expect(lines).toEqual(['i noise/placeholder 1:90']);
  });
});

describe('C: section boundaries at every heading the line matcher accepts', () => {
  it('m02: heading 五 ending in a synonym (…改进措施) is a heading variant, and 表四 before it is read', async () => {
    // The info is true too: the opening still names part 五 by the template's words, the heading does not.
    expect(await addedFindings('m02-variant-h5.txt', BASE)).toEqual(['i structure/declared-parts 5:136', 'w structure/heading-text 5:2349']);
    const { model } = await lintAccuracy('m02-variant-h5.txt');
    expect(model.headings.find((h) => h.key === 'problems')).toMatchObject({ text: '五、存在的主要问题及改进措施', match: 'near' });
    expect(model.tables.appeals).toMatchObject({ present: true, missing: [], extra: [] });
    expect(model.cells['appeals.review.total'].value).toBe(13);
    expect(model.cells['appeals.litigationAfterReview.total'].value).toBe(2);
  });

  it('m02b: heading 四 with 与 for 、 is a heading variant', async () => {
    expect(await addedFindings('m02b-variant-h4.txt', BASE)).toEqual(['w structure/heading-text 5:2239']);
    const { model } = await lintAccuracy('m02b-variant-h4.txt');
    expect(model.headings.find((h) => h.key === 'appeals')).toMatchObject({ text: '四、政府信息公开行政复议与行政诉讼情况', match: 'near' });
    expect(model.tables.appeals.missing).toEqual([]);
  });

  it('m03: a sub-headed paragraph after 表二 stays prose of part 二, and 表二 is read', async () => {
    expect(await addedFindings('m03-prose-after-t2.txt', BASE)).toEqual([]);
    const { model } = await lintAccuracy('m03-prose-after-t2.txt');
    expect(model.paragraphs.filter((p) => p.section === 'proactive').map((p) => p.text)).toEqual(['(二)主动公开的主要类别。全年公开规范性文件5件，涉及民生领域3件。']);
    expect(model.tables.proactive).toMatchObject({ present: true, missing: [], extra: [] });
    expect(model.cells['proactive.fees.amount'].value).toBe(1728.59);
  });

  it('m04: a small all-zero 表二 missing its 规章 row is a table, the row in `missing`', async () => {
    const { model } = await lintAccuracy('m04-small-t2.txt');
    expect(model.tables.proactive).toMatchObject({ present: true, extra: [] });
    expect(model.tables.proactive.missing).toEqual(['proactive.regulations.made', 'proactive.regulations.repealed', 'proactive.regulations.valid']);
    const t2 = Object.entries(model.cells).filter(([k]) => k.startsWith('proactive.'));
    expect(Object.fromEntries(t2.map(([k, c]) => [k, c.value]))).toEqual({
      'proactive.normativeDocuments.made': 0,
      'proactive.normativeDocuments.repealed': 0,
      'proactive.normativeDocuments.valid': 0,
      'proactive.licensing.decisions': 0,
      'proactive.punishment.decisions': 0,
      'proactive.coercion.decisions': 0,
      'proactive.fees.amount': 0,
    });
    // Read, 表二 now contradicts the text the edit left ("现行有效规范性文件12件"): a true finding. The missing row
    // is template/table2-shape's to report (written apart from the reading).
    expect((await addedFindings('m04-small-t2.txt', BASE)).filter((l) => !/template\/table2-shape/.test(l))).toEqual(['e table2/text-consistency 5:1058']);
  });

  it('q02: a one-line report without tables is a report with its six headings, its tables missing', async () => {
    const { model, lines } = await lintAccuracy('q02-one-line-no-tables.txt');
    expect(model.meta.template).toBe('gov-2021');
    expect(model.headings.map((h) => `${h.text}:${h.match}`)).toEqual([
      '一、总体情况:exact',
      '二、主动公开政府信息情况:exact',
      '三、收到和处理政府信息公开申请情况:exact',
      '四、政府信息公开行政复议、行政诉讼情况:exact',
      '五、存在的主要问题及改进情况:exact',
      '六、其他需要报告的事项:exact',
    ]);
    expect(lines.filter((l) => !l.startsWith('i '))).toEqual([
      'w wording/stat-period 1:1',
      'e structure/tables-present 1:634',
      'e structure/tables-present 1:646',
      'e structure/tables-present 1:663',
    ]);
  });
});

describe('I: space-split labels', () => {
  it('m15: spaces from cell wraps inside 表四 header words ("结果 纠正其他 结果尚未 审结") keep 表四 in part 四', async () => {
    expect(await addedFindings('m15-spaced-t4-header.txt', BASE)).toEqual([]);
    const { model } = await lintAccuracy('m15-spaced-t4-header.txt');
    expect(model.tables.appeals).toMatchObject({ present: true, missing: [], extra: [] });
    expect(model.tables.requests.extra).toEqual([]);
    expect(model.cells['appeals.review.total'].value).toBe(13);
    expect(model.cells['appeals.litigationAfterReview.total'].value).toBe(2);
  });
});
