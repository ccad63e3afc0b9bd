// The seeds re-shaped as real dumps come (scripts/make-text-fixtures.mjs): other encodings, other line ends,
// flattened crawler dumps. Same numbers as the seeds; positions exact in each file's own text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../packages/core/src/extract.js';
import { cellView, project } from './project.js';
import { fixture } from './fixtures.js';

const DIR = 'test/fixtures/text';
const read = async (name: string) => extract(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`);

describe('encodings and line ends: the same model as the seed, position for position', () => {
  it.each([
    ['seed-004.gbk.txt', 4, 'gb18030', false, '\n'],
    ['seed-003.gb18030.txt', 3, 'gb18030', false, '\n'],
    ['seed-002.utf16le-bom.txt', 2, 'utf-16le', true, '\n'],
    ['seed-000.utf16be-bom.txt', 0, 'utf-16be', true, '\n'],
    ['seed-001.utf8-bom.txt', 1, 'utf-8', true, '\n'],
    ['seed-001.crlf.txt', 1, 'utf-8', false, '\r\n'],
    ['seed-000.cr.txt', 0, 'utf-8', false, '\r'],
  ] as const)('%s', async (name, n, encoding, bom, eol) => {
    const { document, model } = await read(name);
    expect(document.decode).toEqual({ encoding, bom, eol });
    expect(document.problems).toEqual([]);
    const { source: _source, ...expected } = fixture(n);
    expect(project(model)).toEqual(expected);
  });

  it('CRLF: offsets count the \\r of every line before, lines and columns do not', async () => {
    const crlf = (await read('seed-001.crlf.txt')).model.cells['appeals.review.total'];
    const lf = (await extract(readFileSync('examples/001_ebc51afa85553e39.txt'), 'x.txt')).model.cells['appeals.review.total'];
    expect(crlf.span.start.line).toBe(281);
    expect(crlf.span.start.offset).toBe(lf.span.start.offset + 280);
    expect(crlf.span.start.column).toBe(lf.span.start.column);
  });

  it('bytes that are neither UTF-8 nor GB18030: replaced, reported at line 3, and the tables still read', async () => {
    const { document, model } = await read('seed-000.invalid-bytes.txt');
    expect(document.decode?.encoding).toBe('utf-8');
    expect(document.problems).toHaveLength(1);
    expect(document.problems[0]).toMatchObject({ fatal: false, span: { start: { line: 3, column: 1 } } });
    expect(document.problems[0].message).toMatch(/U\+FFFD/);
    expect(project(model).cells).toEqual(fixture(0).cells);
  });
});

describe('flattened crawler dumps', () => {
  const values = (cells: Record<string, { value: number | null }>) => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.value]));

  it('single spaces (SEED-004): every value, one line per table, exact columns', async () => {
    const { model } = await read('seed-004.flat-spaced.txt');
    expect(values(model.cells)).toEqual(values(fixture(4).cells));
    expect(model.tables.requests.shape).toBe('flattened');
    expect(Object.values(model.cells).some((c) => c.uncertain)).toBe(false);
    // Line 16: "…一、本年新收政府信息公开申请数量 61 0 0 0 0 0 61 二、上年…"
    expect(cellView(model.cells['requests.newReceived.naturalPerson'])).toEqual({ value: 61, raw: '61', line: 16, column: 102 });
    expect(cellView(model.cells['requests.newReceived.total'])).toEqual({ value: 61, raw: '61', line: 16, column: 115 });
    // Line 18 ends "… 总计 6 2 5 0 13 0 0 1 0 1 0 0 2 0 2".
    expect(cellView(model.cells['appeals.review.total'])).toEqual({ value: 13, raw: '13', line: 18, column: 115 });
    expect(cellView(model.cells['appeals.litigationAfterReview.total'])).toEqual({ value: 2, raw: '2', line: 18, column: 136 });
    expect(model.labels.find((l) => l.written === '结果 维持')).toMatchObject({ match: 'spaced', key: 'appeals.review.upheld' });
    expect(model.meta.template).toBe('gov-2021');
  });

  it('digits run together (SEED-004): the identities pick the split; 表二 "5312" is settled by the text\'s own figure', async () => {
    const { model } = await read('seed-004.flat-run.txt');
    expect(values(model.cells)).toEqual(values(fixture(4).cells));
    // "一、本年新收政府信息公开申请数量610000061": only 61|0|0|0|0|0|61 makes 总计 the sum of the six.
    expect(cellView(model.cells['requests.newReceived.naturalPerson'])).toEqual({ value: 61, raw: '61', line: 16, column: 90 });
    expect(cellView(model.cells['requests.newReceived.commercial'])).toEqual({ value: 0, raw: '0', line: 16, column: 92 });
    // "行政规范性文件5312": 5|3|12, 5|31|2, 53|1|2 … 表二 has no identity, but the prose says 现行有效规范性文件12件:
    // only 5|3|12 reads that, so the split is settled (certain).
    expect(cellView(model.cells['proactive.normativeDocuments.made'])).toEqual({ value: 5, raw: '5', line: 14, column: 44 });
    expect(cellView(model.cells['proactive.normativeDocuments.valid'])).toEqual({ value: 12, raw: '12', line: 14, column: 46 });
    expect(Object.entries(model.cells).filter(([, c]) => c.uncertain).map(([k]) => k)).toEqual([]);
    // Table 四 is one run of 16 digits for 15 cells: "6250130010100202".
    expect(cellView(model.cells['appeals.review.total'])).toEqual({ value: 13, raw: '13', line: 18, column: 80 });
    expect(model.tables.appeals.extra).toEqual([]);
  });

  it('TSV flattened with single spaces (SEED-002)', async () => {
    const { model } = await read('seed-002.flat-spaced.txt');
    expect(values(model.cells)).toEqual(values(fixture(2).cells));
    expect(model.labels.find((l) => l.canonical === '本年废止件数')).toMatchObject({ match: 'typo', written: '本年度止件数' });
  });

  it('the whole report on one line (SEED-004): inline headings, prose and tables cut apart', async () => {
    const { document, model } = await read('seed-004.one-line.txt');
    expect(document.text.includes('\n')).toBe(false);
    expect(values(model.cells)).toEqual(values(fixture(4).cells));
    expect(model.headings.map((h) => [h.key, h.span.start.line])).toEqual(fixture(4).headings.map((h) => [h.key, 1]));
    expect(model.meta).toMatchObject({
      title: { value: '淄博市博山区人民政府2024年政府信息公开工作年度报告', span: { start: { line: 1, column: 5 } } },
      body: '淄博市博山区人民政府',
      year: 2024,
      template: 'gov-2021',
      publicationDate: { value: '2025-02-17' },
    });
    expect(model.paragraphs.find((p) => p.text.startsWith('(一)依申请公开信息处理费'))?.section).toBe('other');
  });

  it('space-aligned rows, as copied from a PDF (SEED-000)', async () => {
    const { model } = await read('seed-000.spaced.txt');
    expect(values(model.cells)).toEqual(values(fixture(0).cells));
    expect(model.tables.requests.shape).toBe('spaced');
    // Line 35: "三、本年度办理结果   (一)予以公开   0   0 …": the group and the row label are two cells.
    expect(model.labels.filter((l) => l.span.start.line === 35).map((l) => [l.canonical, l.span.start.column])).toEqual([
      ['三、本年度办理结果', 1],
      ['（一）予以公开', 13],
    ]);
    expect(cellView(model.cells['appeals.litigationDirect.corrected'])).toEqual({ value: 2, raw: '2', line: 62, column: 25 });
  });

  it('pipe rows run together (SEED-000)', async () => {
    const { model } = await read('seed-000.flat-run.txt');
    expect(values(model.cells)).toEqual(values(fixture(0).cells));
    expect(Object.values(model.cells).some((c) => c.uncertain)).toBe(false);
  });
});
