import type { Paragraph, Heading } from 'mdast';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../packages/core/src/read/html.js';
import { cellText } from '../../packages/core/src/read/mdast-build.js';
import { proseText } from '../../packages/core/src/read/prose.js';
import { expectedGrid, fixtureText, grid, positionsConsistent, reportTables, tables, textNodes, type SeedId } from './helpers.js';

const read = (html: string) => readHtml(html, { filePath: 'x.html' });
const prose = (doc: ReturnType<typeof read>) =>
  doc.root.children.filter((n): n is Paragraph | Heading => n.type === 'paragraph' || n.type === 'heading').map((n) => proseText(n).text);

describe.each<SeedId>(['seed-004', 'seed-000'])('HTML reader on %s.html (Word export)', (id) => {
  const doc = read(fixtureText(`${id}.html`));

  it('expands rowspan/colspan into the template grids', () => {
    const t = reportTables(doc);
    expect(grid(t.proactive)).toEqual(expectedGrid(id, 'proactive'));
    expect(grid(t.requests)).toEqual(expectedGrid(id, 'requests'));
    expect(grid(t.appeals)).toEqual(expectedGrid(id, 'appeals'));
    expect(t.requests.children).toHaveLength(28); // 3 header rows + 25 data rows
    expect(t.requests.children.every((r) => r.children.length === 10)).toBe(true);
    expect(t.appeals.children[3].children.map(cellText)).toHaveLength(15);
    expect(t.requests.data?.shape).toBe('html');
  });

  it('positions point at the source: each text piece is its line of the .html', () => {
    expect(positionsConsistent(doc)).toEqual([]);
    const nodes = textNodes(doc);
    expect(nodes.length).toBeGreaterThan(300);
    for (const n of nodes) {
      // Pieces without entities are verbatim slices of the source (trailing joint spaces aside).
      if (!n.slice.includes('&')) expect(n.slice).toBe(n.value.trimEnd());
    }
  });

  it('reads prose as a reader of the page sees it: no tags, no source line wraps, no <o:p> residue', () => {
    const lines = prose(doc);
    expect(lines).toContain('一、总体情况');
    expect(lines).toContain('六、其他需要报告的事项');
    const all = lines.join('\n');
    expect(all).not.toMatch(/<\/?[a-z]|o:p|\r|\[if|supportLists|&nbsp;/);
    expect(all).toMatch(/统计期限自2024年1月1日(起,)?至2024年12月31日/);
    // Headings of the Word export are <h2>.
    expect(doc.root.children.filter((n) => n.type === 'heading')).toHaveLength(6);
  });
});

describe('HTML reader details', () => {
  it('turns NBSP-only cells blank and keeps block boundaries inside a cell as spaces', () => {
    const doc = read('<table><tr><td>&nbsp;</td><td><p>商业</p><p>企业</p></td><td>结果<br>维持</td><td> 12 </td></tr></table>');
    const cells = tables(doc)[0].children[0].children;
    expect(cells.map(cellText)).toEqual(['', '商业 企业', '结果 维持', '12']);
    expect(cells[0].children).toEqual([]);
    const twelve = cells[3].children[0].position!;
    expect(doc.text.slice(twelve.start.offset, twelve.end.offset)).toBe('12');
  });

  it('places spanned slots at their spanning cell and pads short rows', () => {
    const doc = read('<table><tr><td rowspan=2 colspan=2>A</td><td>B</td></tr><tr><td>C</td></tr><tr><td>D</td></tr></table>');
    const rows = tables(doc)[0].children;
    expect(rows.map((r) => r.children.map(cellText))).toEqual([['A', '', 'B'], ['', '', 'C'], ['D', '', '']]);
    expect(rows[1].children[0].data?.spanned).toBe(true);
    expect(rows[1].children[0].position).toEqual(rows[0].children[0].position);
    expect(rows[0].children[0].data?.spanned).toBeUndefined();
  });

  it('reads govlint directives from HTML comments', () => {
    const html = '<!-- govlint-disable table3/labels, meta/title -->\n<p>a</p>\n<!-- govlint-enable -->\n<!-- govlint-disable-next-line table3/balance -- 见附注 -->\n<p>b</p><!-- an ordinary comment -->';
    const doc = read(html);
    expect(doc.directives.map((d) => [d.kind, d.rules, d.span.start.line])).toEqual([
      ['disable', ['table3/labels', 'meta/title'], 1],
      ['enable', [], 3],
      ['disable-next-line', ['table3/balance'], 4],
    ]);
    const d = doc.directives[0].span;
    expect(html.slice(d.start.offset, d.end.offset)).toBe('<!-- govlint-disable table3/labels, meta/title -->');
  });

  it('skips <script>, <style> and Word conditional comments, and keeps <title> when the body lacks it', () => {
    const doc = read(
      '<html><head><title>某某区2024年政府信息公开工作年度报告</title><style>p{}</style><!--[if gte mso 9]><xml><w:View>Print</w:View></xml><![endif]--></head><body><p>正文<script>var x = "不要"</script></p></body></html>',
    );
    expect(prose(doc)).toEqual(['某某区2024年政府信息公开工作年度报告', '正文']);
    expect((doc.root.children[0] as Paragraph).data?.source).toBe('title');
  });

  it('joins a Chinese line hard-wrapped in the source without a space, but keeps spaces between words', () => {
    const doc = read('<p>统计期限自2024年1月1日\r\n至2024年12月31日。See\r\nalso</p>');
    expect(prose(doc)).toEqual(['统计期限自2024年1月1日至2024年12月31日。See also']);
    const p = doc.root.children[0] as Paragraph;
    // One piece per source line, each an exact slice of the source.
    expect(p.children.map((c) => [c.position?.start.line, c.value])).toEqual([
      [1, '统计期限自2024年1月1日'],
      [2, '至2024年12月31日。See '],
      [3, 'also'],
    ]);
  });

  it('reads a table cell holding a <script> as its visible text only', () => {
    const doc = read(fixtureText('script-in-cell.html'));
    const rows = tables(doc)[0].children.map((r) => r.children.map(cellText));
    expect(rows).toEqual([
      ['一、本年新收政府信息公开申请数量', '12', ''],
      ['二、上年结转政府信息公开申请数量', '3', '0'],
    ]);
  });

  it('survives 20 000 levels of unclosed tags with a non-fatal problem and the text intact', () => {
    const text = fixtureText('deep-nesting.html');
    const doc = read(text);
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0].fatal).toBe(false);
    expect(prose(doc)).toContain('一、总体情况');
    expect(prose(doc).join('')).toContain('统计期限自2024年1月1日至2024年12月31日');
    const rows = tables(doc)[0].children.map((r) => r.children.map(cellText));
    expect(rows).toEqual([
      ['行政许可', '19513'],
      ['行政处罚', '1394'],
    ]);
    // Positions survive the flattening of the deep tags: they still point into the original file.
    const cell = tables(doc)[0].children[1].children[1].children[0].position!;
    expect(text.slice(cell.start.offset, cell.end.offset)).toBe('1394');
  });

  it('survives tables nested 5 000 deep (the structure itself too deep) without blowing the stack', () => {
    const doc = read(`<p>开头</p>${'<table><tr><td>'.repeat(5000)}深处</td></tr></table><p>结尾</p>`);
    expect(doc.problems.map((p) => p.fatal)).toEqual([false]);
    expect(prose(doc)).toContain('开头');
  });

  it('spans rowspan=0 to the end of the table and lets an earlier span win an overlap', () => {
    const doc = read('<table><tr><td rowspan=0>G</td><td colspan=2>H</td></tr><tr><td>a</td><td rowspan=2>b</td></tr><tr><td colspan=2>c</td></tr></table>');
    expect(tables(doc)[0].children.map((r) => r.children.map((c) => (c.data?.spanned ? '·' : cellText(c))))).toEqual([
      ['G', 'H', '·'],
      ['·', 'a', 'b'],
      ['·', 'c', '·'],
    ]);
  });

  it('reads a fragment without <html> or <body>', () => {
    const doc = read('<h3>二、主动公开政府信息情况</h3>文字<div>段落</div>');
    expect(doc.root.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(prose(doc)).toEqual(['二、主动公开政府信息情况', '文字', '段落']);
  });
});
