// The reader contract: every format's reader turns a file into a Document (see document.ts).
import type { DecodeInfo, Document } from './document.js';

export interface ReaderContext {
  filePath: string;
  /** The file as read; binary formats (docx, pdf) decode it themselves. */
  bytes: Uint8Array;
  /** How `text` was decoded (text formats only). */
  decode?: DecodeInfo;
}

export type Reader = (text: string, ctx: ReaderContext) => Promise<Document> | Document;
