// Running a compiled pattern over scope segments, with absolute offsets. Patterns carry `g` and `d`.
//
// Scopes are often many small segments (paragraphs, lines, sentences) and most patterns match in few of
// them, so calling `exec` once per segment dominated the text rules. For a pattern without lookarounds, a
// match inside a segment is also a match of the segments joined by `\n` (in multiline mode: see contextFree);
// so one scan of the joined text (cached per segment list) finds the only segments that can match, and only
// those are scanned one by one as before. A pattern with a required literal (`予以公开…件`) needs no scan of the
// joined text at all: only segments holding the literal can match, and `indexOf` finds them. The hits are
// exactly those of the per-segment scan: the joined text only decides which segments may be skipped.
import { sourceRange } from '../model/source-map.js';
import type { Segment } from './scopes.js';

export interface Hit {
  /** Where the match is in `model.text`: [start, end). */
  start: number;
  end: number;
  text: string;
  match: RegExpExecArray;
  segment: Segment;
}

/**
 * Every non-empty match of `re` in each segment, in order. `indices: false` when the caller does not need
 * `match.indices` (group): the `d` flag's index arrays are most of what a scan allocates.
 */
export function hits(re: RegExp, segments: readonly Segment[], indices = true): Hit[] {
  const out: Hit[] = [];
  scan(indices ? re : planOf(re).plain, segments, (m, segment) => {
    const [start, end] = sourceRange(segment.start, segment.at, m.index, m.index + m[0].length);
    out.push({ start, end, text: m[0], match: m, segment });
  });
  return out;
}

/**
 * Whether a hit is its text in the source, character for character: then a fix can replace [start, end). A hit
 * read through markup (a tag, an entity, a hard line break inside it) is not, and gets no fix.
 */
export function isSourceText(hit: Hit, source: string): boolean {
  return hit.end - hit.start === hit.text.length && source.startsWith(hit.text, hit.start);
}

/**
 * How many non-empty matches `hits` would return, without building them; the scan stops once `limit` are
 * found (a rule asking for at least 3 has its answer at the third: most documents pass).
 */
export function countHits(re: RegExp, segments: readonly Segment[], limit = Infinity): number {
  let count = 0;
  scan(planOf(re).plain, segments, () => {
    count += 1;
    return count >= limit;
  });
  return count;
}

/**
 * A capture group (named `name`, else the first group), using the `d` flag: its text as matched and where it is
 * in the source, [start, end).
 */
export function group(hit: Hit, name = 'n'): { text: string; start: number; end: number } | null {
  const indices = hit.match.indices;
  if (!indices) return null;
  const range = indices.groups?.[name] ?? indices[1];
  if (!range) return null;
  const [start, end] = sourceRange(hit.segment.start, hit.segment.at, range[0], range[1]);
  return { text: hit.segment.text.slice(range[0], range[1]), start, end };
}

/** Returns true to end the scan. */
type Visit = (match: RegExpExecArray, segment: Segment) => boolean | void;

function scan(re: RegExp, segments: readonly Segment[], visit: Visit): void {
  const n = segments.length;
  if (n === 0) return;
  const { filter, literals, guide } = planOf(re);
  if (literals.length > 0) {
    // Every match contains these: a scope without one of them has no match (a quick substring search).
    const all = n === 1 ? undefined : joined(segments);
    const whole = all ? all.text : segments[0].text;
    for (const literal of literals) if (!whole.includes(literal)) return;
    if (all) {
      scanByLiteral(re, segments, all, guide, visit);
      return;
    }
  }
  if (n === 1 || !filter) {
    for (const segment of segments) if (scanSegment(re, segment, visit)) return;
    return;
  }
  const { text, offsets } = joined(segments);
  let i = 0;
  while (i < n) {
    filter.lastIndex = offsets[i];
    const m = filter.exec(text);
    // No match starts at or after this segment: none of the remaining segments has one.
    if (!m) return;
    const at = m.index;
    // No match starts before `at`: the segments ending by then have none.
    while (i < n && offsets[i] + segments[i].text.length <= at) i += 1;
    if (i === n) return;
    // The match starts in the separator before segment i: look again from its start.
    if (at < offsets[i]) continue;
    if (scanSegment(re, segments[i], visit)) return;
    i += 1;
  }
}

/**
 * Only the segments holding `literal` whole can hold a match (every match contains it): they are found with
 * `indexOf` in the joined text, far cheaper than running the pattern over all of it, and scanned one by one.
 */
function scanByLiteral(re: RegExp, segments: readonly Segment[], { text, offsets }: Joined, literal: string, visit: Visit): void {
  const n = segments.length;
  let i = 0;
  let at = text.indexOf(literal);
  while (at >= 0) {
    // The first segment that does not end before this occurrence does.
    while (i < n && offsets[i] + segments[i].text.length < at + literal.length) i += 1;
    if (i === n) return;
    if (at >= offsets[i]) {
      if (scanSegment(re, segments[i], visit)) return;
      i += 1;
      if (i === n) return;
    }
    // Else the occurrence runs over a separator into segment i: none of the segments holds it whole.
    at = text.indexOf(literal, offsets[i]);
  }
}

/** True when `visit` ended the scan. */
function scanSegment(re: RegExp, segment: Segment, visit: Visit): boolean {
  const text = segment.text;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      // An empty match finds nothing to report; step over it so the scan ends.
      re.lastIndex += 1;
      continue;
    }
    if (visit(m, segment) === true) return true;
  }
  return false;
}

interface Joined {
  text: string;
  /** Where each segment starts in `text`. */
  offsets: number[];
}

/** Segment lists are cached per document (DocContext), so their joined text is too. */
const joinedTexts = new WeakMap<readonly Segment[], Joined>();
/** The text the segments were cut from (`model.text`), when the DocContext says so. */
const sources = new WeakMap<readonly Segment[], string>();

/** Records that `segments` are slices of `text` at their `start` offsets (lets `joined` avoid a copy). */
export function setSource(segments: readonly Segment[], text: string): void {
  sources.set(segments, text);
}

function joined(segments: readonly Segment[]): Joined {
  let j = joinedTexts.get(segments);
  if (!j) {
    j = sliceOfSource(segments) ?? joinedCopy(segments);
    joinedTexts.set(segments, j);
  }
  return j;
}

function joinedCopy(segments: readonly Segment[]): Joined {
  const offsets: number[] = [];
  let at = 0;
  for (const s of segments) {
    offsets.push(at);
    at += s.text.length + 1;
  }
  return { text: segments.map((s) => s.text).join('\n'), offsets };
}

/**
 * Segments that follow each other in their source with exactly one `\n` between them (the `lines` scope of a
 * text with `\n` line ends) joined are that stretch of the source: a slice of it, not a copy.
 */
function sliceOfSource(segments: readonly Segment[]): Joined | null {
  const source = sources.get(segments);
  if (source === undefined || segments.length === 0) return null;
  const first = segments[0].start;
  const offsets: number[] = [];
  let end = first - 1;
  for (const s of segments) {
    if (s.start !== end + 1 || (offsets.length > 0 && source.charCodeAt(end) !== 10)) return null;
    offsets.push(s.start - first);
    end = s.start + s.text.length;
  }
  return { text: source.slice(first, end), offsets };
}

interface Plan {
  /** The pattern without `d`: the same matches, without index arrays. */
  plain: RegExp;
  /** The pattern that finds candidate segments in the joined text (without `d`), or null if unsafe. */
  filter: RegExp | null;
  /** Texts every match contains. */
  literals: string[];
  /** The longest of them (likely the rarest): the segments holding it are the only ones scanned. */
  guide: string;
}

/** Worked out once per compiled pattern (patterns are compiled at load time). */
const plans = new WeakMap<RegExp, Plan>();

function planOf(re: RegExp): Plan {
  let plan = plans.get(re);
  if (!plan) {
    const flags = re.flags.replace('d', '');
    const literals = requiredLiterals(re);
    plan = {
      plain: flags === re.flags ? re : new RegExp(re.source, flags),
      filter: contextFree(re) ? new RegExp(re.source, flags.includes('m') ? flags : `${flags}m`) : null,
      literals,
      guide: literals.reduce((a, b) => (b.length > a.length ? b : a), ''),
    };
    plans.set(re, plan);
  }
  return plan;
}

/**
 * Runs of plain characters at the top level of the pattern, each matched exactly once by every match
 * (`予以公开\s*(?<n>\d+)\s*件` → 予以公开, 件). None when the pattern has a top-level `|`, ignores case, or
 * is not in `u` mode (where a lone `{` could be a literal). Groups, classes, escapes, `.` and anchors end a
 * run; a quantified character is dropped from it.
 */
export function requiredLiterals(re: RegExp): string[] {
  if (!re.flags.includes('u') || /[iv]/.test(re.flags)) return [];
  const s = re.source;
  const runs: string[] = [];
  let run = '';
  const endRun = () => {
    if (run !== '') runs.push(run);
    run = '';
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '|') return [];
    if (c === '\\') {
      endRun();
      i = skipEscape(s, i);
    } else if (c === '[') {
      endRun();
      i = skipClass(s, i);
    } else if (c === '(') {
      endRun();
      const end = skipGroup(s, i);
      if (end < 0) return [];
      i = end;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      // The quantified atom (if a character, the run's last) may be absent or repeated.
      run = run.slice(0, -1);
      endRun();
      i = c === '{' ? s.indexOf('}', i) + 1 : i + 1;
      if (i === 0) return [];
      if (s[i] === '?') i += 1;
    } else if (c === '.' || c === '^' || c === '$' || c === ')' || c === ']' || c === '}') {
      endRun();
      i += 1;
    } else {
      const code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) {
        endRun();
        i += 1;
        if (i < s.length && s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff) i += 1;
      } else {
        run += c;
        i += 1;
      }
    }
  }
  endRun();
  return runs;
}

/** Index after the escape at `i` (with its `{…}` or `<…>` argument, or its hex digits). */
function skipEscape(s: string, i: number): number {
  const k = s[i + 1];
  const open = s[i + 2];
  if ((k === 'p' || k === 'P' || k === 'u') && open === '{') return s.indexOf('}', i) + 1 || s.length;
  if (k === 'k' && open === '<') return s.indexOf('>', i) + 1 || s.length;
  if (k === 'u') return i + 6;
  if (k === 'x') return i + 4;
  if (k === 'c') return i + 3;
  // A backreference may have several digits (\\12).
  let j = i + 1;
  if (k >= '0' && k <= '9') while (j < s.length && s[j] >= '0' && s[j] <= '9') j += 1;
  return j === i + 1 ? i + 2 : j;
}

/** Index after the character class opening at `i`. */
function skipClass(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j += 1;
    else if (s[j] === ']') return j + 1;
  }
  return s.length;
}

/** Index after the group opening at `i`, or -1 if it does not close. */
function skipGroup(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j += 1;
    else if (c === '[') j = skipClass(s, j) - 1;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}

/**
 * Whether every match of `re` inside a segment is also a match of the joined text (segments separated by
 * `\n`), with the `m` flag added: then `^` and `$` also hold at the segment's ends there, and `\b`, `\B` see the
 * same non-word character beyond them. Lookarounds could see past the separator: not those, nor a sticky
 * pattern. `(` inside a character class is a character, not a group.
 */
export function contextFree(re: RegExp): boolean {
  if (/[yv]/.test(re.flags)) return false;
  const s = re.source;
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i += 1;
    else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(' && s[i + 1] === '?') {
      const next = s[i + 2];
      if (next === '=' || next === '!') return false;
      if (next === '<' && (s[i + 3] === '=' || s[i + 3] === '!')) return false;
    }
  }
  return true;
}
