// Hard-wrapped paragraphs (PDF→Markdown conversions break every ~30 characters): which line breaks of a block are
// layout, not content. A reader sees one sentence across the break; the text rules must too (the statistical
// period, the title), so such lines are joined for matching as the PDF reader joins its layout lines.
import { matchHeading } from './headings.js';

/** Wrap widths outside this range are not a hard wrap: a few words per line, or whole paragraphs per line. */
const MIN_WRAP = 12;
const MAX_WRAP = 100;
/** How far below the wrap width a line may end and still be wrapped (punctuation and digits vary the count). */
const SLACK = 0.25;
/** A line that starts an enumerated item or a heading ("三、", "（二）", "2.") after a finished sentence. */
const ITEM_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d))/;
const FINISHED = /[。！？；：!?;:]$/;
/** A metadata field line ("索引号：…", "发布机构：…"): a block of them is a list, not a wrapped sentence. */
const FIELD = /^[\u4e00-\u9fff]{2,6}\s*[：:]/;
/** A line that starts with punctuation closing a clause continues the one before, whatever its width. */
const CONTINUES = /^[，。、；：！？,.;:!?）)》〉」』”’]/;

/**
 * For each line of a block, whether the break after it is a soft wrap: the block holds at least two lines, its
 * longest line sets the wrap width (by characters or by display width, whichever the converter used), and the
 * line reaches that width. A finished sentence followed by an item or heading start is a real break.
 */
export function softWraps(lines: readonly string[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  if (lines.length < 2) return out;
  let maxChars = 0;
  let maxWidth = 0;
  const widths = lines.map(displayWidth);
  for (let k = 0; k < lines.length; k++) {
    maxChars = Math.max(maxChars, lines[k].length);
    maxWidth = Math.max(maxWidth, widths[k]);
  }
  if (maxChars < MIN_WRAP || maxChars > MAX_WRAP) return out;
  for (let k = 0; k + 1 < lines.length; k++) {
    const next = lines[k + 1];
    if (CONTINUES.test(next)) {
      out[k] = true;
      continue;
    }
    const full = lines[k].length >= maxChars * (1 - SLACK) || widths[k] >= maxWidth * (1 - SLACK);
    if (!full || (FINISHED.test(lines[k]) && ITEM_START.test(next)) || (FIELD.test(lines[k]) && FIELD.test(next))) continue;
    // A section heading is a line of its own, before or after prose of the wrap width.
    if (matchHeading(lines[k]) || matchHeading(next)) continue;
    out[k] = true;
  }
  // One full line among short ones is a long line, not a wrap width: a wrap needs two lines at the width.
  let full = 0;
  for (const w of out) if (w) full++;
  if (full === 1 && lines.length > 2) out.fill(false);
  return out;
}

/** Display width: two for a wide (CJK, full-width) character, one otherwise. */
function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}
