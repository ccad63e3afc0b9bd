// Readers imported on first use: a run over Markdown files should not pay for loading the HTML, Word and PDF
// stacks (rehype, xmldom, fflate, pdfjs: a few hundred ms from a new process).
import type { Reader } from './types.js';

export function lazyReader<M>(load: () => Promise<M>, pick: (module: M) => Reader): Reader {
  let reader: Promise<Reader> | undefined;
  return async (text, ctx) => {
    reader ??= load().then(pick);
    return (await reader)(text, ctx);
  };
}

export const readMarkdownLazy = lazyReader(() => import('./md.js'), (m) => m.readMarkdown);
export const readTextLazy = lazyReader(() => import('./txt/index.js'), (m) => m.readText);
export const readHtmlLazy = lazyReader(() => import('./html.js'), (m) => m.readHtml);
export const readDocxLazy = lazyReader(() => import('./docx.js'), (m) => m.readDocx);
export const readPdfLazy = lazyReader(() => import('./pdf.js'), (m) => m.readPdf);
