// Section headings (rulebook §3.1): a line is a heading when, normalised, it is one of the six canonical headings
// or an accepted variant. Only the six are matched, never table-row labels such as "四、结转下年度继续办理" (the
// parser trap of §3.1): those have the same numerals but different words.
import { editDistance } from '../util/edit-distance.js';
import { normalizeWithMap, SENTENCE_END, trimRange } from '../util/text.js';
import { SECTIONS, type SectionSpec } from './template.js';
import type { Heading, SectionKey } from './types.js';

export interface HeadingMatch {
  key: SectionKey;
  canonical: string;
  match: Heading['match'];
  /** Offsets of the heading text within the input line (trimmed, markup excluded). */
  start: number;
  end: number;
}

const MAX_HEADING_LENGTH = 48;
/** 七 too: a report with an extra part numbers its last one 七. */
const NUMERALS = '一二三四五六七';
/** Every title and variant ends in 情况 or 事项; a near miss ("…改进措施") still has its numeral. */
const QUICK = /[况项]/;
const QUICK_NUMBERED = new RegExp(`^[\\s#>*_|]*[${NUMERALS}]\\s*[、.．]`);
const NUMBERED = new RegExp(`^([${NUMERALS}])、`);
const LEAD = /^[#>*_|]*/;
const TRAIL = /[*_|:]*$/;
/** Near misses: edit distance at most this, to titles of at least NEAR_MIN characters. */
const NEAR_EDITS = 2;
const NEAR_MIN = 6;

/** Match one line of text against the six section headings. */
export function matchHeading(line: string): HeadingMatch | null {
  // Every title and variant ends in 情况 or 事项: a cheap test that rules out almost every line.
  if (!QUICK.test(line) && !QUICK_NUMBERED.test(line)) return null;
  const [a, b] = trimRange(line);
  if (b - a === 0 || b - a > MAX_HEADING_LENGTH) return null;
  const trimmed = a === 0 && b === line.length ? line : line.slice(a, b);
  if (SENTENCE_END.test(trimmed)) return null;
  const { text: full, map } = normalizeWithMap(trimmed);
  // Markdown and table decoration around the heading: "## 一、总体情况", "**一、总体情况**", "一、总体情况 |".
  const lead = LEAD.exec(full)![0].length;
  const trail = TRAIL.exec(lead === 0 ? full : full.slice(lead))![0].length;
  const text = full.slice(lead, full.length - trail);
  if (!text) return null;

  const num = NUMBERED.exec(text);
  const numeral = num ? num[1] : null;
  const body = num ? text.slice(num[0].length) : text;
  const found = classify(numeral, body);
  if (!found) return null;
  const startIdx = lead;
  const endIdx = full.length - trail - 1;
  const endSrc = map[endIdx];
  const endWidth = (line.codePointAt(a + endSrc) ?? 0) > 0xffff ? 2 : 1;
  return { key: found.key, canonical: found.canonical, match: found.match, start: a + map[startIdx], end: a + endSrc + endWidth };
}

type Classified = Omit<HeadingMatch, 'start' | 'end'>;

function classify(numeral: string | null, body: string): Classified | null {
  for (const s of SECTIONS) {
    if (body === s.title) return written(s, numeral, true);
    if (s.variants.includes(body)) return written(s, numeral, false);
  }
  // Near misses only with a numeral: a bare line a couple of characters away from a title is too weak a signal.
  if (!numeral) return null;
  let best: { s: SectionSpec; d: number } | null = null;
  for (const s of SECTIONS) {
    if (s.title.length < NEAR_MIN) continue;
    const d = editDistance(body, s.title, NEAR_EDITS);
    if (d <= NEAR_EDITS && (!best || d < best.d)) best = { s, d };
  }
  if (best) return { key: best.s.key, canonical: best.s.canonical, match: 'near' };
  // A title reworded at its end ("五、存在的主要问题及整改措施"): its own numeral, most of the title's opening words
  // and about the title's length. The numeral must be the part's own: a table row label ("四、结转下年度…") shares
  // no opening with part 四's title.
  for (const s of SECTIONS) {
    if (numeral !== s.numeral || Math.abs(body.length - s.title.length) > REWORDED_SLACK) continue;
    if (WORDINGS.get(s)!.some((t) => sharedOpening(body, t) >= Math.max(NEAR_MIN, Math.ceil(REWORDED_SHARE * t.length)))) {
      return { key: s.key, canonical: s.canonical, match: 'near' };
    }
  }
  return null;
}

/** A reworded title keeps this share of the title's opening characters, and its length within this many. */
const REWORDED_SHARE = 0.6;
const REWORDED_SLACK = 4;

function sharedOpening(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The match a title (exact) or a variant gets with the numeral it is written with. */
function written(s: SectionSpec, numeral: string | null, title: boolean): Classified {
  const match = numeral && numeral !== s.numeral ? 'near' : title ? (numeral ? 'exact' : 'variant') : 'variant';
  return { key: s.key, canonical: s.canonical, match };
}

/** Each part's title and variants, in one list. */
const WORDINGS = new Map<SectionSpec, readonly string[]>(SECTIONS.map((s) => [s, [s.title, ...s.variants]]));

// ── Headings inside a line (crawler dumps that put a whole report on one line) ─────────────────────────────
export interface InlineHeading {
  start: number;
  end: number;
  /** The part it opens; null for a numbered part the template does not have ("五、信息处理费收取情况"). */
  key: SectionKey | null;
}

const INLINE_NUMERAL = new RegExp(`[${NUMERALS}][ \\u00a0\\u3000]*[、.．]`, 'g');
/** A heading's title is read from at most this many characters, and never across these. */
const WINDOW = 40;
const WINDOW_STOP = /[。；;！!？?，,：:]/;
/** Before a numeral: part of a bigger numeral or an ordinal ("十一、", "第三、"), never a heading. */
const NOT_BEFORE = /[一二三四五六七八九十〇零百第]/;
/** Before a heading that is not exactly its part's title: the line's start, a sentence end, a closing mark, a digit. */
const BOUNDARY = /[\s。；;！!？?)）\]】〕」』”’"'》0-9]/;
/** After a heading: a list of part names (an opening's "一、总体情况，二、…"), not a heading. */
const NOT_AFTER = /[，,、；;。]/;
/** A part the template does not have: a short title of words ending 情况 or 事项. */
const OTHER_PART = /^[\u4e00-\u9fff]{2,16}?(?:情况|事项)/;

/**
 * Headings written inside text[start, end): each numeral + 、 followed by a title the line-level matcher accepts
 * (title, variant, or a near miss of a title), or by a short title of its own ending in 情况/事项. What a heading
 * must have on either side keeps lists of part names and table labels ("四、结转下年度继续办理") out. Linear in the
 * length: a window of WINDOW characters is read at each numeral.
 */
export function findInlineHeadings(text: string, start: number, end: number): InlineHeading[] {
  const out: InlineHeading[] = [];
  // On the line alone: a search from `start` in the whole text would run on to the next numeral anywhere.
  const line = text.slice(start, end);
  INLINE_NUMERAL.lastIndex = 0;
  for (let m = INLINE_NUMERAL.exec(line); m; m = INLINE_NUMERAL.exec(line)) {
    const p = start + m.index;
    let k = p - 1;
    while (k >= start && /[ \u00a0\u3000\t]/.test(text[k])) k--;
    const before = k >= start ? text[k] : '';
    if (before && NOT_BEFORE.test(before)) continue;
    const boundary = before === '' || BOUNDARY.test(before);
    let q = p + m[0].length;
    while (q < end && /[ \u00a0\u3000]/.test(text[q])) q++;
    let w = q;
    while (w < end && w - q < WINDOW && !WINDOW_STOP.test(text[w])) w++;
    const window = text.slice(q, w);
    const { text: body, map } = normalizeWithMap(window);
    const found = matchTitleAt(text[p], body);
    let to = -1;
    let key: SectionKey | null = null;
    if (found && (boundary || found.match !== 'near')) {
      to = q + map[found.length - 1] + 1;
      key = found.key;
    } else if (boundary) {
      const other = OTHER_PART.exec(window);
      if (other) to = q + other[0].length;
    }
    if (to < 0 || to > end) continue;
    let n = to;
    while (n < end && /[ \u00a0\u3000]/.test(text[n])) n++;
    if (n < end && NOT_AFTER.test(text[n])) continue;
    out.push({ start: p, end: to, key });
    INLINE_NUMERAL.lastIndex = to - start;
  }
  return out;
}

/**
 * The title at the start of normalised `body`: the longest title or variant it starts with, else the nearest
 * near miss of a title by a prefix (the fewest edits, then the longest prefix): what classify() would accept of
 * that prefix as a line. `length` counts normalised characters.
 */
function matchTitleAt(numeral: string, body: string): (Classified & { length: number }) | null {
  let exact: { s: SectionSpec; t: string } | null = null;
  for (const s of SECTIONS) {
    for (const t of WORDINGS.get(s)!) if (body.startsWith(t) && (!exact || t.length > exact.t.length)) exact = { s, t };
  }
  if (exact) return { ...written(exact.s, numeral, exact.t === exact.s.title), length: exact.t.length };
  let best: { s: SectionSpec; d: number; length: number } | null = null;
  for (const s of SECTIONS) {
    if (s.title.length < NEAR_MIN) continue;
    const near = nearestPrefix(body, s.title, NEAR_EDITS);
    if (near && (!best || near.d < best.d || (near.d === best.d && near.length > best.length))) best = { s, ...near };
  }
  return best ? { key: best.s.key, canonical: best.s.canonical, match: 'near', length: best.length } : null;
}

let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * The prefix of `body` closest to `title` by edit distance (at most `max`): the fewest edits, then the longest
 * prefix. One dynamic programme over the prefixes (rows), stopped as soon as every row entry exceeds `max`.
 */
function nearestPrefix(body: string, title: string, max: number): { d: number; length: number } | null {
  const n = title.length;
  if (prev.length <= n) {
    prev = new Int32Array(n * 2 + 1);
    cur = new Int32Array(n * 2 + 1);
  }
  for (let j = 0; j <= n; j++) prev[j] = j;
  let best: { d: number; length: number } | null = null;
  const rows = Math.min(body.length, n + max);
  for (let i = 1; i <= rows; i++) {
    cur[0] = i;
    let rowMin = i;
    const c = body.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (c === title.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (cur[n] <= max && (!best || cur[n] <= best.d)) best = { d: cur[n], length: i };
    if (rowMin > max) break;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return best;
}
