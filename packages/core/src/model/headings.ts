// Section headings (rulebook §3.1): a line is a heading when, normalised, it is one of the six canonical headings
// or an accepted variant. Only the six are matched, never table-row labels such as "四、结转下年度继续办理" (the
// parser trap of §3.1): those have the same numerals but different words.
import { editDistance } from '../util/edit-distance.js';
import { normalizeWithMap, SENTENCE_END, trimRange } from '../util/text.js';
import { SECTIONS } from './template.js';
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
const NUMERALS = '一二三四五六';
const QUICK = /[况项]/;
const NUMBERED = new RegExp(`^([${NUMERALS}])、`);
const LEAD = /^[#>*_|]*/;
const TRAIL = /[*_|:]*$/;

/** Match one line of text against the six section headings. */
export function matchHeading(line: string): HeadingMatch | null {
  // Every title and variant ends in 情况 or 事项: a cheap test that rules out almost every line.
  if (!QUICK.test(line)) return null;
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

function classify(numeral: string | null, body: string): Omit<HeadingMatch, 'start' | 'end'> | null {
  for (const s of SECTIONS) {
    if (body === s.title) {
      return { key: s.key, canonical: s.canonical, match: numeral === s.numeral ? 'exact' : numeral ? 'near' : 'variant' };
    }
    if (s.variants.includes(body)) return { key: s.key, canonical: s.canonical, match: numeral && numeral !== s.numeral ? 'near' : 'variant' };
  }
  // Near misses only with a numeral: a bare line a couple of characters away from a title is too weak a signal.
  if (!numeral) return null;
  for (const s of SECTIONS) {
    if (s.title.length >= 6 && editDistance(body, s.title, 2) <= 2) return { key: s.key, canonical: s.canonical, match: 'near' };
  }
  return null;
}
