// bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or sniffed from NUL bytes), else GB18030 (a
// superset of GBK, decoded by Node's full-ICU TextDecoder). The BOM is stripped from the text and recorded so that
// `--fix` can write the file back the same way; line endings are kept as they are.
import { isUtf8 } from 'node:buffer';
import type { DecodeInfo, EncodingName, ReadProblem } from '../read/document.js';
import { lineIndex, spanAt } from '../util/position.js';

export interface Decoded {
  text: string;
  info: DecodeInfo;
  /** Bytes that no candidate encoding could read (decoded as U+FFFD). */
  problems: ReadProblem[];
}

export function decode(bytes: Uint8Array): Decoded {
  const decoded = decodeText(bytes);
  // Binary junk decodes too (GB18030 reads most byte pairs): one fatal problem says what it is instead.
  if (looksBinary(decoded.text)) decoded.problems = [BINARY_PROBLEM];
  return decoded;
}

function decodeText(bytes: Uint8Array): Decoded {
  const reading = readBytes(bytes);
  const decoded = finish(reading.text, reading.encoding, reading.bom);
  if (reading.invalid) decoded.problems.push(invalidBytesProblem(reading.text, reading.encoding));
  return decoded;
}

/**
 * The text decode() gives, without the rest of its work (line endings, where undecodable bytes are): for a look
 * at a file's first kilobytes (batch/pair-years.ts), which cut a character in two more often than not.
 */
export function decodeTextOnly(bytes: Uint8Array): string {
  const { text } = readBytes(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The bytes up to the last whole UTF-8 character: a read of a file's first N bytes usually cuts one in two, and the
 * cut makes the head fail the UTF-8 check and take the slow road (a throwing GB18030 attempt, two decodes). Bytes
 * that are not UTF-8 up to there come back as they are.
 */
export function wholeUtf8Head(bytes: Uint8Array): Uint8Array {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes.length - lead <= 3 && (bytes[lead] & 0xc0) === 0x80) lead -= 1;
  if (lead < 0) return bytes;
  const b = bytes[lead];
  const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  if (size <= bytes.length - lead) return bytes;
  const head = bytes.subarray(0, lead);
  // UTF-16 text is valid UTF-8 often enough (NUL is a character) but always has NUL bytes: left alone.
  return head.indexOf(0) < 0 && isUtf8(head) ? head : bytes;
}

interface Reading {
  text: string;
  encoding: EncodingName;
  bom: boolean;
  /** Neither candidate decodes cleanly: `text` has replacement characters. */
  invalid: boolean;
}

function readBytes(bytes: Uint8Array): Reading {
  const bom = sniffBom(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, bom: true, invalid: false };

  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false, invalid: false };

  // Checked without decoding twice or throwing (what a fatal decoder would do), then decoded leniently: for valid
  // UTF-8 the text is the same.
  if (isUtf8(bytes)) return { text: decoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false, invalid: false };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030', bom: false, invalid: false };

  // Neither decodes cleanly: keep the reading with fewer replacement characters and say where they are.
  const loose8 = decoder('utf-8').decode(bytes);
  const count8 = countReplacements(loose8);
  // GB18030 failed, so its reading has at least one replacement: with at most one, UTF-8's wins without decoding
  // the other (the usual case of a first few kilobytes that cut the last UTF-8 character in two).
  if (count8 <= 1) return { text: loose8, encoding: 'utf-8', bom: false, invalid: true };
  const looseGb = decoder('gb18030').decode(bytes);
  const [text, encoding] = count8 <= countReplacements(looseGb) ? [loose8, 'utf-8' as const] : [looseGb, 'gb18030' as const];
  return { text, encoding, bom: false, invalid: true };
}

function sniffBom(b: Uint8Array): { encoding: EncodingName; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * BOM-less UTF-16: ASCII characters (digits, line breaks, pipes) put a NUL in every other byte, which neither
 * UTF-8 text nor GB18030 text ever contains. Looks at the first 4 KB only; needs some ASCII (digits, breaks).
 */
function sniffUtf16(b: Uint8Array): EncodingName | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // CJK code points ending in 00 (一 = U+4E00) put a few NULs on the other side: compare, do not require zero.
  if (oddNul > pairs * 0.2 && oddNul > evenNul * 4) return 'utf-16le';
  if (evenNul > pairs * 0.2 && evenNul > oddNul * 4) return 'utf-16be';
  return null;
}

/** Decoders are made once: decode() without `stream` keeps no state between calls, and making one costs more than a short decode. */
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();
function decoder(encoding: EncodingName, fatal = false): InstanceType<typeof TextDecoder> {
  const key = `${encoding}${fatal ? '!' : ''}`;
  let d = decoders.get(key);
  if (!d) {
    d = new TextDecoder(encoding, { fatal });
    decoders.set(key, d);
  }
  return d;
}

function tryDecode(encoding: EncodingName, bytes: Uint8Array): string | null {
  try {
    return decoder(encoding, true).decode(bytes);
  } catch {
    return null;
  }
}

const BINARY_PROBLEM: ReadProblem = {
  message: '文件是二进制数据，不是文本（扩展名是否有误？） / The file holds binary data, not text (is the extension right?)',
  fatal: true,
};

/**
 * Text has almost no control characters besides tab, line breaks and form feeds (Word's manual line break
 * comes out as a vertical tab), and an OCR or crawler dump only a few undecodable bytes; random bytes give
 * about one character in five. Looks at the first 64K characters.
 */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let junk = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 9 || c > 13)) || c === 0xfffd) junk++;
  }
  return junk > 16 && junk > n * 0.05;
}

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i !== -1; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function invalidBytesProblem(text: string, encoding: EncodingName): ReadProblem {
  const first = text.indexOf('\ufffd');
  const count = countReplacements(text);
  return {
    message: `文件含有无法按 ${encoding} 解码的字节（${count} 处，已替换为 U+FFFD） / The file has ${count} byte sequence(s) that are not valid ${encoding} (replaced with U+FFFD)`,
    span: spanAt(lineIndex(text), first, first + 1),
    fatal: false,
  };
}

function finish(text: string, encoding: EncodingName, bom: boolean): Decoded {
  // A UTF-8 BOM after a UTF-16 BOM, or a BOM-less decode that still starts with U+FEFF: strip and record it.
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    bom = true;
  }
  return { text, info: { encoding, bom, eol: dominantEol(text) }, problems: [] };
}

/** The most frequent line ending; "\n" when there is none. */
export function dominantEol(text: string): DecodeInfo['eol'] {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}
