// Text items → lines (items within ±3 pt of a baseline, sorted by x) → chunks (runs split by a wide gap, i.e.
// table cells). Also the clean-ups every PDF needs: spaced-out headers (`总 计`) and page footers (`- 5 -`).
import type { Chunk, Line, PdfItem } from './pdf-types.js';
import { maxOf } from '../util/many.js';

/** Label and number baselines in one table row differ by ~2.3 pt in Word exports. */
export const SAME_LINE = 3;
const CJK = '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef“”‘’';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');
const CJK_CHAR = new RegExp(`[${CJK}]`);

/** `总 计` → `总计`: spaces between two Chinese characters are layout, never content. */
export function stripCjkSpaces(s: string): string {
  return s.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

/** What goes between two pieces of one logical text: nothing next to a Chinese character, else a space. */
export function joint(a: string, b: string): string {
  if (a === '' || b === '') return '';
  return CJK_CHAR.test(a.charAt(a.length - 1)) || CJK_CHAR.test(b.charAt(0)) ? '' : ' ';
}

export function joinPieces(a: string, b: string): string {
  return a + joint(a, b) + b;
}

/** Groups items into lines by baseline, top to bottom. */
export function toLines(page: number, items: PdfItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { page: number; y: number; items: PdfItem[] }[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && it.y - last.y <= SAME_LINE) last.items.push(it);
    else lines.push({ page, y: it.y, items: [it] });
  }
  return lines.map((l) => {
    const h = maxOf(l.items, (i) => i.h);
    return { page, y: l.y, h, chunks: toChunks(l.items) };
  });
}

/** Splits one line's items where the gap is wider than most of a character: a cell boundary. */
export function toChunks(items: PdfItem[]): Chunk[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const chunks: (Chunk & { raw: string })[] = [];
  for (const it of sorted) {
    const last = chunks[chunks.length - 1];
    const gap = last ? it.x - last.x1 : Number.POSITIVE_INFINITY;
    if (last && gap <= Math.max(3, 0.6 * Math.max(it.h, last.h))) {
      // A visible gap inside a chunk is a space (between words; stripped later between CJK).
      last.raw += gap > 0.15 * it.h ? ` ${it.str}` : it.str;
      last.x1 = Math.max(last.x1, it.x + it.w);
      last.h = Math.max(last.h, it.h);
    } else chunks.push({ raw: it.str, text: '', x0: it.x, x1: it.x + it.w, y: it.y, h: it.h });
  }
  return chunks.map(({ raw, ...c }) => ({ ...c, text: stripCjkSpaces(raw) })).filter((c) => c.text !== '');
}

export function lineText(line: Line): string {
  return line.chunks.map((c) => c.text).join(' ');
}

const FOOTER = [/^[-—–－]\s*\d{1,4}\s*[-—–－]$/, /^第\s*\d{1,4}\s*页(\s*[，,/]?\s*共\s*\d{1,4}\s*页)?$/, /^\d{1,4}\s*\/\s*\d{1,4}$/, /^\d{1,4}$/];

/**
 * Drops page numbers: a line at the very top or bottom of the page that is only a page-number pattern. A bare
 * number counts only when centred, so that a table row of numbers near the edge is kept.
 */
export function dropPageNumbers(lines: Line[], pageHeight: number, pageWidth: number): Line[] {
  if (lines.length === 0) return lines;
  const isFooter = (l: Line): boolean => {
    if (l.chunks.length !== 1) return false;
    const c = l.chunks[0];
    const edge = l.y > pageHeight * 0.85 || l.y < pageHeight * 0.1;
    if (!edge || !FOOTER.some((re) => re.test(c.text))) return false;
    const centred = Math.abs((c.x0 + c.x1) / 2 - pageWidth / 2) < pageWidth * 0.1;
    return /^\d+$/.test(c.text) ? centred : true;
  };
  const out = [...lines];
  if (isFooter(out[out.length - 1])) out.pop();
  if (out.length > 0 && isFooter(out[0])) out.shift();
  return out;
}

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;
const PLACEHOLDER = /^[—–－-]{1,2}$|^[/／]$|^无$/;

/** A table value: a number, or the dash / slash some reports put in empty cells. */
export function isValue(text: string): boolean {
  return NUMBER.test(text) || PLACEHOLDER.test(text);
}

/** Whether a page's text has anything a table could hold: a line split into several cells. */
export function mayHoldTable(items: PdfItem[]): boolean {
  return toLines(0, items).some((l) => l.chunks.length >= 2);
}
