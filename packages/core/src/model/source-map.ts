// Where each character of a prose item's text (a paragraph, a heading, the title) sits in Document.text, for the
// items whose text is not the source under their span: HTML (tags, entities, lines hard-wrapped by Word), Markdown
// with inline markup. Text rules match the text a reader sees and report positions in the source through it.
// The model stays plain data (JSON, structured clone): the maps live beside it, for the engine of the thread that
// built the model; a model without them (a copy) is matched in its source slices, as before.
import type { Line } from './lines.js';
import type { ReportModel } from './types.js';

/** The source offset of text[k]; for k = text.length, where the text ends. */
export type TextMap = (k: number) => number;

/** A paragraph, a heading or the title: a text and the span of its source. */
export interface ProseItem {
  text: string;
  span: { start: { offset: number }; end: { offset: number } };
}

/**
 * Where text[from, to) is in the source, [start, end): through `at` when the text has a map (just past the last
 * character, not where the next one starts, which may be past markup or a line break), else from `start`.
 */
export function sourceRange(start: number, at: TextMap | undefined, from: number, to: number): [number, number] {
  if (!at) return [start + from, start + to];
  return [at(from), to > from ? at(to - 1) + 1 : at(from)];
}

const maps = new WeakMap<object, TextMap>();

export function textMap(item: object): TextMap | undefined {
  return maps.get(item);
}

/**
 * Gives each item whose text differs from its source slice the map of the prose line it was read from (lines in
 * document order). Items whose text is their source slice get none: their positions are the slice's.
 */
export function attachTextMaps(source: string, lines: readonly Line[], items: readonly (ProseItem | null | undefined)[]): void {
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

/** The maps of a model as plain data (the script worker gets the model as JSON): item → each offset. */
export interface PlainTextMaps {
  paragraphs: [number, number[]][];
  headings: [number, number[]][];
  title?: number[];
}

export function exportTextMaps(model: ReportModel): PlainTextMaps | undefined {
  const offsets = (item: ProseItem): number[] | undefined => {
    const at = maps.get(item);
    return at && Array.from({ length: item.text.length + 1 }, (_, k) => at(k));
  };
  const list = (items: readonly ProseItem[]): [number, number[]][] =>
    items.flatMap((item, i) => {
      const o = offsets(item);
      return o ? [[i, o] as [number, number[]]] : [];
    });
  const out: PlainTextMaps = { paragraphs: list(model.paragraphs), headings: list(model.headings) };
  const title = model.meta.title && offsets(model.meta.title);
  if (title) out.title = title;
  return out.paragraphs.length > 0 || out.headings.length > 0 || out.title ? out : undefined;
}

/** Gives a copy of a model (parsed from JSON) the maps of its original. */
export function importTextMaps(model: ReportModel, plain: PlainTextMaps): void {
  const set = (item: object | null | undefined, o: number[]) => {
    if (item) maps.set(item, (k) => o[Math.min(k, o.length - 1)]);
  };
  for (const [i, o] of plain.paragraphs) set(model.paragraphs[i], o);
  for (const [i, o] of plain.headings) set(model.headings[i], o);
  if (plain.title) set(model.meta.title, plain.title);
}
