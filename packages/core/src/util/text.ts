// Text normalisation for matching labels and headings (rulebook §3.8). Matching happens on a normalised copy;
// the map back to source offsets keeps every match positioned in the original text.

/** Quotes that reports use interchangeably around 三安全一稳定 and the like. */
const QUOTES = /["'“”‘’「」『』〝〞＂＇]/;

/**
 * Exactly the code units JS `\s` matches (WhiteSpace and LineTerminator of ECMA-262: Zs — NBSP and U+3000
 * included —, tab, VT, FF, BOM, LF, CR, LS, PS), tested without building a one-character string per call.
 */
export function isWsCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Blank as far as a table cell is concerned: empty, spaces, NBSP, U+3000, tabs. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWsCode(s.charCodeAt(i))) return false;
  return true;
}

/** Trim JS whitespace (incl. NBSP and U+3000) and report where the kept part starts and ends. */
export function trimRange(s: string, from = 0, to = s.length): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isWsCode(s.charCodeAt(a))) a++;
  while (b > a && isWsCode(s.charCodeAt(b - 1))) b--;
  return [a, b];
}

export interface Normalized {
  /** NFKC, no whitespace, no quotes, unified enumerators. */
  text: string;
  /** `map[i]` is the source offset (relative to the input) of normalised character i; `map[text.length]` is the end. */
  map: number[];
}

/**
 * Normalise for comparison: NFKC per code point (full-width punctuation → ASCII), drop all whitespace and quotes,
 * unify enumerator punctuation ("1、" "1．" → "1."; "一." "一．" → "一、"). Linear in the input length.
 */
export function normalizeWithMap(input: string): Normalized {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < input.length; ) {
    const code = input.charCodeAt(i);
    // Fast path: CJK ideographs and plain ASCII letters/digits/punctuation are their own NFKC form.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code > 0x20 && code < 0x7f && code !== 0x22 && code !== 0x27)) {
      text += input[i];
      map.push(i);
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    for (const c of nfkc(input.slice(i, i + width))) {
      if (isWsCode(c.charCodeAt(0)) || QUOTES.test(c)) continue;
      text += c;
      map.push(i);
    }
    i += width;
  }
  map.push(input.length);
  return unifyEnumerators({ text, map });
}

const NFKC_CACHE = new Map<string, string>();

/** NFKC of one character, cached: reports reuse a small set of full-width punctuation marks. */
function nfkc(ch: string): string {
  let n = NFKC_CACHE.get(ch);
  if (n === undefined) {
    n = ch.normalize('NFKC');
    if (NFKC_CACHE.size < 4096) NFKC_CACHE.set(ch, n);
  }
  return n;
}

/** Normalised text only (see normalizeWithMap). */
export function normalizeLabel(input: string): string {
  return normalizeWithMap(input).text;
}

const ARABIC_ENUM = /^(\d{1,2})[、.,，]/;
const CJK_ENUM = /^([一二三四五六七八九十]{1,3})[、.,，]/;

function unifyEnumerators(n: Normalized): Normalized {
  let { text } = n;
  let m = ARABIC_ENUM.exec(text);
  if (m && !/^\d/.test(text.slice(m[0].length))) text = `${m[1]}.${text.slice(m[0].length)}`;
  m = CJK_ENUM.exec(text);
  if (m) text = `${m[1]}、${text.slice(m[0].length)}`;
  // Same length in, same length out: the map stays valid.
  return { text, map: n.map };
}

/** Strip a leading enumerator ("一、", "(三)", "1.") from normalised text. */
export function stripEnumerator(normalized: string): string {
  return normalized.replace(/^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}\.)/, '');
}

/** Characters that end a sentence: a line holding one is prose, not a label or a heading. */
export const SENTENCE_END = /[。；;！!？?]/;
