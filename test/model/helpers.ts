// Build a model from inline text, as a file of the given format would be read.
import { extract } from '../../packages/core/src/extract.js';
import type { Document } from '../../packages/core/src/read/document.js';
import type { ReportModel } from '../../packages/core/src/model/types.js';

export async function fromText(text: string, name = 'inline.txt'): Promise<{ document: Document; model: ReportModel }> {
  return extract(new TextEncoder().encode(text), name);
}
