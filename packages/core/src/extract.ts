// One call from bytes to model: decode (text formats), read, build the model. The CLI's `extract` and `lint` use it.
import type { Document, Format } from './read/document.js';
import { readDocument } from './read/index.js';
import { buildModel, type BuildOptions } from './model/index.js';
import type { ReportModel } from './model/types.js';

export interface ExtractOptions extends BuildOptions {
  /** Override the format chosen from the file extension. */
  format?: Format;
}

export async function extract(bytes: Uint8Array, filePath: string, opts: ExtractOptions = {}): Promise<{ document: Document; model: ReportModel }> {
  const document = await readDocument(bytes, filePath, opts.format ? { format: opts.format } : {});
  return { document, model: buildModel(document, opts) };
}
