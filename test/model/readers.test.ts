// The Markdown and plain-text readers: directives, GFM tables, tables GFM does not see, positions under CRLF.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../packages/core/src/read/md.js';
import { formatOf, readDocument, sniffFormat } from '../../packages/core/src/read/index.js';
import { readText } from '../../packages/core/src/read/txt/index.js';
import { fixture, seedPath } from './fixtures.js';
import { fromText } from './helpers.js';
import { project } from './project.js';

describe('disable directives', () => {
  it('plain text: own lines, optionally after # or //; rules listed with commas', () => {
    const doc = readText('一、总体情况\ngovlint-disable table3/balance, wording/stat-period\n正文。\n# govlint-enable\n  // govlint-disable-next-line noise/web-residue -- 页脚\n陕公网安备 61011502000007号\n');
    expect(doc.directives).toEqual([
      { kind: 'disable', rules: ['table3/balance', 'wording/stat-period'], span: { start: { line: 2, column: 1, offset: 7 }, end: { line: 2, column: 52, offset: 58 } } },
      { kind: 'enable', rules: [], span: { start: { line: 4, column: 1, offset: 63 }, end: { line: 4, column: 17, offset: 79 } } },
      { kind: 'disable-next-line', rules: ['noise/web-residue'], span: { start: { line: 5, column: 3, offset: 82 }, end: expect.objectContaining({ line: 5 }) } },
    ]);
    // Directive lines are not prose.
    expect(doc.root.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('Markdown: HTML comments, block and inline (an inline disable covers its line)', () => {
    const doc = readMarkdown('<!-- govlint-disable table3/balance -->\n\n一、总体情况\n\n正文 <!-- govlint-disable content/generic-overview -->\n\n<!-- govlint-enable -->\n<!-- 普通注释 -->\n');
    expect(doc.directives.map((d) => [d.kind, d.rules, d.span.start.line, d.span.start.column])).toEqual([
      ['disable', ['table3/balance'], 1, 1],
      ['disable-line', ['content/generic-overview'], 5, 4],
      ['enable', [], 7, 1],
    ]);
  });

  it('inside a table region, a directive line stays a directive and does not break the table', async () => {
    const { document, model } = await fromText('二、主动公开政府信息情况\n规章 | 0 | 0 | 0 |\ngovlint-disable-next-line table2/blank-cells\n行政规范性文件 | 1 | | 5 |\n');
    expect(document.directives).toHaveLength(1);
    expect(document.directives[0].span.start.line).toBe(3);
    expect(model.cells['proactive.normativeDocuments.repealed']).toMatchObject({ value: null, span: { start: { line: 4 } } });
  });
});

describe('Markdown', () => {
  it('GFM tables keep their shape; cell positions point at the cell text', async () => {
    const md = '## 二、主动公开政府信息情况\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 5 |  | 12 |\n';
    const { document, model } = await fromText(md, 'r.md');
    expect(document.format).toBe('md');
    expect(model.headings[0]).toMatchObject({ key: 'proactive', match: 'exact', text: '二、主动公开政府信息情况', span: { start: { line: 1, column: 4 } } });
    expect(model.tables.proactive.shape).toBe('gfm');
    expect(model.cells['proactive.normativeDocuments.made']).toMatchObject({ value: 5, raw: '5', span: { start: { line: 6, column: 13 }, end: { line: 6, column: 14 } } });
    expect(model.cells['proactive.normativeDocuments.repealed']).toMatchObject({ value: null, raw: '', span: { start: { line: 6, column: 16 } } });
    expect(model.cells['proactive.normativeDocuments.valid'].value).toBe(12);
  });

  it.each([0, 1, 2, 3, 4])('SEED-00%d saved as .md reads the same as .txt (non-GFM tables rescanned)', async (n) => {
    const { model } = await fromText(readFileSync(seedPath(n), 'utf8'), 'seed.md');
    const { source: _s, ...expected } = fixture(n);
    expect(project(model)).toEqual(expected);
    expect(model.meta.format).toBe('md');
  });

  it('a GFM table that swallowed the report (metadata row + "---|---|", no blank lines) is cut at the first line without a pipe', async () => {
    const { document, model } = await fromText(readFileSync(seedPath(4), 'utf8'), 'seed.md');
    expect(document.root.children[0]).toMatchObject({ type: 'table', position: { start: { line: 1 }, end: { line: 4 } } });
    expect(model.meta.title?.value).toBe('淄博市博山区人民政府2024年政府信息公开工作年度报告');
  });

  it('CRLF and lone CR: remark and the line index agree', async () => {
    const { model } = await fromText('一、总体情况\r\n正文。\r二、主动公开政府信息情况\r\n\r\n| 规章 | 1 | 2 | 3 |\r\n|---|---|---|---|\r\n', 'r.md');
    expect(model.headings.map((h) => [h.key, h.span.start.line, h.span.start.offset])).toEqual([
      ['overview', 1, 0],
      ['proactive', 3, 12],
    ]);
    expect(model.cells['proactive.regulations.repealed']).toMatchObject({ value: 2, span: { start: { line: 5, column: 12, offset: 39 } } });
  });
});

describe('dispatcher', () => {
  it('format by extension', () => {
    expect(['a.md', 'a.MARKDOWN', 'a.txt', 'a.text', 'a.htm', 'a.HTML', 'a.docx', 'a.pdf', 'a.doc', 'README'].map(formatOf)).toEqual(['md', 'md', 'txt', 'txt', 'html', 'html', 'docx', 'pdf', null, null]);
  });

  it('format by content when the name says nothing', () => {
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe('docx');
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(new TextEncoder().encode('<!DOCTYPE html><html>'))).toBe('html');
    expect(sniffFormat(new TextEncoder().encode('一、总体情况'))).toBe('txt');
  });

  it('decodes text formats and records how', async () => {
    const doc = await readDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一、总体情况\r\n')]), 'r.txt');
    expect(doc.decode).toEqual({ encoding: 'utf-8', bom: true, eol: '\r\n' });
    expect(doc.text).toBe('一、总体情况\r\n');
  });
});
