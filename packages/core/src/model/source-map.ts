// Where each character of a prose item's text (a paragraph, a heading, the title) sits in Document.text, for the
// items whose text is not the source under their span: HTML (tags, entities, lines hard-wrapped by Word), Markdown
// with inline markup. Text rules match the text a reader sees and report positions in the source through it.
// The model stays plain data (JSON, structured clone): the maps live beside it, for the engine of the thread that
// built the model; a model without them (a copy) is matched in its source slices, as before.
import type { Line } from './lines.js';

/** The source offset of text[k]; for k = text.length, where the text ends. */
export type TextMap = (k: number) => number;

interface Item {
  text: string;
  span: { start: { offset: number }; end: { offset: number } };
}

const maps = new WeakMap<object, TextMap>();

export function textMap(item: object): TextMap | undefined {
  return maps.get(item);
}

/**
 * Gives each item whose text differs from its source slice the map of the prose line it was read from (lines in
 * document order). Items whose text is their source slice get none: their positions are the slice's.
 */
export function attachTextMaps(source: string, lines: readonly Line[], items: readonly (Item | null | undefined)[]): void {
  for (const item of items) {
    if (!item) continue;
    const start = item.span.start.offset;
    const end = item.span.end.offset;
    if (end - start === item.text.length && source.startsWith(item.text, start)) continue;
    const line = lineAt(lines, start);
    if (!line || end > line.end) continue;
    // The item is the line, or a stretch of it (a title after 标题：): find where its text starts in the line's.
    let a = item.text === line.text ? 0 : line.text.indexOf(item.text);
    while (a >= 0 && line.at(a) !== start) a = line.text.indexOf(item.text, a + 1);
    if (a < 0) continue;
    const last = item.text.length;
    maps.set(item, (k) => (k >= last ? end : line.at(a + k)));
  }
}

/** The line holding `offset` (binary search over lines in document order). */
function lineAt(lines: readonly Line[], offset: number): Line | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid];
    if (offset < l.start) hi = mid - 1;
    else if (offset >= l.end) lo = mid + 1;
    else return l;
  }
  return undefined;
}
