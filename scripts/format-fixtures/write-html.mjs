// HTML rendering in the manner of Word's "save as web page": CRLF line ends, source lines hard-wrapped inside
// Chinese text, MsoNormal paragraphs with inline styles, <o:p> residue, conditional comments, rowspan/colspan
// tables, an NBSP cell, a CMS metadata table above the article.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]/;

/** Word wraps long source lines; between two Chinese characters a line break is not a space. */
function wrap(s, at = 60) {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    out += s[i];
    run++;
    if (run >= at && CJK.test(s[i]) && CJK.test(s[i + 1] ?? '') && s[i] !== '&') {
      out += '\r\n';
      run = 0;
    }
  }
  return out;
}

const SPAN = "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>";

function para(text, style = 'text-indent:32.0pt') {
  // A list paragraph ("1. 政府网站…") comes out of Word with its number in a supportLists island.
  const list = /^(\d\.)\s(.*)$/s.exec(text);
  if (list) {
    return `<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt'><![if !supportLists]><span lang=EN-US>${list[1]}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>${SPAN}${wrap(esc(list[2]))}</span></p>`;
  }
  return `<p class=MsoNormal style='${style}'>${SPAN}${wrap(esc(text))}</span><span lang=EN-US><o:p></o:p></span></p>`;
}

function cellHtml(cell) {
  const attrs = [];
  if ((cell.cs ?? 1) > 1) attrs.push(`colspan=${cell.cs}`);
  if ((cell.rs ?? 1) > 1) attrs.push(`rowspan=${cell.rs}`);
  const align = cell.kind === 'label' || cell.kind === 'note' ? 'left' : 'center';
  // Header labels of narrow columns are broken by hand in the template (结果<br>维持).
  const text = cell.kind === undefined && /^(结果|其他|尚未)/.test(cell.t) && cell.t.length === 4 ? `${esc(cell.t.slice(0, 2))}<br>${esc(cell.t.slice(2))}` : esc(cell.t);
  const inner = cell.kind === 'value' ? `<span lang=EN-US>${text}</span>` : `<span style='font-size:9.0pt;font-family:宋体'>${wrap(text, 40)}</span>`;
  return `  <td ${attrs.join(' ')} valign=center style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\r\n  <p class=MsoNormal align=${align} style='text-align:${align}'>${inner}<span lang=EN-US><o:p></o:p></span></p>\r\n  </td>`;
}

function tableHtml(rows) {
  const trs = rows.map((cells) => ` <tr style='height:20.0pt'>\r\n${cells.map(cellHtml).join('\r\n')}\r\n </tr>`);
  return `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\r\n${trs.join('\r\n')}\r\n</table>`;
}

function metaTable(title, rows) {
  const cells = [['标题', title ?? ''], ...rows, ['文号', '\u00a0']];
  const trs = cells.map(([k, v]) => `<tr><td class="label">${esc(k)}：</td><td>${v === '\u00a0' ? '&nbsp;' : esc(v)}</td></tr>`);
  return `<table class="xxgk-meta">\r\n${trs.join('\r\n')}\r\n</table>`;
}

export function renderHtml(blocks, title) {
  const body = [];
  for (const b of blocks) {
    if (b.kind === 'title') body.push(`<p class=MsoTitle align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${esc(b.text)}</span></b></p>`);
    else if (b.kind === 'meta') body.push(metaTable(title, b.rows));
    else if (b.kind === 'h') body.push(`<h2 style='margin:0cm;text-indent:32.0pt'><span style='font-size:16.0pt;font-family:黑体'>${esc(b.text)}</span></h2>`);
    else if (b.kind === 'p') body.push(para(b.text));
    else if (b.kind === 'table') body.push(tableHtml(b.rows), `<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`);
  }
  const head = [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head>',
    '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
    '<meta name=Generator content="Microsoft Word 15 (filtered)">',
    `<title>${esc(title ?? '政府信息公开工作年度报告')}</title>`,
    '<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:View>Print</w:View>\r\n  <w:Zoom>100</w:Zoom>\r\n </w:WordDocument>\r\n</xml><![endif]-->',
    '<style>\r\n<!--\r\np.MsoNormal, li.MsoNormal {margin:0cm; text-align:justify; font-size:10.5pt; font-family:等线;}\r\n-->\r\n</style>',
    '</head>',
    "<body lang=ZH-CN style='text-justify-trim:punctuation'>",
    "<div class=WordSection1 style='layout-grid:15.6pt'>",
  ];
  return `${[...head, ...body, '</div>', '</body>', '</html>'].join('\r\n')}\r\n`;
}
