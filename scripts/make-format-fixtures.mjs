#!/usr/bin/env node
// Writes test/fixtures/formats/: SEED-004 and SEED-000 as .md, .html, .docx and .pdf (same content, same
// numbers), the seeds themselves as .txt, and the broken inputs the readers must reject clearly (scanned and
// encrypted PDF, truncated .docx, a script in a table cell, deeply nested unclosed HTML).
// Run from the repository root: `node scripts/make-format-fixtures.mjs`. Deterministic: running it twice gives
// the same bytes. The PDF needs Debian's CJK font: `apt-get install -y fonts-wqy-microhei`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocks, REPORTS } from './format-fixtures/report-data.mjs';
import { fakeScanPng } from './format-fixtures/png.mjs';
import { renderDocx } from './format-fixtures/write-docx.mjs';
import { renderHtml } from './format-fixtures/write-html.mjs';
import { renderMarkdown } from './format-fixtures/write-md.mjs';
import { CJK_FONT, renderEncryptedPdf, renderPdf, renderScannedPdf } from './format-fixtures/write-pdf.mjs';

const OUT = 'test/fixtures/formats';
const SEEDS = 'packages/rules-national/fixtures';

if (!existsSync(CJK_FONT)) {
  console.error(`missing ${CJK_FONT}: apt-get update && apt-get install -y fonts-wqy-microhei`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
// Byte-exact fixtures: positions in the CRLF HTML and the binary files must survive checkout on any platform.
writeFileSync(join(OUT, '.gitattributes'), '* -text\n');
const write = (name, data) => {
  writeFileSync(join(OUT, name), data);
  console.log(`${name.padEnd(26)} ${String(Buffer.byteLength(data)).padStart(7)} bytes`);
};

for (const report of REPORTS) {
  const b = blocks(report);
  const title = report.title ?? report.pageTitle;
  // The seed itself, byte for byte (written, not copied, so that the copy is writable whatever the source mode).
  writeFileSync(join(OUT, `${report.id}.txt`), readFileSync(join(SEEDS, `${report.id}.txt`)));
  write(`${report.id}.md`, renderMarkdown(b));
  write(`${report.id}.html`, renderHtml(b, title));
  const docx = await renderDocx(b, title);
  write(`${report.id}.docx`, docx);
  const { pdf, tablePages } = await renderPdf(b, title);
  // The PDF reader must rebuild a table cut by a page break: make sure table 三 is cut.
  if (tablePages.requests.length < 2) throw new Error(`${report.id}: table 三 did not break across pages`);
  write(`${report.id}.pdf`, pdf);
  if (report.id === 'seed-004') {
    // The same, table 三's first page without its closing bottom border (the verticals run to the margin).
    write('seed-004-open-break.pdf', (await renderPdf(b, title, { openBreak: true })).pdf);
  }
  if (report.id === 'seed-004') write('truncated.docx', docx.subarray(0, Math.floor(docx.length * 0.6)));
}

write('scanned.pdf', await renderScannedPdf(fakeScanPng()));
write('encrypted.pdf', await renderEncryptedPdf());

write(
  'script-in-cell.html',
  [
    '<p>三、收到和处理政府信息公开申请情况</p>',
    '<table border=1>',
    '<tr><td>一、本年新收政府信息公开申请数量</td><td>12<script>document.write("99")</script></td><td><style>td{color:red}</style>&nbsp;</td></tr>',
    '<tr><td>二、上年结转政府信息公开申请数量</td><td><span>3</span><noscript>7</noscript></td><td>0</td></tr>',
    '</table>',
    '',
  ].join('\n'),
);

// 20 000 unclosed <div>s (more than hast-util-from-parse5 can recurse through), then a table never closed.
write(
  'deep-nesting.html',
  [
    '<p>一、总体情况</p>',
    '<div><span>'.repeat(10_000),
    '<p>本报告所列数据的统计期限自2024年1月1日至2024年12月31日。',
    '<table><tr><td>行政许可<td>19513',
    '<tr><td>行政处罚<td>1394',
    '',
  ].join('\n'),
);
