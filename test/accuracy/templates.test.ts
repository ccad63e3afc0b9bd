// Classes D, G+F, O and the label side of P of shared/spec/real-world-accuracy.md: which template a report is
// judged by, label typos, pre-2019 reports, spaced-label noise in flattened dumps, and 表二's template rows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../packages/core/src/lint.js';
import type { ReportModel } from '../../packages/core/src/model/types.js';
import { ACCURACY, addedFindings, lintAccuracy, type Linted } from './helpers.js';

const SEED_004 = readFileSync(fileURLToPath(new URL('../../packages/rules-national/fixtures/seed-004.txt', import.meta.url)), 'utf8');
const LEVEL: Record<string, string> = { error: 'e', warning: 'w', info: 'i' };

async function lintBuilt(text: string): Promise<Linted> {
  const result = await lintText(text, 'built.txt', { noConfig: true, includeModel: true });
  const lines = result.messages.map((d) => `${LEVEL[d.severity] ?? d.severity} ${d.ruleId} ${d.span.start.line}:${d.span.start.column}`);
  return { result, model: result.model as ReportModel, lines };
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.includes(from), from).toBe(true);
  return text.replace(from, to);
}

/** One cell a line, as SEED-004 writes its tables. */
const cells = (...values: (string | number)[]): string => values.map((v) => `${v} |\n`).join('');

/** SEED-004's 表二 in the 2019 trial layout (rulebook §4), with a decrease in 本年增/减. */
const TABLE2_2019 = [
  cells('第二十条第(一)项') + '|||\n' + cells('信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', 0, 0, 0, '规范性文件', 5, 5, 12),
  cells('第二十条第(五)项') + '|||\n' + cells('信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', 120, -3, 19513, '其他对外管理服务事项', 10, 0, 30),
  cells('第二十条第(六)项') + '|||\n' + cells('信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', 500, 2, 1394, '行政强制', 40, 0, 160),
  cells('第二十条第(八)项') + '|||\n' + cells('信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', 12, -1),
  cells('第二十条第(九)项') + '|||\n' + cells('信息内容', '采购项目数量', '采购总金额', '政府集中采购', 3, 160.5964),
].join('');

/**
 * SEED-004 as a 2020 report on the 2019 trial template: 2019 表二, （六）其他处理 as one row holding the sum of the
 * three 2021 sub-rows plus 1 in 自然人 and 总计 (I3 still holds, I2 does not), and the text's 收到…61件 made 60.
 */
function seed004As2019(): string {
  let text = SEED_004.replaceAll('2024', '2020').replaceAll('2025-02-17', '2021-02-17').replaceAll('2023', '2019');
  const t2 = text.indexOf('第二十条第(一)项 |');
  const t2End = text.indexOf('三、收到和处理政府信息公开申请情况');
  text = text.slice(0, t2) + TABLE2_2019 + text.slice(t2End);
  const six = text.indexOf('(六)其他处理 |\n');
  const seven = text.indexOf('(七)总计 |\n');
  const values = text
    .slice(six, seven)
    .split('\n')
    .filter((l) => /^\d+ \|$/.test(l))
    .map((l) => Number(l.slice(0, -2)));
  expect(values).toHaveLength(21);
  const row = [0, 1, 2, 3, 4, 5, 6].map((c) => values[c] + values[c + 7] + values[c + 14] + (c === 0 || c === 6 ? 1 : 0));
  text = text.slice(0, six) + cells('(六)其他处理', ...row) + text.slice(seven);
  return replaceOnce(text, '共收到政府信息公开申请61件', '共收到政府信息公开申请60件');
}

/** SEED-004 as a 2017 report in the 2008-era layout (part names of the 2008 条例's reports). */
function seed004As2017(): string {
  let text = SEED_004.replaceAll('2024', '2017').replaceAll('2025-02-17', '2018-02-17').replaceAll('2023', '2016');
  for (const [from, to] of [
    ['一、总体情况', '一、概述'],
    ['三、收到和处理政府信息公开申请情况', '三、依申请公开政府信息情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开申请行政复议和提起行政诉讼的情况'],
    ['五、存在的主要问题及改进情况', '五、存在的主要问题及改进措施'],
  ]) text = replaceOnce(text, `\n${from}\n`, `\n${to}\n`);
  return text;
}

/** The rules that hold whatever the template (pack.yaml `templates` and their own `when`). */
const TEMPLATE_INDEPENDENT = /^(?:noise\/|deadline\/|wording\/year-consistency$|template\/pre-2019$)/;

describe('D: a 2019-template report is judged by the 2019 template', () => {
  it('SEED-004 on the 2019 template: I2 in its 2019 form, no 2021 shape error, signed 本年增/减, text vs table', async () => {
    const { model, lines } = await lintBuilt(seed004As2019());
    expect(model.meta).toMatchObject({ year: 2020, template: 'gov-2019' });
    expect(model.tables.requests.missing).toEqual([]);
    expect(model.cells['requests.otherHandling.total']?.value).toBe(1);
    expect(model.cells['proactive.licensing.change']?.value).toBe(-3);
    expect(model.cells['proactive.fees.change']?.value).toBe(-1);
    expect(lines).toEqual([
      'i noise/web-residue 2:1',
      'i noise/placeholder 3:48',
      // 收到…60件 against 表三 一、本年新收 61.
      'e text/t3-figures 9:69',
      // Correct for a 2020 report: info.
      'i template/version-2019 17:1',
      // SEED-004's own stray space (重新 出具): the 表三 label rule runs on 2019 reports too.
      'i table3/labels 261:1',
      // (七)总计 自然人 and 总计 against the results with the one （六） row.
      'e table3/results-total 279:1',
      'e table3/results-total 285:1',
    ]);
  });

  it('label typos of a 2019 report are reported by the label rules (2019 labels themselves are not)', async () => {
    const text = replaceOnce(seed004As2019(), '行政强制 |', '行政强治 |');
    const { result } = await lintBuilt(text);
    expect(result.messages.filter((m) => m.ruleId.endsWith('/labels')).map((m) => `${m.ruleId} ${m.span.start.line}:${m.span.start.column} ${m.message}`)).toEqual([
      'table2/labels 52:1 表二标签“行政强治”有误，应为“行政强制”',
      'table3/labels 261:1 表三标签“5.要求行政机关确认或重新 出具已获取信息”内有多余空格',
    ]);
  });

  it('其他处理 N 件 in the text is the one （六） row; I3 holds for it too', async () => {
    const said = (n: number) => replaceOnce(seed004As2019(), '无法提供8件', `无法提供8件、其他处理${n}件`);
    expect((await lintBuilt(said(1))).lines.filter((l) => l.includes('t3-figures'))).toEqual(['e text/t3-figures 9:69']);
    expect((await lintBuilt(said(2))).lines.filter((l) => l.includes('t3-figures'))).toEqual(['e text/t3-figures 9:69', 'e text/t3-figures 9:147']);
    const broken = replaceOnce(seed004As2019(), '(六)其他处理 |\n1 |', '(六)其他处理 |\n2 |');
    expect((await lintBuilt(broken)).lines.filter((l) => l.includes('row-total'))).toEqual(['e table3/row-total 277:1']);
  });

  it('n27: I2 broken under a single （六） row gives results-total in its 2019 form, no table3-shape', async () => {
    expect(await addedFindings('n27-single-six-breaks-I2.txt', 'n00-seed000.txt')).toEqual([
      // A 2024 report with the 2019 row: outdated template.
      'e template/version-2019 53:1',
      'e table3/results-total 54:9',
      'e table3/results-total 54:33',
    ]);
  });
});

describe('F: one legacy row does not make a 2021 report a 2019 one', () => {
  it('n06: the legacy （六） row is reported, the report stays gov-2021', async () => {
    const { model } = await lintAccuracy('n06-single-six-row.txt');
    expect(model.meta.template).toBe('gov-2021');
    expect(model.meta.templateReason).toBe('1 2019 signatures vs 6 2021 labels');
    // Read as the one row it is.
    expect(model.cells['requests.otherHandling.total']?.value).toBe(1);
    expect(await addedFindings('n06-single-six-row.txt', 'n00-seed000.txt')).toEqual(['e template/version-2019 53:1']);
  });

  it('n06b: the 2021 text-vs-table rule still runs; n06c (2021 shape) is the control', async () => {
    expect(await addedFindings('n06b-single-six-row-textdiff.txt', 'n00-seed000.txt')).toEqual(['e text/t3-figures 3:17', 'e template/version-2019 54:1']);
    expect(await addedFindings('n06c-21shape-textdiff.txt', 'n00-seed000.txt')).toEqual(['e text/t3-figures 3:17']);
  });
});

describe('F: rules that need the 2021 （六） sub-rows skip a table that has the 2019 row', () => {
  it('SEED-002 with one （六） row: no unverifiable other-share, the legacy row reported', async () => {
    const seed2 = readFileSync(fileURLToPath(new URL('../../packages/rules-national/fixtures/seed-002.txt', import.meta.url)), 'utf8');
    const lines = seed2.split('\n');
    lines.splice(60, 3, '(六) 其他处理\t16\t0\t0\t0\t0\t0\t16\t');
    const { model, lines: found } = await lintBuilt(lines.join('\n'));
    expect(model.meta.template).toBe('gov-2021');
    expect(found.filter((l) => /other-share|version-2019/.test(l))).toEqual(['e template/version-2019 61:1']);
  });
});

describe('G: the label typo budget grows with the label', () => {
  it('n05: three characters lost from a 14-character row label are that row misspelt, with the fix', async () => {
    const { result, model } = await lintAccuracy('n05-label-typo3.txt');
    expect(await addedFindings('n05-label-typo3.txt', 'n00-seed000.txt')).toEqual(['w table3/labels 38:1']);
    const typo = result.messages.find((m) => m.ruleId === 'table3/labels' && m.span.start.line === 38);
    expect(typo?.message).toBe('表三标签“2.其他法律行政止公开”有误，应为“2.其他法律行政法规禁止公开”');
    expect(typo?.fix?.text).toBe('2.其他法律行政法规禁止公开');
    expect(model.cells['requests.denied.lawForbidden.total']?.value).toBe(0);
  });

  it('n05b: one character (the control)', async () => {
    expect(await addedFindings('n05b-label-typo1.txt', 'n00-seed000.txt')).toEqual(['w table3/labels 38:1']);
  });
});

describe('O: reports before 2019', () => {
  it('q01: classified pre-2019 with its reason; one info and template-independent rules only', async () => {
    const { model, lines } = await lintAccuracy('q01-pre2019-synthetic.txt');
    expect(model.meta).toMatchObject({ year: 2017, template: 'pre-2019', templateReason: 'year 2017 < 2019' });
    // No publication date in the text: the 2008 regime's deadline (3月31日) cannot be verified.
    expect(lines).toEqual(['i deadline/statutory 1:1', 'i template/pre-2019 1:1']);
  });

  it('q01 as a one-line dump without its little table: still pre-2019, not "not a report"', async () => {
    const oneLine = readFileSync(`${ACCURACY}q01-pre2019-synthetic.txt`, 'utf8').replace('行政复议 | 行政诉讼 |\n1 | 0 |\n', '').replaceAll('\n', ' ');
    const { model, lines } = await lintBuilt(oneLine);
    // The one-line reader finds its 2008-era part names as near headings: they change nothing, no template rule runs.
    expect(model.meta).toMatchObject({ year: 2017, template: 'pre-2019', title: null });
    expect(lines).toEqual(['i deadline/statutory 1:1', 'i template/pre-2019 1:1']);
  });

  it('q02: a text titled as an annual report is never "not a report", however little of it was read', async () => {
    const { model, lines } = await lintAccuracy('q02-one-line-no-tables.txt');
    expect(model.meta.template).not.toBe('not-a-report');
    // Where they are reported depends on the headings the one-line reader finds (class C): not asserted here.
    expect(lines.filter((l) => l.includes('tables-present')).map((l) => l.replace(/ \d+:\d+$/, ''))).toEqual(Array(3).fill('e structure/tables-present'));
  });

  it('SEED-004 as a 2017 report with the 2008-era part names', async () => {
    const { result, model, lines } = await lintBuilt(seed004As2017());
    expect(model.meta).toMatchObject({ year: 2017, template: 'pre-2019' });
    expect(lines.filter((l) => l.includes('template/pre-2019'))).toEqual(['i template/pre-2019 1:7']);
    expect(result.messages.filter((m) => !TEMPLATE_INDEPENDENT.test(m.ruleId)).map((m) => m.ruleId)).toEqual([]);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.messages.find((m) => m.ruleId === 'template/pre-2019')?.message).toBe('2019 年以前的格式：未按 2019/2021 模板检查');
  });

  it('a 2017 report published after 31 March is late under the 2008 regime (3月31日)', async () => {
    const late = seed004As2017().replace('2018-02-17', '2018-04-02');
    const { lines } = await lintBuilt(late);
    expect(lines).toContain('e deadline/statutory 4:9');
  });
});

describe('P: spaced-label infos in flattened dumps', () => {
  it('a space left inside a label of the one-line dump (a cell line-wrap) is read, not reported', async () => {
    // As the real 116 writes its 表三 header: fragments between spaces, two of them cut through a label.
    const base = readFileSync(`${ACCURACY}m00-base.txt`, 'utf8');
    const text = replaceOnce(base, '总计商业企业科研机构社会公益组织', '总计 商业 企业 科研 机构 社会公益组织');
    const { model, lines } = await lintBuilt(text);
    expect(model.tables.requests.shape).toBe('flattened');
    expect(model.labels.filter((l) => l.match === 'spaced').map((l) => l.written)).toEqual(['商业 企业', '科研 机构']);
    expect(lines).toEqual((await lintAccuracy('m00-base.txt')).lines);
    // The same kind of label in SEED-004's own layout (one cell a line) is reported.
    expect((await lintAccuracy('n00-seed004.txt')).lines).toContain('i table3/labels 243:1');
  });
});

describe('template/table2-shape: a 表二 template row left out', () => {
  it('SEED-004 without its 规章 row (as the real 114, 116 and 119 do): one warning at the table', async () => {
    const text = replaceOnce(SEED_004, '规章 |\n0 |\n0 |\n0 |\n', '');
    const { result, lines } = await lintBuilt(text);
    expect(lines).toEqual(['i noise/web-residue 2:1', 'i noise/placeholder 3:48', 'w template/table2-shape 14:1', 'i table3/labels 239:1']);
    expect(result.messages.find((m) => m.ruleId === 'template/table2-shape')?.message).toBe('表二“主动公开政府信息情况”缺少模板行“规章”');
  });
});
