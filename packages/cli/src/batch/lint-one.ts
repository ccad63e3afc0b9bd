// Linting one file of a batch, the same in the main thread and in worker threads: the cache first (when on),
// then core, then --fix, and what the formatters do not need dropped from the result before it travels or
// waits to be printed.
import path from 'node:path';
import { fileSizeLimit, lintFile, lintText, readRegularFile, type FileResult, type Lang } from '@govlint/core/runtime';
import { isConfigError } from '../errors.js';
import { fixFile } from '../fix.js';
import { t } from '../i18n.js';
import { errorMessage } from '../io.js';
import type { CliLintOptions } from '../options.js';
import { fatalResult } from '../results.js';
import type { CacheSettings, LintCache } from './cache.js';

/** Everything about the run that linting one file needs; plain data, so it can be handed to a worker. */
export interface LintJob {
  opts: CliLintOptions;
  fix?: 'write' | 'dry-run';
  lang: Lang;
  /** Keep the source text (and model) on results: only the html formatter draws from them. */
  keepSource: boolean;
  cache?: CacheSettings;
  /** file → the same body's report of the year before, found in the batch (without --previous). */
  previousByFile?: Record<string, string>;
}

export interface Outcome {
  result: FileResult;
  /** One line for stderr (what --fix did). */
  note?: string;
  /** --fix could not write this file: the run ends with exit 2. */
  writeFailed?: true;
}

/** What stays of a result once it is linted: without the text and model unless the formatter draws from them. */
function slim(result: FileResult, keepSource: boolean): FileResult {
  if (keepSource) return result;
  const { source: _source, model: _model, ...rest } = result;
  return rest;
}

function withoutStats(result: FileResult): FileResult {
  if (!result.stats) return result;
  const { stats: _stats, ...rest } = result;
  return rest;
}

/**
 * The bytes lintFile would lint: a regular file within the size limit, else undefined (lintFile reports it).
 * Synchronous: a batch is CPU-bound, and the four thread-pool round trips of an asynchronous read (open, stat,
 * read, close) cost the main thread more than the read itself; with the cache they would cost more than
 * everything else a hit does.
 */
function readFileBytes(file: string, opts: CliLintOptions): Uint8Array | undefined {
  try {
    return readRegularFile(file, fileSizeLimit(file, opts) || Number.MAX_SAFE_INTEGER);
  } catch {
    return undefined;
  }
}

export async function lintOne(file: string, job: LintJob, cache?: LintCache): Promise<Outcome> {
  const { lang } = job;
  const previous = job.previousByFile?.[file];
  // Last year's report of the same body in the batch, as --previous would give it (part of the cache key too).
  const opts = previous ? { ...job.opts, previous } : job.opts;
  // Not read: lintFile below says why.
  const bytes = readFileBytes(file, opts);
  let key: string | undefined;
  if (cache && bytes) {
    // A config error is thrown here as lintFile would throw it.
    key = await cache.key(file, bytes, opts);
    const hit = cache.get(file, key);
    // --fix needs the text of a file with fixes: lint it again.
    if (hit && !(job.fix && hit.fixableCount > 0)) return { result: hit };
  }
  let result: FileResult;
  try {
    result = bytes ? await lintText(bytes, file, opts) : await lintFile(file, opts);
  } catch (err) {
    if (isConfigError(err)) throw err;
    const shown = path.relative(opts.cwd, file) || file;
    // Not cached: an internal error may not happen again.
    return { result: fatalResult(file, t(lang, 'lintFailed', shown, errorMessage(err))) };
  }
  const fixed = job.fix ? await fixFile(result, opts, job.fix, lang) : { result, applied: 0 };
  const out = slim(fixed.result, job.keepSource);
  // A file just rewritten by --fix no longer has the bytes the key was made from.
  // Timings are of this run, not part of the result: not stored.
  if (cache && key && !(job.fix === 'write' && fixed.applied > 0)) await cache.set(file, key, withoutStats(out));
  return { result: out, ...(fixed.note ? { note: fixed.note } : {}), ...(fixed.writeFailed ? { writeFailed: true } : {}) };
}
