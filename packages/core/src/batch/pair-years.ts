// Cross-year checks inside one batch: when a batch holds reports of the same body for consecutive years, the
// earlier one is the later one's "previous" report (as `--previous FILE` would give it). Body and year come from
// the title line in the first few kilobytes, so pairing costs a small read per file, not a parse.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeTextOnly, wholeUtf8Head } from '../decode/index.js';

const SNIFF_BYTES = 4096;
const TEXT_FORMATS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);
/** "淄博市博山区人民政府2024年政府信息公开工作年度报告" or "2024年淄博市博山区人民政府政府信息公开工作年度报告". */
const TITLE = /([^\s<>|#:：]{2,40}?)\s*(20\d\d)\s*年(?:度)?\s*(?:政府)?信息公开工作(?:的)?年度报告|(20\d\d)\s*年(?:度)?\s*([^\s<>|#:：]{2,40}?)\s*(?:政府)?信息公开工作(?:的)?年度报告/;

export interface BodyYear {
  body: string;
  year: number;
}

/** Body and year from the title near the start of a text-format report; null when not found. */
export async function sniffBodyYear(filePath: string): Promise<BodyYear | null> {
  return sniffBodyYearSync(filePath, Buffer.alloc(SNIFF_BYTES));
}

/**
 * Synchronous: a batch sniffs every file before linting any, and the four thread-pool round trips of an
 * asynchronous read (stat, open, read, close) cost more than the read itself (a run answered from the cache is
 * mostly this). `buffer` is reused from file to file.
 */
function sniffBodyYearSync(filePath: string, buffer: Buffer): BodyYear | null {
  if (!TEXT_FORMATS.has(extname(filePath).toLowerCase())) return null;
  let fd: number | undefined;
  try {
    // Only regular files: opening a FIFO for reading would wait for a writer forever.
    if (!statSync(filePath).isFile()) return null;
    fd = openSync(filePath, 'r');
    const bytesRead = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    // A cut character would end the text as U+FFFD, which no title match can include (they end in 年度报告).
    return parseBodyYear(decodeTextOnly(bytesRead === SNIFF_BYTES ? wholeUtf8Head(head) : head));
  } catch {
    return null; // unreadable files are reported by the lint itself
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function parseBodyYear(text: string): BodyYear | null {
  const m = TITLE.exec(text.normalize('NFKC'));
  if (!m) return null;
  const body = (m[1] ?? m[4]).replace(/^(?:标题|题目)/, '');
  const year = Number(m[2] ?? m[3]);
  return body ? { body, year } : null;
}

/** Body and year of each file that has them, read with one buffer. */
function sniffAll(files: readonly string[], buffer: Buffer): Map<string, BodyYear> {
  const found = new Map<string, BodyYear>();
  for (const file of files) {
    const at = sniffBodyYearSync(file, buffer);
    if (at) found.set(file, at);
  }
  return found;
}

/** body → year → file; '' where two reports of the same body and year make it ambiguous (pair neither). */
function byBodyYear(sniffed: ReadonlyMap<string, BodyYear>): Map<string, Map<number, string>> {
  const byBody = new Map<string, Map<number, string>>();
  for (const [file, { body, year }] of sniffed) {
    const years = byBody.get(body) ?? new Map<number, string>();
    years.set(year, years.has(year) ? '' : file);
    byBody.set(body, years);
  }
  return byBody;
}

/**
 * file → the same body's report of the year before, for every file that has one: among `earlier` when given
 * (`--previous-dir`: last year's reports kept apart), else among `files` themselves.
 */
export async function pairPreviousYears(files: readonly string[], earlier?: readonly string[]): Promise<Map<string, string>> {
  const buffer = Buffer.alloc(SNIFF_BYTES);
  const these = sniffAll(files, buffer);
  const index = byBodyYear(earlier ? sniffAll(earlier, buffer) : these);
  const pairs = new Map<string, string>();
  for (const [file, { body, year }] of these) {
    const years = index.get(body);
    const previous = years?.get(year - 1);
    // Within one batch, a report whose own year is ambiguous is not paired either.
    if (previous && previous !== file && (earlier || years?.get(year) === file)) pairs.set(file, previous);
  }
  return pairs;
}
