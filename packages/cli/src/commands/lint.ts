// `govlint [files…]`: find the reports, lint them (a few at a time, printed in input order as they finish for
// line formats), fix when asked, format, and decide the exit code.
import path from 'node:path';
import {
  formatters,
  lintFile,
  lintText,
  resolveConfigFor,
  shouldColor,
  streamingFormatters,
  type FileResult,
  type FormatterContext,
} from '@govlint/core';
import type { CliArgs } from '../args.js';
import { fixFile } from '../fix.js';
import { t, UsageError } from '../i18n.js';
import type { CliIo } from '../context.js';
import { cliVersion, errorMessage, writeFileAtomic } from '../io.js';
import { lintOptions, type CliLintOptions } from '../options.js';
import { errorsOnly, fatalResult } from '../results.js';
import { rulesContext } from '../rules-meta.js';
import { selectFiles } from '../targets.js';
import { createProgress } from '../terminal/progress.js';
import { isConfigError } from '../errors.js';
import { ordered } from '../util/ordered.js';

/** Linting is mostly CPU on one thread; a little overlap hides file reads and PDF/zip decoding waits. */
const CONCURRENCY = 4;

async function lintOne(file: string, opts: CliLintOptions, args: CliArgs): Promise<{ result: FileResult; note?: string }> {
  let result: FileResult;
  try {
    result = await lintFile(file, opts);
  } catch (err) {
    if (isConfigError(err)) throw err;
    const shown = path.relative(opts.cwd, file) || file;
    return { result: fatalResult(file, t(args.lang, 'lintFailed', shown, errorMessage(err))) };
  }
  if (args.fix || args.fixDryRun) return fixFile(result, opts, args.fix ? 'write' : 'dry-run', args.lang);
  return { result };
}

async function stdinResult(args: CliArgs, opts: CliLintOptions, io: CliIo): Promise<FileResult> {
  const bytes = await io.readStdin();
  const filePath = args.stdinFilename ? path.resolve(io.cwd, args.stdinFilename) : '<stdin>';
  const result = await lintText(bytes, filePath, opts);
  if (!args.fixDryRun) return result;
  return (await fixFile(result, opts, 'dry-run', args.lang)).result;
}

export async function runLint(args: CliArgs, io: CliIo): Promise<number> {
  const opts = lintOptions(args, io.cwd, { includeModel: args.format === 'html' });

  if (args.printConfig !== undefined) {
    const config = await resolveConfigFor(path.resolve(io.cwd, args.printConfig), opts);
    await io.out(`${JSON.stringify(config, null, 2)}\n`);
    return 0;
  }

  const toFile = args.outputFile !== undefined;
  const color = !toFile && args.format === 'stylish' && shouldColor(args.color, { isTTY: io.stdoutIsTTY }, io.env);
  const streaming = !toFile ? streamingFormatters[args.format] : undefined;
  const needsRules = ['json', 'sarif', 'html'].includes(args.format);

  let files: string[] = [];
  if (!args.stdin) {
    if (args.positionals.length === 0) throw new UsageError(t(args.lang, 'noFiles'));
    const selection = await selectFiles(args.positionals, opts, io, args.lang);
    if (selection.empty) {
      io.stderr(t(args.lang, selection.empty));
      return 2;
    }
    files = selection.files;
  }

  const meta = needsRules ? await rulesContext(opts, files[0] ?? args.stdinFilename) : undefined;
  const ctx: FormatterContext = {
    cwd: io.cwd,
    lang: args.lang,
    color,
    rulesMeta: meta?.rulesMeta ?? {},
    tool: { name: 'govlint', version: cliVersion() },
    packs: meta?.packs ?? [],
  };

  const results: FileResult[] = [];
  const shown = (r: FileResult) => (args.quiet ? errorsOnly(r) : r);
  if (args.stdin) {
    const r = await stdinResult(args, opts, io);
    results.push(r);
    if (streaming) await io.out(streaming.file(shown(r), ctx));
  } else {
    const progress = createProgress(files.length, io.progressStream);
    await ordered(
      files,
      CONCURRENCY,
      (file) => lintOne(file, opts, args),
      async ({ result, note }) => {
        results.push(result);
        progress.clear();
        if (note) io.stderr(note);
        if (streaming) await io.out(streaming.file(shown(result), ctx));
        progress.tick(path.relative(io.cwd, result.filePath));
      },
    );
    progress.done();
  }

  const printed = results.map(shown);
  if (streaming) {
    // --quiet means silence when there is no error, not "no problems found" while warnings exist.
    const silent = args.quiet && printed.every((r) => r.messages.length === 0) && results.some((r) => r.messages.length > 0);
    if (!silent) await io.out(streaming.summary(printed, ctx));
  } else {
    const failed = await writeBatch(printed, ctx, args, io);
    if (failed) return 2;
  }
  const code = exitCode(results, args, io.stderr);
  if (code === 2) io.stderr(t(args.lang, 'nothingLinted'));
  return code;
}

/** Formats everything at once and writes it to stdout or, atomically, to -o. Returns true on failure. */
async function writeBatch(results: FileResult[], ctx: FormatterContext, args: CliArgs, io: CliIo): Promise<boolean> {
  let output: string;
  try {
    output = formatters[args.format](results, ctx);
  } catch (err) {
    io.stderr(t(args.lang, 'formatterFailed', args.format, errorMessage(err)));
    return true;
  }
  if (args.outputFile === undefined) {
    await io.out(output);
    return false;
  }
  try {
    await writeFileAtomic(path.resolve(io.cwd, args.outputFile), output);
    return false;
  } catch (err) {
    io.stderr(t(args.lang, 'outputWriteFailed', args.outputFile, errorMessage(err)));
    return true;
  }
}

export function exitCode(results: readonly FileResult[], args: Pick<CliArgs, 'maxWarnings' | 'lang'>, stderr?: (l: string) => void): number {
  if (results.length > 0 && results.every((r) => r.fatalCount > 0)) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    stderr?.(t(args.lang, 'tooManyWarnings', warnings, args.maxWarnings));
    return 1;
  }
  return 0;
}
