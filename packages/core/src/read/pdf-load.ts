// The pdfjs boundary: bytes → pages of positioned text items and ruling segments, in top-down page
// coordinates (points, origin at the top-left of the page as displayed). Everything after this is plain data.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { rulingSegments, type OpCodes } from './pdf-rulings.js';
import type { PdfItem, PdfPage } from './pdf-types.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<Pdfjs> | undefined;
/** Loaded on first use: importing pdfjs costs ~100 ms that no other format should pay. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

let assets: { cMapUrl: string; standardFontDataUrl: string } | undefined;
function assetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assets) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    // pdfjs reads these with fs in Node, as paths; the trailing slash is required.
    assets = { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
  }
  return assets;
}

export type PdfLoadFailure = { kind: 'password' | 'invalid'; detail: string };

/**
 * Every page's text items and rulings, or why the file cannot be opened. Rulings cost as much again as the
 * text (the operator list compiles every glyph), so they are only fetched for pages where `wantsRulings` sees
 * something table-like in the text.
 */
export async function loadPdf(bytes: Uint8Array, wantsRulings: (items: PdfItem[]) => boolean = () => true): Promise<PdfPage[] | PdfLoadFailure> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    ...assetDirs(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    const e = err as { name?: string; message?: string };
    await task.destroy().catch(() => undefined);
    return { kind: e.name === 'PasswordException' ? 'password' : 'invalid', detail: e.message ?? String(err) };
  }
  try {
    const pages: PdfPage[] = [];
    const ops = lib.OPS as unknown as OpCodes;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const toPage = (x: number, y: number): [number, number] => viewport.convertToViewportPoint(x, y) as [number, number];
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        const [a, b, c, d, e, f] = it.transform as number[];
        const [x, y] = toPage(e, f);
        const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height;
        // Text drawn along the y axis (vertical writing, rotated cells) has its advance in the y direction.
        const vertical = Math.abs(b) > Math.abs(a);
        items.push({ str: it.str, x, y, w: vertical ? size : it.width, h: size });
      }
      let segments: PdfPage['segments'] = [];
      if (wantsRulings(items)) {
        const opList = await page.getOperatorList();
        segments = rulingSegments(opList.fnArray, opList.argsArray, ops, toPage);
      }
      pages.push({ page: n, width: viewport.width, height: viewport.height, items, segments });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
