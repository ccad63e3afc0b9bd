// Turns the text nodes of one HTML block (a paragraph, a heading, a table cell) into its text as a reader of
// the page sees it, in pieces that each map exactly onto a stretch of the source: the block's text is the
// concatenation of the pieces, and a position inside a piece is a position in the .html file.
import type { Span } from './document.js';
import { pointAt, type LineIndex } from '../util/position.js';

export interface Fragment {
  value: string;
  /** The source extent of the hast text node (entities and all). */
  pos?: Span;
}

export interface Piece {
  value: string;
  /** Source extent of the piece's visible characters. */
  span: Span;
}

/** Stands for a block boundary inside a cell (`<p>`, `<br>`): always a space, never dropped. */
export const HARD_SPACE = '\u0000';

const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef“”‘’]/;
const SPACE = /[ \t\n\r\f\u00a0\u0000]/;
const SOURCE_SPACE = /[ \t\n\r\f]/;

/**
 * Splits a text node at the line breaks of its source, so that each part maps 1:1 onto its source (when the
 * node has no entities: then it stays whole). The line breaks become parts of their own, without a position.
 */
function splitAtSourceLines(f: Fragment, index: LineIndex): Fragment[] {
  if (!f.pos) return [f];
  const src = index.text.slice(f.pos.start.offset, f.pos.end.offset);
  if (src.replace(/\r\n?/g, '\n') !== f.value) return [f];
  const out: Fragment[] = [];
  const re = /\r\n?|\n/g;
  let from = 0;
  const base = f.pos.start.offset;
  for (let m = re.exec(src); ; m = re.exec(src)) {
    const to = m ? m.index : src.length;
    if (to > from) out.push({ value: src.slice(from, to), pos: { start: pointAt(index, base + from), end: pointAt(index, base + to) } });
    if (!m) break;
    out.push({ value: '\n' });
    from = m.index + m[0].length;
  }
  return out;
}

function trimmedExtent(pos: Span, index: LineIndex): Span {
  const slice = index.text.slice(pos.start.offset, pos.end.offset);
  let a = 0;
  let b = slice.length;
  while (a < b && SOURCE_SPACE.test(slice.charAt(a))) a++;
  while (b > a && SOURCE_SPACE.test(slice.charAt(b - 1))) b--;
  return { start: pointAt(index, pos.start.offset + a), end: pointAt(index, pos.start.offset + b) };
}

/**
 * HTML collapses whitespace runs to one space. Word and CMS exports also hard-wrap long Chinese lines in the
 * source, which a browser would show as a stray space between two characters: a run that holds a line break
 * between two CJK characters is dropped instead. NBSP (`&nbsp;`) counts as a space, so an NBSP-only cell is blank.
 * Returns the text and, per UTF-16 unit of it, the fragment it came from.
 */
function collapse(fragments: Fragment[]): { text: string; owner: number[] } {
  const chars: string[] = [];
  const from: number[] = [];
  fragments.forEach((f, i) => {
    for (const ch of f.value) {
      chars.push(ch);
      from.push(i);
    }
  });
  let text = '';
  const owner: number[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!SPACE.test(chars[i])) {
      text += chars[i];
      // One owner per UTF-16 unit: callers index `text` by unit, and an astral character (emoji, CJK
      // extension B in a name) is two of them.
      for (let u = 0; u < chars[i].length; u++) owner.push(from[i]);
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && SPACE.test(chars[j])) j++;
    const run = chars.slice(i, j).join('');
    const hard = run.includes(HARD_SPACE);
    const joinCjk = !hard && /[\n\r]/.test(run) && CJK.test(chars[i - 1] ?? '') && CJK.test(chars[j] ?? '');
    if (!joinCjk && i > 0 && j < chars.length) {
      text += ' ';
      owner.push(from[i]);
    }
    i = j;
  }
  return { text, owner };
}

/** The block's text, its source extent (null when it shows nothing) and its pieces. */
export function joinFragments(fragments: Fragment[], index: LineIndex): { value: string; span: Span | null; pieces: Piece[] } {
  const parts = fragments.flatMap((f) => splitAtSourceLines(f, index));
  const { text, owner } = collapse(parts);
  if (text === '') return { value: '', span: null, pieces: [] };
  // Characters of a part without a position (a collapsed line break, a block boundary) go to the piece before.
  const values = parts.map(() => '');
  let lastPlaced = parts.findIndex((p) => p.pos && !/^[\s\u00a0]*$/.test(p.value));
  for (let k = 0; k < text.length; k++) {
    let o = owner[k];
    if (parts[o].pos && !/^[\s\u00a0]*$/.test(parts[o].value)) lastPlaced = Math.max(lastPlaced, o);
    else o = lastPlaced;
    if (o >= 0) values[o] += text[k];
  }
  const pieces: Piece[] = [];
  parts.forEach((p, i) => {
    if (p.pos && values[i] !== '') pieces.push({ value: values[i], span: trimmedExtent(p.pos, index) });
  });
  if (pieces.length === 0) return { value: text, span: null, pieces };
  return { value: text, span: { start: pieces[0].span.start, end: pieces[pieces.length - 1].span.end }, pieces };
}
