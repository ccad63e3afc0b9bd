import { createRequire } from 'node:module';
import type { Heading, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../packages/core/src/read/docx.js';
import { formatNumber } from '../../packages/core/src/read/docx-numbering.js';
import { cellText } from '../../packages/core/src/read/mdast-build.js';
import { expectedGrid, fixture, grid, positionsConsistent, reportTables, tables, textNodes, type SeedId } from './helpers.js';

// fflate is a dependency of @govlint/core, not of the test package.
const { strToU8, zipSync } = createRequire(new URL('../../packages/core/package.json', import.meta.url))('fflate') as typeof import('fflate');

const read = (bytes: Uint8Array) => readDocx('', { filePath: 'x.docx', bytes });

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A minimal .docx around a document body, for the cases the fixtures do not cover. */
function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}
const p = (text: string, pPr = '') => `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe.each<SeedId>(['seed-004', 'seed-000'])('DOCX reader on %s.docx', (id) => {
  const doc = read(fixture(`${id}.docx`));

  it('expands gridSpan and vMerge into the template grids', () => {
    expect(doc.problems).toEqual([]);
    const t = reportTables(doc);
    expect(grid(t.proactive)).toEqual(expectedGrid(id, 'proactive'));
    expect(grid(t.requests)).toEqual(expectedGrid(id, 'requests'));
    expect(grid(t.appeals)).toEqual(expectedGrid(id, 'appeals'));
    expect(t.requests.data?.shape).toBe('docx');
  });

  it('writes one line per paragraph and one tab-joined line per table row, with exact positions', () => {
    expect(positionsConsistent(doc)).toEqual([]);
    for (const n of textNodes(doc)) expect(n.slice).toBe(n.value);
    const lines = doc.text.split('\n');
    expect(doc.origins).toHaveLength(lines.length);
    const row = lines.find((l) => l.startsWith('一、本年新收政府信息公开申请数量'));
    expect(row?.split('\t')).toHaveLength(10);
    // A spanned slot points at its cell: the group label of table 三 for the rows below it.
    const requests = reportTables(doc).requests;
    const group = requests.children[5].children[0];
    expect(cellText(group)).toBe('三、本年度办理结果');
    expect(requests.children[6].children[0].position).toEqual(group.position);
  });

  it('keeps Word headings as headings, numbered as Word numbers them, and records paragraph origins', () => {
    const headings = doc.root.children.filter((n): n is Heading => n.type === 'heading');
    expect(headings.map((h) => (h.children[0] as { value: string }).value)).toEqual(
      expect.arrayContaining(['一、总体情况', '二、主动公开政府信息情况', '六、其他需要报告的事项']),
    );
    expect(headings.filter((h) => h.depth === 2)).toHaveLength(6);
    const origins = doc.origins ?? [];
    expect(origins.every((o, i) => o.line === i + 1 && typeof o.paragraph === 'number')).toBe(true);
    expect(origins.map((o) => o.paragraph)).toEqual([...origins.map((o) => o.paragraph)].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('turns the Word comment into a directive over the commented heading', () => {
    expect(doc.directives).toHaveLength(1);
    const d = doc.directives[0];
    expect(d.kind).toBe('disable-next-line');
    expect(d.rules).toEqual(['table3/labels']);
    // The comment covers the heading's text; its "三、" is Word's automatic numbering, written before it.
    expect(doc.text.slice(d.span.start.offset, d.span.end.offset)).toBe('收到和处理政府信息公开申请情况');
    expect(doc.text.split('\n')[d.span.start.line - 1]).toBe('三、收到和处理政府信息公开申请情况');
    // The next line is the first row of table 三.
    expect(doc.text.split('\n')[d.span.end.line]).toMatch(/^（本列数据的勾稽关系为/);
  });
});

describe('DOCX reader details', () => {
  it('joins runs, turns w:tab into a tab and w:br into a new line of the same paragraph', () => {
    const doc = read(docx(`<w:p><w:r><w:t>联系</w:t></w:r><w:r><w:t>电话：</w:t><w:tab/><w:t>0533</w:t><w:br/><w:t>地址</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p>${p('下一段')}`));
    expect(doc.text).toBe('联系电话：\t0533\n地址\n下一段');
    expect(doc.origins?.map((o) => o.paragraph)).toEqual([0, 0, 1]);
    expect(doc.root.children.map((n) => (n as Paragraph).children.map((c) => (c as { value: string }).value).join(''))).toEqual(['联系电话：\t0533', '地址', '下一段']);
  });

  it('pads rows with gridBefore and merges hMerge/gridSpan cells', () => {
    const tc = (text: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(text)}</w:tc>`;
    const doc = read(
      docx(
        `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
          `<w:tr>${tc('A', '<w:gridSpan w:val="2"/>')}${tc('B')}</w:tr>` +
          `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('C')}${tc('D', '<w:vMerge/>')}</w:tr>` +
          `<w:tr>${tc('E')}${tc('F')}</w:tr></w:tbl>`,
      ),
    );
    const rows = tables(doc)[0].children;
    expect(rows.map((r) => r.children.map(cellText))).toEqual([['A', '', 'B'], ['', 'C', ''], ['E', 'F', '']]);
    expect(rows[1].children[2].data?.spanned).toBe(true);
    expect(rows[1].children[2].position).toEqual(rows[0].children[2].position);
    expect(doc.text.split('\n')).toEqual(['A\t\tB', '\tC\t', 'E\tF\t']);
  });

  it('reads heading levels from styles.xml and outline levels', () => {
    const styles = `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="my"><w:name w:val="我的标题"/><w:basedOn w:val="1"/></w:style></w:styles>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
    const doc = read(
      docx(`${p('一、总体情况', '<w:pPr><w:pStyle w:val="1"/></w:pPr>')}${p('二、主动公开', '<w:pPr><w:pStyle w:val="my"/></w:pPr>')}${p('（一）小节', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr>')}${p('正文')}`, {
        'word/styles.xml': styles,
        'word/_rels/document.xml.rels': rels,
      }),
    );
    expect(doc.root.children.map((n) => (n.type === 'heading' ? n.depth : 0))).toEqual([1, 1, 3, 0]);
  });

  it('writes automatic numbers as Word shows them: per list and level, deeper levels restarting', () => {
    const numbering = `<?xml version="1.0"?><w:numbering ${W}>
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>
    </w:numbering>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;
    const num = (id: number, lvl = 0) => `<w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr></w:pPr>`;
    const body = [
      p('总体情况', num(1)),
      p('主动公开', num(1, 1)),
      p('依申请公开', num(1, 1)),
      p('要点', num(2)),
      p('主动公开政府信息情况', num(1)),
      p('规章', num(1, 1)),
      p('第九项', num(3)),
    ].join('');
    const doc = read(docx(body, { 'word/numbering.xml': numbering, 'word/_rels/document.xml.rels': rels }));
    expect(doc.text.split('\n')).toEqual(['一、总体情况', '（一）主动公开', '（二）依申请公开', '要点', '二、主动公开政府信息情况', '（一）规章', '9. 第九项']);
  });

  it('formats list numbers in the Chinese and Western styles Word uses', () => {
    expect([1, 10, 12, 20, 21, 99, 105, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十二', '二十', '二十一', '九十九', '一百零五', '一百一十']);
    expect([formatNumber(3, 'ideographTraditional'), formatNumber(2, 'decimalEnclosedCircle'), formatNumber(28, 'upperLetter'), formatNumber(14, 'lowerRoman')]).toEqual(['丙', '②', 'AB', 'xiv']);
  });

  it('gives one clear fatal problem for a truncated file', () => {
    const doc = read(fixture('truncated.docx'));
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0].fatal).toBe(true);
    expect(doc.problems[0].message).toMatch(/已损坏或不完整.*corrupt or truncated/);
    expect(doc.root.children).toEqual([]);
  });

  it('gives one clear fatal problem for a zip without word/document.xml, a non-zip and an encrypted (OLE) file', () => {
    const noBody = read(zipSync({ 'hello.txt': strToU8('hi') }));
    expect(noBody.problems.map((x) => [x.fatal, /缺少 word\/document\.xml.*missing/.test(x.message)])).toEqual([[true, true]]);
    const notZip = read(strToU8('这不是 Word 文档'));
    expect(notZip.problems.map((x) => [x.fatal, /not a zip/.test(x.message)])).toEqual([[true, true]]);
    const ole = read(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(ole.problems.map((x) => [x.fatal, /password-protected .docx or legacy .doc/.test(x.message)])).toEqual([[true, true]]);
  });

  it('reports malformed XML as a fatal problem instead of throwing', () => {
    const bad = zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body><w:p></w:body>`) });
    const doc = read(bad);
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0].fatal).toBe(true);
    expect(doc.problems[0].message).toMatch(/not well-formed XML/);
  });
});
