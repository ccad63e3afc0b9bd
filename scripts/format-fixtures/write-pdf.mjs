// PDF rendering with pdfkit and a CJK TrueType font, laid out like a Word export: A4, wrapped prose, tables
// drawn as positioned text in bordered cells with labels wrapped in narrow columns and every cell vertically
// centred (so the numbers of a multi-line row sit between its label lines), merged cells split across a page
// break, page footers "- n -". Fixed dates in the metadata make the file reproducible.
import PDFDocument from 'pdfkit';
import { place } from './layout.mjs';

export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const FIXED_DATE = new Date('2025-02-17T00:00:00Z');
const A4 = { w: 595.28, h: 841.89 };
const MARGIN = 72;
const LEFT = MARGIN;
const WIDTH = A4.w - 2 * MARGIN;
const BOTTOM = A4.h - MARGIN;
const CELL = { size: 9, padH: 3, padV: 4, minH: 16 };

function newDoc(info, extra = {}) {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Creator: 'govlint fixtures', Producer: 'pdfkit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE, ...info },
    ...extra,
  });
  return doc;
}

function finish(doc) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

const currentPage = (doc) => {
  const r = doc.bufferedPageRange();
  return r.start + r.count - 1;
};

/**
 * Lays the table out row by row, breaking pages between rows; returns the pages each row landed on. With
 * `openBreak`, a table cut by a page break has no closing border on the first page: the cells of its last row
 * there have no bottom line and their vertical lines run to the bottom margin, as some exports draw it.
 */
function drawTable(doc, rows, relWidths, openBreak = false) {
  const { placed } = place(rows);
  const total = relWidths.reduce((a, b) => a + b, 0);
  const widths = relWidths.map((w) => (w / total) * WIDTH);
  const colX = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const spanWidth = (p) => widths.slice(p.c, p.c + p.cs).reduce((a, b) => a + b, 0);
  doc.fontSize(CELL.size);
  const textH = (p) => doc.heightOfString(p.cell.t, { width: spanWidth(p) - 2 * CELL.padH });

  const rowH = rows.map(() => CELL.minH);
  for (const p of placed) if (p.rs === 1) rowH[p.r] = Math.max(rowH[p.r], textH(p) + 2 * CELL.padV);
  for (const p of placed) {
    if (p.rs === 1) continue;
    const have = rowH.slice(p.r, p.r + p.rs).reduce((a, b) => a + b, 0);
    const need = textH(p) + 2 * CELL.padV;
    if (have < need) rowH[p.r + p.rs - 1] += need - have;
  }

  let y = doc.y + 4;
  const rowTop = [];
  const rowPage = [];
  rows.forEach((_, r) => {
    if (y + rowH[r] > BOTTOM) {
      doc.addPage();
      y = MARGIN;
    }
    rowTop[r] = y;
    rowPage[r] = currentPage(doc);
    y += rowH[r];
  });
  const lastPage = currentPage(doc);

  for (const p of placed) {
    // A merged cell that crosses a page break is drawn as one box per page; its text goes in the first box.
    const parts = [];
    for (let r = p.r; r < p.r + p.rs; r++) {
      const last = parts[parts.length - 1];
      if (last && last.page === rowPage[r]) last.bottom = rowTop[r] + rowH[r];
      else parts.push({ page: rowPage[r], top: rowTop[r], bottom: rowTop[r] + rowH[r] });
    }
    const x = colX[p.c];
    const w = spanWidth(p);
    parts.forEach((part, i) => {
      doc.switchToPage(part.page);
      if (openBreak && part.page !== lastPage) {
        // The page goes on below this cell: left, top and right lines only, the verticals down to the margin.
        doc.lineWidth(0.5).moveTo(x, BOTTOM).lineTo(x, part.top).lineTo(x + w, part.top).lineTo(x + w, BOTTOM).stroke();
      } else doc.lineWidth(0.5).rect(x, part.top, w, part.bottom - part.top).stroke();
      if (i > 0 || p.cell.t === '') return;
      const h = textH(p);
      const align = p.cell.kind === 'label' || p.cell.kind === 'note' ? 'left' : 'center';
      doc.fontSize(CELL.size).text(p.cell.t, x + CELL.padH, part.top + (part.bottom - part.top - h) / 2, { width: w - 2 * CELL.padH, align });
    });
  }
  doc.switchToPage(lastPage);
  doc.x = LEFT;
  doc.y = y + 10;
  return [...new Set(rowPage)];
}

function footers(doc) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(9).text(`- ${i + 1} -`, 0, A4.h - 45, { width: A4.w, align: 'center', lineBreak: false });
    doc.page.margins.bottom = keep;
  }
}

/**
 * Renders the report; returns the PDF and the pages each table landed on. `openBreak`: the tables cut by a page
 * break are drawn without their closing border on the first page (drawTable).
 */
export async function renderPdf(blocks, title, { openBreak = false } = {}) {
  const doc = newDoc({ Title: title ?? '' });
  doc.registerFont('cjk', CJK_FONT, 'WenQuanYiMicroHei');
  doc.font('cjk');
  const tablePages = {};
  for (const b of blocks) {
    if (b.kind === 'title') doc.fontSize(18).text(b.text, { align: 'center', paragraphGap: 12 });
    else if (b.kind === 'meta') for (const [k, v] of b.rows) doc.fontSize(10.5).text(`${k}：${v}`, { paragraphGap: 2 });
    else if (b.kind === 'h') {
      if (doc.y > BOTTOM - 60) doc.addPage();
      doc.fontSize(12).text(b.text, { paragraphGap: 6 });
    } else if (b.kind === 'p') doc.fontSize(10.5).text(b.text, { indent: 21, lineGap: 3, paragraphGap: 6, align: 'left' });
    else if (b.kind === 'table') tablePages[b.key] = drawTable(doc, b.rows, b.widths, openBreak);
  }
  footers(doc);
  return { pdf: await finish(doc), tablePages };
}

/** One page of text protected by a user password. */
export async function renderEncryptedPdf() {
  const doc = newDoc({ Title: '加密的报告' }, { userPassword: 'govlint', ownerPassword: 'govlint-owner', pdfVersion: '1.4' });
  doc.registerFont('cjk', CJK_FONT, 'WenQuanYiMicroHei');
  doc.font('cjk').fontSize(12).text('某某区人民政府2024年政府信息公开工作年度报告');
  return finish(doc);
}

/** A page holding only a picture, as a scanner makes: no text layer. */
export async function renderScannedPdf(png) {
  const doc = newDoc({ Title: '扫描件' });
  doc.image(png, LEFT, MARGIN, { width: WIDTH });
  return finish(doc);
}
