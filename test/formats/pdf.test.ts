import type { Heading, Paragraph, Table } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../packages/core/src/read/document.js';
import { cellText } from '../../packages/core/src/read/mdast-build.js';
import { loadPdf } from '../../packages/core/src/read/pdf-load.js';
import { documentFromPages, readPdf } from '../../packages/core/src/read/pdf.js';
import type { PdfItem, PdfPage } from '../../packages/core/src/read/pdf-types.js';
import { proseText } from '../../packages/core/src/read/prose.js';
import { expectedGrid, expectedValues, fixture, grid, positionsConsistent, reportTables, tables, textNodes, type SeedId } from './helpers.js';

const read = (name: string) => readPdf('', { filePath: name, bytes: fixture(name) });
const prose = (doc: Document) =>
  doc.root.children.filter((n): n is Paragraph | Heading => n.type === 'paragraph' || n.type === 'heading').map((n) => proseText(n).text);
const VALUE = /^\d+(\.\d+)?$/;

/** Rows that end in `n` values, as [values…]: the data rows of a table, whatever the label cells before. */
function valueRows(t: Table, n: number): string[][] {
  return t.children
    .map((r) => r.children.map(cellText))
    .filter((cells) => cells.length >= n && cells.slice(-n).every((c) => VALUE.test(c)))
    .map((cells) => cells.slice(-n));
}

describe.each<SeedId>(['seed-004', 'seed-000'])('PDF reader on %s.pdf (born-digital, table 三 across a page break)', (id) => {
  let doc: Document;
  beforeAll(async () => {
    doc = await read(`${id}.pdf`);
  });

  it('rebuilds the template grids from the ruled cells, joining table 三 across the page break', () => {
    expect(doc.problems).toEqual([]);
    const t = reportTables(doc);
    expect(tables(doc)).toHaveLength(3);
    expect(grid(t.proactive)).toEqual(expectedGrid(id, 'proactive'));
    expect(grid(t.requests)).toEqual(expectedGrid(id, 'requests'));
    expect(grid(t.appeals)).toEqual(expectedGrid(id, 'appeals'));
    const pages = new Set(t.requests.children.map((r) => doc.origins?.[r.position!.start.line - 1]?.page));
    expect(pages.size).toBe(2);
  });

  it('recovers every value of tables 三 and 四', () => {
    const want = expectedValues(id);
    const t = reportTables(doc);
    expect(valueRows(t.requests, 7)).toEqual(want.requests.map((r) => r.map(String)));
    expect(valueRows(t.appeals, 15)).toEqual([want.appeals.map(String)]);
  });

  it('writes one line per paragraph and per table row, with its page; positions slice back to the cell text', () => {
    expect(positionsConsistent(doc)).toEqual([]);
    for (const n of textNodes(doc)) expect(n.slice).toBe(n.value.trimEnd());
    const lines = doc.text.split('\n');
    expect(doc.origins).toHaveLength(lines.length);
    expect(new Set(doc.origins?.map((o) => o.page))).toEqual(new Set([1, 2, 3, 4].slice(0, Math.max(...(doc.origins ?? []).map((o) => o.page ?? 0)))));
    expect(lines.find((l) => l.startsWith('四、结转下年度继续办理'))?.split('\t')).toHaveLength(10);
    // Page footers ("- 2 -") are dropped.
    expect(lines.some((l) => /^-\s*\d+\s*-$/.test(l.trim()))).toBe(false);
  });

  it('joins wrapped lines into paragraphs: sentences survive the line breaks', () => {
    const text = prose(doc);
    expect(text).toContain('一、总体情况');
    expect(text).toContain('六、其他需要报告的事项');
    expect(text.some((p) => /统计期限自2024年1月1日(起,)?至2024年12月31日/.test(p))).toBe(true);
    expect(text.some((p) => p.includes('“一对一”'))).toBe(id === 'seed-004');
    const para = doc.root.children.find((n): n is Paragraph => n.type === 'paragraph' && n.children.length > 2);
    // One piece per line of the PDF, each an exact slice of Document.text.
    expect(para?.children.every((c) => c.position!.start.line === c.position!.end.line)).toBe(true);
    // A paragraph is one line of the extracted text, its layout lines joined: patterns over the text see
    // "…年度报告", not "…年度报\n告".
    const blocks = doc.root.children.filter((n) => n.type === 'paragraph' || n.type === 'heading');
    expect(blocks.filter((n) => n.position!.start.line !== n.position!.end.line)).toEqual([]);
    expect(blocks.filter((n) => n.children.length > 1).length).toBeGreaterThan(3);
  });
});

describe('PDF reader without the rulings: rows driven by the numbers', () => {
  it.each<SeedId>(['seed-004', 'seed-000'])('%s: recovers every value of tables 二, 三 (split across pages) and 四 from text positions alone', async (id) => {
    const pages = await loadPdf(fixture(`${id}.pdf`));
    if (!Array.isArray(pages)) throw new Error(pages.detail);
    const doc = documentFromPages(pages, { rulings: false });
    const want = expectedValues(id);
    const all = tables(doc);
    const requests = all.find((t) => valueRows(t, 7).length > 0);
    const appeals = all.find((t) => valueRows(t, 15).length > 0);
    expect(requests && valueRows(requests, 7)).toEqual(want.requests.map((r) => r.map(String)));
    expect(appeals && valueRows(appeals, 15)).toEqual([want.appeals.map(String)]);
    // Multi-line labels are gathered into one cell on the row of their numbers.
    const rows = requests?.children.map((r) => r.children.map(cellText)) ?? [];
    expect(rows).toContainEqual(expect.arrayContaining(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）']));
    expect(rows).toContainEqual(expect.arrayContaining(['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请']));
    const proactive = all[0].children.map((r) => r.children.map(cellText));
    expect(proactive).toContainEqual(['行政规范性文件', ...(id === 'seed-004' ? ['5', '3', '12'] : ['0', '0', '0'])]);
    expect(proactive).toContainEqual(['行政许可', id === 'seed-004' ? '19513' : '0']);
  });
});

describe('PDF reader: inputs it must refuse clearly', () => {
  it('a scanned PDF (an image, no text layer) gives one fatal problem, not an empty report', async () => {
    const doc = await read('scanned.pdf');
    expect(doc.problems).toEqual([{ message: '扫描版 PDF：没有文本层 (scanned PDF: no text layer)', fatal: true }]);
    expect(doc.root.children).toEqual([]);
  });

  it('an encrypted PDF gives one fatal problem asking for the password', async () => {
    const doc = await read('encrypted.pdf');
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]).toMatchObject({ fatal: true });
    expect(doc.problems[0].message).toMatch(/已加密.*encrypted PDF/);
  });

  it('a corrupt or truncated PDF gives one fatal problem', async () => {
    for (const bytes of [new TextEncoder().encode('%PDF-1.7\n这不是 PDF'), fixture('seed-000.pdf').subarray(0, 2000)]) {
      const doc = await readPdf('', { filePath: 'bad.pdf', bytes });
      expect(doc.problems).toHaveLength(1);
      expect(doc.problems[0].fatal).toBe(true);
      expect(doc.problems[0].message).toMatch(/PDF/);
    }
  });
});

describe('PDF layout on synthetic pages', () => {
  const item = (str: string, x: number, y: number, w = str.length * 10, h = 10): PdfItem => ({ str, x, y, w, h });
  const page = (items: PdfItem[], n = 1): PdfPage => ({ page: n, width: 595, height: 842, items, segments: [] });

  it('strips the spaces of spaced-out headers and drops page numbers', () => {
    const doc = documentFromPages([page([item('总 计', 72, 100, 40), item('政府信息公开工作年度报告正文内容', 72, 130), item('- 1 -', 290, 800, 30)])]);
    expect(doc.text).toBe('总计\n政府信息公开工作年度报告正文内容');
  });

  it('calls a PDF with almost no text scanned', () => {
    const doc = documentFromPages([page([item('- 1 -', 290, 800, 30)]), page([], 2)]);
    expect(doc.problems[0]).toMatchObject({ fatal: true, message: expect.stringMatching(/scanned PDF/) });
  });

  it('notes pages without text in an otherwise readable PDF', () => {
    const doc = documentFromPages([page([item('一、总体情况：本单位政府信息公开工作运行正常', 72, 100)]), page([], 2)]);
    expect(doc.problems).toEqual([{ fatal: false, message: expect.stringMatching(/page 2: no text layer/) }]);
  });

  const h = (y: number, x1: number, x2: number) => ({ x1, y1: y, x2, y2: y });
  const v = (x: number, y1: number, y2: number) => ({ x1: x, y1, x2: x, y2 });

  it('reads a ruled grid, a missing border meaning a merged cell', () => {
    // Columns 100 | 200 | 300 | 400, rows 100 | 130 | 160; no border under the first cell: it spans both rows.
    const segments = [h(100, 100, 400), h(130, 200, 400), h(160, 100, 400), v(100, 100, 160), v(200, 100, 160), v(300, 100, 160), v(400, 100, 160)];
    const items = [item('四、政府信息公开行政复议、行政诉讼情况', 72, 60), item('行政复议', 110, 135, 40), item('维持', 210, 120, 20), item('纠正', 310, 120, 20), item('6', 240, 150, 5), item('2', 340, 150, 5)];
    const doc = documentFromPages([{ ...page(items), segments }]);
    const rows = tables(doc)[0].children;
    expect(rows.map((r) => r.children.map((c) => (c.data?.spanned ? '·' : cellText(c))))).toEqual([
      ['行政复议', '维持', '纠正'],
      ['·', '6', '2'],
    ]);
    expect(doc.text).toBe('四、政府信息公开行政复议、行政诉讼情况\n行政复议\t维持\t纠正\n\t6\t2');
  });

  it('leaves a framed paragraph (a single box) as prose', () => {
    const segments = [h(90, 70, 500), h(130, 70, 500), v(70, 90, 130), v(500, 90, 130)];
    const doc = documentFromPages([{ ...page([item('联系电话：0533-4110087，地址：博山区县前街46号', 80, 110)]), segments }]);
    expect(tables(doc)).toEqual([]);
    expect(prose(doc)).toEqual(['联系电话：0533-4110087，地址：博山区县前街46号']);
  });

  it('keeps a label on the row of its numbers when the numbers sit between its lines', () => {
    // Label wrapped over two lines (y 100 and 112); its numbers centred at y 106; the next row at y 130.
    const items = [
      item('一、本年新收政府信息', 72, 100),
      item('公开申请数量', 72, 112),
      item('61', 300, 106, 10),
      item('0', 340, 106, 5),
      item('61', 380, 106, 10),
      item('二、上年结转', 72, 130),
      item('3', 300, 130, 5),
      item('0', 340, 130, 5),
      item('3', 380, 130, 5),
    ];
    const doc = documentFromPages([page(items)], { rulings: false });
    expect(tables(doc)[0].children.map((r) => r.children.map(cellText))).toEqual([
      ['一、本年新收政府信息公开申请数量', '61', '0', '61'],
      ['二、上年结转', '3', '0', '3'],
    ]);
  });
});
