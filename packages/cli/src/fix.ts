// --fix / --fix-dry-run for one file: apply the fixable diagnostics' edits, re-lint the fixed text so the
// remaining positions are right, and (for --fix) write the bytes back in the encoding, BOM and line endings
// they were read with. A file whose bytes changed since it was linted is left alone.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { applyFixes, decode, encodeText, lintText, type FileResult, type Lang, type LintOptions } from '@govlint/core/runtime';
import type { CliLintOptions } from './options.js';
import { t } from './i18n.js';
import { errorMessage, writeFileAtomic } from './io.js';

const MAX_PASSES = 10;
const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export interface FixOutcome {
  result: FileResult;
  /** One line for stderr, when there is something to say. */
  note?: string;
  /** Number of edits applied (or that would be applied). */
  applied: number;
  /** The fixes could not be written (the run ends with exit 2; the note says why). */
  writeFailed?: true;
}

/** Marked read-only (no write bit for anyone): the user's way of saying "leave it", honoured even as root. */
async function isReadOnly(file: string): Promise<boolean> {
  try {
    return ((await stat(file)).mode & 0o222) === 0;
  } catch {
    return false;
  }
}

export async function fixFile(result: FileResult, opts: CliLintOptions, mode: 'write' | 'dry-run', lang: Lang): Promise<FixOutcome> {
  const source = result.source;
  if (result.fixableCount === 0 || source === undefined) return { result, applied: 0 };
  const shown = path.relative(opts.cwd, result.filePath) || result.filePath;
  if (mode === 'write' && !TEXT_EXTENSIONS.has(path.extname(result.filePath).toLowerCase())) {
    return { result, applied: 0, note: t(lang, 'fixNotText', shown) };
  }
  // Overlapping edits are left for a later pass, as ESLint does (at most 10 passes).
  let text = source;
  let current = result;
  let count = 0;
  for (let pass = 0; pass < MAX_PASSES && current.fixableCount > 0; pass++) {
    const { output, applied } = applyFixes(text, current.messages);
    const n = applied.length;
    if (output === text || n === 0) break;
    count += n;
    text = output;
    current = await lintText(text, result.filePath, opts);
  }
  if (count === 0) return { result, applied: 0 };

  if (mode === 'write') {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(result.filePath);
    } catch (err) {
      return { result, applied: 0, note: t(lang, 'readFailed', shown, errorMessage(err)) };
    }
    const again = decode(bytes);
    // The positions of the fixes refer to the text we linted: write only if the file still holds exactly it.
    if (again.text !== source) return { result, applied: 0, note: t(lang, 'fixChanged', shown) };
    // Encoding is per character, so when the text encodes back to exactly these bytes, the fixed text changes
    // the bytes of the fixes and nothing else. Otherwise (invalid bytes read as U+FFFD, a mapping that does not
    // round-trip) writing would silently change other bytes too.
    if (!Buffer.from(encodeText(source, again.info)).equals(bytes)) return { result, applied: 0, note: t(lang, 'fixNotRoundTrip', shown) };
    if (await isReadOnly(result.filePath)) return { result, applied: 0, note: t(lang, 'fixReadOnly', shown) };
    try {
      await writeFileAtomic(result.filePath, encodeText(text, again.info), { previous: bytes });
    } catch (err) {
      // This file's problem, not the batch's: say so and go on with the rest.
      return { result, applied: 0, note: t(lang, 'fixWriteFailed', shown, errorMessage(err)), writeFailed: true };
    }
  }
  return {
    result: mode === 'dry-run' ? { ...current, output: text } : current,
    applied: count,
    note: t(lang, mode === 'write' ? 'fixApplied' : 'fixWould', shown, count),
  };
}
