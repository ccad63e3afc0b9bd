// The reader dispatcher: file → format → reader → Document. Each format registers exactly one reader in the
// `readers` table below; text formats get decoded text, binary formats (docx, pdf) read `ctx.bytes` themselves.
import type { Document, Format } from './document.js';
import { decode } from '../decode/index.js';
import { readDocxLazy, readHtmlLazy, readMarkdownLazy, readPdfLazy, readTextLazy } from './lazy.js';
import type { Reader, ReaderContext } from './types.js';

export type { Reader, ReaderContext } from './types.js';

/** format → reader. Each is imported when a file of its format is first read (see lazy.ts). */
export const readers: Partial<Record<Format, Reader>> = {
  md: readMarkdownLazy,
  txt: readTextLazy,
  html: readHtmlLazy,
  docx: readDocxLazy,
  pdf: readPdfLazy,
};

/** For readers that live outside core (or tests): register or replace the reader of a format. */
export function registerReader(format: Format, reader: Reader): void {
  readers[format] = reader;
}

/** Formats whose readers take the raw bytes (ctx.bytes) rather than decoded text. */
export const BINARY_FORMATS: ReadonlySet<Format> = new Set<Format>(['docx', 'pdf']);

const EXTENSIONS: Record<string, Format> = {
  md: 'md',
  markdown: 'md',
  txt: 'txt',
  text: 'txt',
  htm: 'html',
  html: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/** Format by file extension (case-insensitive), or null for an unknown extension. */
export function formatOf(filePath: string): Format | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(filePath);
  return m ? (EXTENSIONS[m[1].toLowerCase()] ?? null) : null;
}

/** Format from the first bytes, for files without a known extension (stdin, downloads without a name). */
export function sniffFormat(bytes: Uint8Array): Format {
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (head.startsWith('%PDF-')) return 'pdf';
  if (/<(?:!doctype\s+html|html|body|table|p)[\s>]/i.test(head)) return 'html';
  return 'txt';
}

export interface ReadOptions {
  /** Override the format chosen from the extension (`--format`, stdin). */
  format?: Format;
}

/** Read a file of any supported format into a Document. */
export async function readDocument(bytes: Uint8Array, filePath: string, opts: ReadOptions = {}): Promise<Document> {
  const format = opts.format ?? formatOf(filePath) ?? sniffFormat(bytes);
  const reader = readers[format];
  if (!reader) throw new Error(`没有 ${format} 格式的读取器 / No reader registered for format "${format}"`);
  if (BINARY_FORMATS.has(format)) return reader('', { filePath, bytes });
  const { text, info, problems } = decode(bytes);
  const ctx: ReaderContext = { filePath, bytes, decode: info };
  const doc = await reader(text, ctx);
  return { ...doc, decode: doc.decode ?? info, problems: [...problems, ...doc.problems] };
}
