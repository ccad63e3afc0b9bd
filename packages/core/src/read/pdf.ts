// PDF reader (born-digital PDFs): text items and borders → lines, paragraphs and table grids → extracted text
// (one line per paragraph; table rows with cells joined by tabs) and the usual mdast tree. Scanned,
// encrypted and corrupt files give one fatal problem instead of an empty report.
import type { DecodeInfo, Document, ReadProblem } from './document.js';
import { buildRoot, TextBuilder, type ExtractedBlock, type ExtractedCell, type Extent } from './extracted.js';
import { layout, type LayoutOptions } from './pdf-layout.js';
import { joint, mayHoldTable } from './pdf-lines.js';
import { loadPdf } from './pdf-load.js';
import type { LayoutBlock, PdfPage } from './pdf-types.js';
import * as md from './mdast-build.js';

const SCANNED = '扫描版 PDF：没有文本层 (scanned PDF: no text layer)';
const ENCRYPTED = 'PDF 已加密，需要密码才能打开 (encrypted PDF: a password is required to open it)';
/** Fewer visible characters than this on all pages together: an image-only file with a stray page number. */
const MIN_TEXT = 20;

function fatal(message: string, decode?: DecodeInfo): Document {
  const at = { line: 1, column: 1, offset: 0 };
  return { format: 'pdf', text: '', root: md.root([], { start: at, end: at }), directives: [], decode, problems: [{ message, fatal: true }] };
}

/** Writes the layout blocks as extracted text and describes them by offsets. */
function write(blocks: LayoutBlock[]): { out: TextBuilder; extracted: ExtractedBlock[] } {
  const out = new TextBuilder();
  const extracted: ExtractedBlock[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      // A paragraph is one line of the extracted text, its layout lines joined as a reader reads them (nothing
      // between Chinese, a space between words): a line break of the page's layout is not a break of the text,
      // and a pattern must not fail on "…年度报\n告". One piece per layout line, for the page it came from.
      out.line({ page: b.lines[0]?.page ?? 1 });
      const pieces = b.lines.map((l, i) => {
        const text = l.text + joint(l.text, b.lines[i + 1]?.text ?? '');
        return { text, at: out.append(text) };
      });
      const text = pieces.map((p) => p.text).join('');
      if (text.trim() !== '') extracted.push({ type: 'paragraph', text, at: { start: pieces[0].at.start, end: pieces[pieces.length - 1].at.end }, pieces });
      continue;
    }
    const ats: Extent[][] = [];
    const rows = b.rows.map((row, r) => {
      out.line({ page: row.page });
      const rowStart = out.offset;
      ats.push([]);
      const cells: ExtractedCell[] = row.cells.map((cell, c) => {
        if (c > 0) out.append('\t');
        const at = out.append(cell.text);
        ats[r].push(at);
        // A merged slot points at its cell, written earlier (above or to the left).
        return cell.origin ? { text: '', at: ats[cell.origin[0]]?.[cell.origin[1]] ?? at, spanned: true } : { text: cell.text, at };
      });
      return { at: { start: rowStart, end: out.offset }, cells };
    });
    if (rows.length > 0) extracted.push({ type: 'table', shape: 'pdf', at: { start: rows[0].at.start, end: rows[rows.length - 1].at.end }, rows });
  }
  return { out, extracted };
}

/** Builds the Document from already-loaded pages (exposed for tests of the layout on synthetic pages). */
export function documentFromPages(pages: PdfPage[], options: LayoutOptions = {}, decode?: DecodeInfo): Document {
  const problems: ReadProblem[] = [];
  const visible = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.replace(/\s/g, '').length, 0), 0);
  if (visible < MIN_TEXT) return fatal(SCANNED, decode);
  const blank = pages.filter((p) => p.items.length === 0).map((p) => p.page);
  if (blank.length > 0) {
    problems.push({ message: `第 ${blank.join('、')} 页没有文本层，可能是扫描页 (page ${blank.join(', ')}: no text layer, probably scanned)`, fatal: false });
  }
  const { out, extracted } = write(layout(pages, options));
  const { text, index } = out.finish();
  return { format: 'pdf', text, root: buildRoot(extracted, index), directives: [], decode, origins: out.origins, problems };
}

export async function readPdf(_text: string, ctx: { filePath: string; bytes: Uint8Array; decode?: DecodeInfo }): Promise<Document> {
  let pages: Awaited<ReturnType<typeof loadPdf>>;
  try {
    pages = await loadPdf(ctx.bytes, mayHoldTable);
  } catch (err) {
    return fatal(`PDF 文件已损坏，无法读取 (corrupt PDF: ${(err as Error).message})`, ctx.decode);
  }
  if (!Array.isArray(pages)) {
    if (pages.kind === 'password') return fatal(ENCRYPTED, ctx.decode);
    return fatal(`PDF 文件已损坏或不是 PDF，无法读取 (corrupt or invalid PDF: ${pages.detail})`, ctx.decode);
  }
  return documentFromPages(pages, {}, ctx.decode);
}
