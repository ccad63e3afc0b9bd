// Classes A, M and N of shared/spec/real-world-accuracy.md: converter-mangled tables, hard-wrapped text and a PDF
// table continued across a page break. Each case is a seed changed the way converters change reports; the
// expected findings are exact (rule, level, line:column).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../packages/core/src/lint.js';
import type { ReportModel } from '../../packages/core/src/model/types.js';
import { readPdf } from '../../packages/core/src/read/pdf.js';
import { expectedGrid, expectedValues, FIXTURES, fixture, grid, reportTables } from '../formats/helpers.js';
import { ACCURACY, addedFindings, lintAccuracy } from './helpers.js';

const TMP = mkdtempSync(join(tmpdir(), 'govlint-converted-'));
const LEVEL: Record<string, string> = { error: 'e', warning: 'w', info: 'i', fatal: 'f' };

/** An accuracy fixture changed by `edit`, written under the same name to a temporary folder and linted as lintAccuracy does. */
async function lintEdited(name: string, edit: (text: string) => string): Promise<{ lines: string[]; model: ReportModel }> {
  const path = join(TMP, name);
  const text = readFileSync(ACCURACY + name, 'utf8');
  const changed = edit(text);
  expect(changed).not.toBe(text);
  writeFileSync(path, changed);
  const result = await lintFile(path, { noConfig: true, includeModel: true });
  const lines = result.messages.map((d) => `${LEVEL[d.severity] ?? d.severity} ${d.ruleId} ${d.span?.start.line ?? 0}:${d.span?.start.column ?? 0}`);
  return { lines, model: result.model as ReportModel };
}

describe('M: hard-wrapped sentences and two-line titles', () => {
  it('p01: SEED-004 as Markdown hard-wrapped every 30 characters gives the findings of the unwrapped file', async () => {
    expect(await addedFindings('p01-seed004-md-wrapped.md', 'p00-seed004-md.md')).toEqual([]);
    const [wrapped, flat] = await Promise.all([lintAccuracy('p01-seed004-md-wrapped.md'), lintAccuracy('p00-seed004-md.md')]);
    expect(wrapped.lines.length).toBe(flat.lines.length);
    expect(wrapped.model.meta.period?.text).toBe('统计期限自2024年1月1日起,至2024年12月31日');
    // The paragraphs read as the unwrapped file's, one per paragraph.
    expect(wrapped.model.paragraphs.map((p) => p.text)).toEqual(flat.model.paragraphs.map((p) => p.text));
  });

  it('wrapped lines that end in a number after a space stay prose (not a spaced table)', async () => {
    // Two consecutive wrapped lines ending in " 47" and " 6600": the text scanner alone takes them for a spaced table.
    const edit = (t: string) =>
      t.replace('会救助等重点领域信息,以及47家公共企事业单位信息,全年通过\n', '会救助等重点领域信息,以及全区公共企事业单位共计 47\n家,全年通过政府网站公开各类政府信息共计 6600\n');
    const { lines, model } = await lintEdited('p01-seed004-md-wrapped.md', edit);
    const flat = await lintAccuracy('p00-seed004-md.md');
    expect(lines).toEqual(flat.lines);
    expect(model.paragraphs.some((p) => p.text.includes('以及全区公共企事业单位共计 47家,全年通过政府网站公开各类政府信息共计 6600政府网站'))).toBe(true);
    expect(Object.values(model.tables).flatMap((t) => t.extra)).toEqual([]);
  });

  it('a wrapped paragraph run on into a table without a blank line keeps its sentence (the period is read)', async () => {
    const { lines, model } = await lintEdited('p01-seed004-md-wrapped.md', (t) =>
      t.replace('bsqzfb@zb.shandong.cn)。\n', 'bsqzfb@zb.shandong.cn)。\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n示例表格 | 1 | 2 | 3\n'),
    );
    expect(model.meta.period?.text).toBe('统计期限自2024年1月1日起,至2024年12月31日');
    expect(lines).toEqual([]);
  });

  it('n12: a title on two lines (body, then year and 年度报告) gives the title, the body and the year', async () => {
    const { model } = await lintAccuracy('n12-title-two-lines.txt');
    expect(model.meta.title?.value).toBe('西工区人民政府办公室2024年政府信息公开工作年度报告');
    expect(model.meta.title?.span.start.line).toBe(3);
    expect(model.meta.title?.span.end.line).toBe(4);
    expect(model.meta.body).toBe('西工区人民政府办公室');
    expect(model.meta.bodyType).toBe('office');
    expect(model.meta.year).toBe(2024);
    expect(await addedFindings('n12-title-two-lines.txt', 'n00-seed002.txt')).toEqual([]);
  });

  it('a report whose year cannot be read gets one structure/year-unknown info', async () => {
    const { lines, model } = await lintEdited('n00-seed002.txt', (t) => t.replace(/20(2[0-9])\s*年/g, '本'));
    expect(model.meta.year).toBeNull();
    expect(lines.filter((l) => l.includes('structure/year-unknown'))).toEqual(['i structure/year-unknown 1:1']);
    expect((await lintAccuracy('n00-seed002.txt')).lines.some((l) => l.includes('year-unknown'))).toBe(false);
  });
});

describe('A: converter-mangled tables', () => {
  it('n19: an invented header row repeating 表三 row labels is a header, and the row after it is read', async () => {
    expect(await addedFindings('n19-header-row-t3.txt', 'n00-seed000.txt')).toEqual([]);
    const { model } = await lintAccuracy('n19-header-row-t3.txt');
    expect(model.cells['requests.carriedForward.total']?.value).toBe(0);
    expect(model.tables.requests.missing).toEqual([]);
    expect(model.tables.requests.extra).toEqual([]);
    expect(model.labels.some((l) => l.written === '予以公开')).toBe(false);
  });

  it('n20: 表四 as three 5-column tables, one per block: every block is read', async () => {
    expect(await addedFindings('n20-t4-per-block.txt', 'n00-seed000.txt')).toEqual([]);
    const [split, whole] = await Promise.all([lintAccuracy('n20-t4-per-block.txt'), lintAccuracy('n00-seed000.txt')]);
    const appeals = (m: typeof split.model) => Object.fromEntries(Object.entries(m.cells).filter(([k]) => k.startsWith('appeals.')).map(([k, c]) => [k, c.value]));
    expect(appeals(split.model)).toEqual(appeals(whole.model));
    expect(split.model.cells['appeals.litigationDirect.total']?.value).toBe(2);
    expect(split.model.tables.appeals.missing).toEqual([]);
  });

  it('表四 per block with one block missing: its cells are missing, the others read', async () => {
    const { model, lines } = await lintEdited('n20-t4-per-block.txt', (t) => t.replace('行政诉讼（复议后起诉）\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n0 | 0 | 0 | 0 | 0 |\n', ''));
    expect(model.cells['appeals.litigationDirect.corrected']?.value).toBe(2);
    expect(model.tables.appeals.missing).toEqual(['appeals.litigationAfterReview.upheld', 'appeals.litigationAfterReview.corrected', 'appeals.litigationAfterReview.other', 'appeals.litigationAfterReview.pending', 'appeals.litigationAfterReview.total']);
    expect(lines.filter((l) => l.includes('table4-shape'))).toEqual(['e template/table4-shape 59:1']);
  });
});

describe('A: converter residue inside tables', () => {
  const ROW = '2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||';
  const base = async () => (await lintAccuracy('n00-seed000.txt')).lines.map(withoutPosition);

  it('a page footer line ("— 5 —") inside 表三 is not a number (pipe text and Markdown)', async () => {
    const txt = await lintEdited('n00-seed000.txt', (t) => t.replace(ROW, `${ROW}\n— 5 —`));
    expect(txt.lines.map(withoutPosition)).toEqual(await base());
    expect(txt.model.tables.requests.extra).toEqual([]);
    const md = await lintEdited('p00-seed004-md.md', (t) => t.replace('| 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n', '| 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n- 12 -\n'));
    expect(md.lines).toEqual([]);
  });

  it('rows whose labels stand on lines of their own, their numbers in label-less rows after them, are read in order', async () => {
    const { lines, model } = await lintEdited('p00-seed004-md.md', (t) =>
      t.replace(
        '|  | （四）无法提供 | 1.本机关不掌握相关政府信息 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |\n|  |  | 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n',
        '（四）无法提供 1.本机关不掌握相关政府信息\n2.没有现成信息需要另行制作\n|  |  |  | 8 | 0 | 0 | 0 | 0 | 0 | 8 |\n|  |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n',
      ),
    );
    expect(lines).toEqual([]);
    expect(model.cells['requests.unable.noInfo.total']?.value).toBe(8);
    expect(model.cells['requests.unable.needCreation.total']?.value).toBe(0);
    expect(model.tables.requests.missing).toEqual([]);
  });

  it('a row with one extra cell gives one no-subtotals finding, not a cascade', async () => {
    const { lines } = await lintEdited('n00-seed000.txt', (t) => t.replace(ROW, '2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |'));
    expect(await addedTo(lines, 'n00-seed000.txt')).toEqual(['w table3/no-subtotals 49:14']);
  });

  it('a surplus row of numbers is one no-subtotals finding; dash placeholders in surplus slots are none', async () => {
    const surplus = await lintEdited('n00-seed000.txt', (t) => t.replace(ROW, `${ROW}\n0 | 0 | 0 | 0 | 0 | 0 | 0 |`));
    expect(surplus.lines.filter((l) => l.includes('no-subtotals'))).toEqual(['w table3/no-subtotals 50:1']);
    const dashes = await lintEdited('n00-seed000.txt', (t) => t.replace(ROW, '2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | - | — | --- |'));
    expect(dashes.lines.map(withoutPosition)).toEqual(await base());
  });
});

/** `lines` less the findings of `name` (a multiset difference, positions kept). */
async function addedTo(lines: readonly string[], name: string): Promise<string[]> {
  const left = [...(await lintAccuracy(name)).lines];
  return lines.filter((l) => {
    const k = left.indexOf(l);
    if (k >= 0) left.splice(k, 1);
    return k < 0;
  });
}

describe('A: labels split across table rows', () => {
  const ROW = '|  |  | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n';
  const HEAD = '|  |  | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不 |';
  const TAIL = '|  |  | 再处理其政府信息公开申请 |';
  const ZEROS = ' 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
  const BLANKS = '  |  |  |  |  |  |  |';

  it.each([
    ['its numbers on the first row', `${HEAD}${ZEROS}\n${TAIL}${BLANKS}\n`],
    ['its numbers on the second row', `${HEAD}${BLANKS}\n${TAIL}${ZEROS}\n`],
  ])('a row label cut onto the next row (%s) is one label and one row', async (_, rows) => {
    const { lines, model } = await lintEdited('p00-seed004-md.md', (t) => t.replace(ROW, rows));
    expect(lines).toEqual([]);
    expect(model.cells['requests.otherHandling.overdueFee.total']?.value).toBe(0);
    expect(model.labels.find((l) => l.key === 'requests.otherHandling.overdueFee')).toMatchObject({ match: 'split', span: { start: { line: 70 }, end: { line: 71 } } });
  });
});

function withoutPosition(line: string): string {
  return line.replace(/ \d+:\d+$/, '');
}

describe('N: a ruled PDF table continued across a page break', () => {
  // seed-004-open-break.pdf (scripts/make-format-fixtures.mjs): SEED-004 with table 三's first page drawn without
  // its closing bottom border, the verticals running to the bottom margin.
  const NAME = 'seed-004-open-break.pdf';

  it('the row below the last horizontal ruling is a row: table 三 has all 25 rows, with their values', async () => {
    const doc = await readPdf('', { filePath: NAME, bytes: fixture(NAME) });
    expect(doc.problems).toEqual([]);
    const t = reportTables(doc);
    expect(grid(t.requests)).toEqual(expectedGrid('seed-004', 'requests'));
    const rows = t.requests.children.map((r) => r.children.map((c) => c.children.map((n) => ('value' in n ? n.value : '')).join('')));
    const values = rows.filter((cells) => cells.length >= 7 && cells.slice(-7).every((c) => /^\d+$/.test(c))).map((cells) => cells.slice(-7).map(Number));
    expect(values).toHaveLength(25);
    expect(values).toEqual(expectedValues('seed-004').requests);
  });

  it('gives the findings of the PDF with the border drawn', async () => {
    const lint = async (name: string) => (await lintFile(FIXTURES + name, { noConfig: true })).messages.map((d) => `${d.ruleId} ${d.span?.start.line}:${d.span?.start.column}`);
    expect(await lint(NAME)).toEqual(await lint('seed-004.pdf'));
  });
});
