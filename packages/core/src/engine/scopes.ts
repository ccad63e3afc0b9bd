// The texts a text rule looks at (`scope:`), as segments of `model.text` so that every match keeps its
// offset. A segment is the source slice, or, for a paragraph, heading or title whose source holds more than its
// text (HTML tags and hard-wrapped lines, Markdown markup), its text as read with the map of each character
// back to the source (model/source-map.ts): a pattern sees "申请61件" where the source has
// "申请<span>61</span>件", and reports where 61 is in the source.
import { textMap, type ProseItem, type TextMap } from '../model/source-map.js';
import type { ReportModel, SectionKey } from '../model/types.js';

export interface Segment {
  text: string;
  /** Offset of `text` (its first character) in `model.text`. */
  start: number;
  /** When `text` is not the source slice at `start`: the source offset of text[k] (k = text.length: its end). */
  at?: TextMap;
}

/** A paragraph, heading or title: its text with its map when it has one (and is read), else its source slice. */
function itemSegment(source: string, item: ProseItem, asRead: boolean): Segment {
  const at = asRead ? textMap(item) : undefined;
  const start = item.span.start.offset;
  return at ? { text: item.text, start, at } : { text: source.slice(start, item.span.end.offset), start };
}

const mapped = new WeakMap<ReportModel, boolean>();

/**
 * Whether some prose of the model is read through a map: then parts are made of their prose, not sliced, and
 * items are looked up for their maps (most models have none: .txt, plain .md, .docx, .pdf).
 */
function hasTextMaps(model: ReportModel): boolean {
  let has = mapped.get(model);
  if (has === undefined) {
    const { paragraphs, headings, meta } = model;
    has = paragraphs.some((p) => textMap(p) !== undefined) || headings.some((h) => textMap(h) !== undefined) || (meta.title !== null && textMap(meta.title) !== undefined);
    mapped.set(model, has);
  }
  return has;
}

export type ScopeName = string;

const SECTION_KEYS: readonly SectionKey[] = ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other'];
const SIMPLE = new Set(['all', 'prose', 'opening', 'title', 'headings', 'tables', 'lines']);

/** Null when the scope is known, else the reason (for the load-time error). */
export function checkScope(name: string): string | null {
  if (SIMPLE.has(name)) return null;
  const m = /^(section|section-body):(.+)$/.exec(name);
  if (m) return (SECTION_KEYS as readonly string[]).includes(m[2]) ? null : `unknown part "${m[2]}" (${SECTION_KEYS.join(', ')})`;
  return `unknown scope "${name}" (all, prose, opening, title, headings, tables, lines, section:<part>, section-body:<part>)`;
}

export const SCOPE_NAMES = [...SIMPLE, ...SECTION_KEYS.map((k) => `section:${k}`), ...SECTION_KEYS.map((k) => `section-body:${k}`)];

/**
 * The segments of one scope; empty when the scope is absent (no title, no such part). `source`: slices of the
 * source only, as scripts get them (a script may run in the script worker, on a copy of the model without its
 * maps: both threads must give it the same).
 */
export function scopeSegments(model: ReportModel, name: ScopeName, view: 'read' | 'source' = 'read'): Segment[] {
  const asRead = view === 'read' && hasTextMaps(model);
  const { text } = model;
  const slice = (start: number, end: number): Segment => ({ text: text.slice(start, end), start });
  switch (name) {
    case 'all':
      return [slice(0, text.length)];
    case 'prose':
      return model.paragraphs.map((p) => itemSegment(text, p, asRead));
    case 'opening': {
      // The prose before the first part heading (the introduction that cites the template and the period).
      const first = model.headings.length > 0 ? Math.min(...model.headings.map((h) => h.span.start.offset)) : Infinity;
      return model.paragraphs.filter((p) => p.span.start.offset < first).map((p) => itemSegment(text, p, asRead));
    }
    case 'title':
      return model.meta.title ? [itemSegment(text, model.meta.title, asRead)] : [];
    case 'headings':
      return model.headings.map((h) => itemSegment(text, h, asRead));
    case 'tables':
      return Object.values(model.tables).flatMap((t) => (t.present && t.span ? [slice(t.span.start.offset, t.span.end.offset)] : []));
    case 'lines':
      return lines(text);
    default:
      return sectionSegments(model, name, asRead);
  }
}

function sectionSegments(model: ReportModel, name: string, asRead: boolean): Segment[] {
  const [kind, key] = name.split(':') as [string, SectionKey];
  const section = model.sections[key];
  if (!section) return [];
  const end = section.span.end.offset;
  let start = section.span.start.offset;
  if (asRead) {
    // The source of the part holds markup: the part is its heading (not for section-body) and its paragraphs,
    // each as read.
    const from = kind === 'section-body' ? section.heading.span.end.offset : start;
    const body = model.paragraphs.filter((p) => p.span.start.offset >= from && p.span.start.offset < end);
    return (kind === 'section-body' ? body : [section.heading, ...body]).map((i) => itemSegment(model.text, i, true));
  }
  if (kind === 'section-body') {
    // The body starts on the line after the heading, so that `^` anchors at its first line.
    start = section.heading.span.end.offset;
    const m = /^[^\S\r\n]*(?:\r\n|\r|\n)?/.exec(model.text.slice(start, end));
    start += m ? m[0].length : 0;
  }
  return [{ text: model.text.slice(start, end), start }];
}

/** Lines without their terminators (\r\n, \r or \n); no line after a final terminator. */
function lines(text: string): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  // Most texts have \n line ends only: indexOf is much cheaper than a regex match per line.
  if (!text.includes('\r')) {
    for (let pos = 0; pos < n; ) {
      const nl = text.indexOf('\n', pos);
      const end = nl < 0 ? n : nl;
      out.push({ text: text.slice(pos, end), start: pos });
      pos = end + 1;
    }
    return out;
  }
  for (let pos = 0; pos < n; ) {
    let end = pos;
    for (let c = text.charCodeAt(end); end < n && c !== 10 && c !== 13; c = text.charCodeAt(++end));
    out.push({ text: text.slice(pos, end), start: pos });
    pos = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return out;
}

/** Sentences of the segments: split on 。；;！？!? and line ends; the terminator stays with its sentence. */
export function splitSentences(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  const re = /[^。；;！？!?\r\n]+[。；;！？!?]*/g;
  for (const seg of segments) {
    re.lastIndex = 0;
    for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
      if (m[0].trim() === '') continue;
      const { at } = seg;
      const from = m.index;
      const last = m[0].length;
      out.push(at ? { text: m[0], start: at(from), at: (k) => (k >= last ? at(from + last - 1) + 1 : at(from + k)) } : { text: m[0], start: seg.start + from });
    }
  }
  return out;
}

/** The part a `section:` or `section-body:` scope names, else null; parsed once per name (checks ask per document). */
const partOfScope = new Map<string, SectionKey | null>();

function partOf(name: ScopeName): SectionKey | null {
  let part = partOfScope.get(name);
  if (part === undefined) {
    const m = /^(?:section|section-body):(.+)$/.exec(name);
    part = m ? (m[1] as SectionKey) : null;
    if (partOfScope.size < 1024) partOfScope.set(name, part);
  }
  return part;
}

/** Where a scope "is": the heading of its (first) part, the title, or nothing (the caller uses the document start). */
export function scopeAnchor(model: ReportModel, name: ScopeName): { start: number; end: number } | null {
  const part = partOf(name);
  if (part !== null) {
    const section = model.sections[part];
    return section ? { start: section.heading.span.start.offset, end: section.heading.span.end.offset } : null;
  }
  if (name === 'title' && model.meta.title) return { start: model.meta.title.span.start.offset, end: model.meta.title.span.end.offset };
  return null;
}

/** Whether a scope can be absent from a report (then count rules stay silent). */
export function scopeIsPresent(model: ReportModel, name: ScopeName): boolean {
  if (name === 'title') return model.meta.title !== null;
  const part = partOf(name);
  return part !== null ? model.sections[part] !== undefined : true;
}
