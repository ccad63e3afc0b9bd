// Command-line targets → the files to lint: expand folders and globs (core), drop ignored files, and say why
// when something named explicitly is skipped or nothing matched.
import { statSync } from 'node:fs';
import path from 'node:path';
import { expandTargets, isIgnored, type Lang } from '@govlint/core/runtime';
import type { CliIo } from './context.js';
import { t, UsageError, type MessageKey } from './i18n.js';
import type { CliLintOptions } from './options.js';

export interface Selection {
  files: string[];
  /** Why nothing is left to lint, when `files` is empty and that is an error (exit 2). */
  empty?: MessageKey;
}

export async function selectFiles(targets: readonly string[], opts: CliLintOptions, io: CliIo, lang: Lang): Promise<Selection> {
  const expanded = await expandTargets(targets, io.cwd);
  for (const pattern of expanded.unmatched) io.stderr(t(lang, 'noMatch', pattern));
  const files: string[] = [];
  let explicitIgnored = 0;
  for (const file of expanded.files) {
    if (!(await isIgnored(file, opts))) files.push(file);
    else if (expanded.explicit.has(file)) {
      // As ESLint: a file named on the command line and ignored is a warning, not a failure.
      explicitIgnored += 1;
      if (!opts.noWarnIgnored) io.stderr(t(lang, 'ignoredExplicit', path.relative(io.cwd, file) || file));
    }
  }
  if (files.length > 0 || (explicitIgnored > 0 && explicitIgnored === expanded.files.length)) return { files };
  return { files, empty: expanded.files.length > 0 ? 'allIgnored' : 'nothingLinted' };
}

/** --previous-dir: every report in the folder (and below), to pair this year's reports with. */
export async function previousReports(dir: string, cwd: string, lang: Lang): Promise<string[]> {
  const at = path.resolve(cwd, dir);
  let isDir = false;
  try {
    isDir = statSync(at).isDirectory();
  } catch {
    // not there: said below
  }
  if (!isDir) throw new UsageError(t(lang, 'previousDirNotDir', dir));
  return (await expandTargets([at], cwd)).files;
}
