// `govlint [files…]`: find the reports, lint them (batch/: the cache, worker threads when they pay; printed in
// input order as they finish for line formats), fix when asked, format, and decide the exit code.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import {
  pairPreviousYears,
  addTiming,
  addTotals,
  emptyTiming,
  formatTiming,
  emptyTotals,
  lintText,
  listRules,
  loadFormat,
  resolveConfigFor,
  shouldColor,
  type BinaryFormatter,
  type FileResult,
  type Formatter,
  type FormatterContext,
  type Totals,
} from '@govlint/core/runtime';
import type { CliArgs } from '../args.js';
import { BaselineRun } from '../baseline.js';
import { cacheSettings } from '../batch/cache.js';
import type { LintJob, Outcome } from '../batch/lint-one.js';
import { DEFAULT_FILE_BUDGET_MS, runBatch } from '../batch/run-batch.js';
import { fixFile } from '../fix.js';
import { t, UsageError } from '../i18n.js';
import type { CliIo } from '../context.js';
import { cliVersion, errorMessage, writeFileAtomic } from '../io.js';
import { lintOptions, type CliLintOptions } from '../options.js';
import { errorsOnly } from '../results.js';
import { rulesContext } from '../rules-meta.js';
import { previousReports, selectFiles } from '../targets.js';
import { createProgress } from '../terminal/progress.js';
import { outputPath } from '../write/output-target.js';
import { watchTempFiles } from '../write/temp-files.js';

async function stdinResult(args: CliArgs, opts: CliLintOptions, io: CliIo): Promise<FileResult> {
  const bytes = await io.readStdin();
  const filePath = args.stdinFilename ? path.resolve(io.cwd, args.stdinFilename) : '<stdin>';
  const result = await lintText(bytes, filePath, opts);
  if (!args.fixDryRun) return result;
  return (await fixFile(result, opts, 'dry-run', args.lang)).result;
}

/** Formats that quote the report's text (excerpts, the html's tables and paragraphs). */
const SOURCE_FORMATS = new Set(['html', 'csv', 'xlsx']);
/** Formats that group or label findings by the report's body, year and template (stylish: its batch summary). */
const META_FORMATS = new Set(['csv', 'xlsx', 'stylish']);

function lintJob(args: CliArgs, opts: CliLintOptions, io: CliIo): LintJob {
  const fix = args.fix ? 'write' : args.fixDryRun ? 'dry-run' : undefined;
  return {
    opts,
    lang: args.lang,
    keepSource: SOURCE_FORMATS.has(args.format) || args.columns === 'byte',
    ...(fix ? { fix } : {}),
    // Results depend on the CLI too (and --fix changes them): part of every cache key.
    ...(args.cache ? { cache: cacheSettings(io.cwd, args.cacheLocation, [cliVersion(), fix ?? '']) } : {}),
  };
}

function fileBudget(env: Record<string, string | undefined>): number {
  const ms = Number(env.GOVLINT_FILE_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_FILE_BUDGET_MS;
}

export async function runLint(args: CliArgs, io: CliIo): Promise<number> {
  const opts = lintOptions(args, io.cwd, {
    includeModel: args.format === 'html',
    ...(META_FORMATS.has(args.format) ? { includeMeta: true } : {}),
  });

  if (args.printConfig !== undefined) {
    const config = await resolveConfigFor(path.resolve(io.cwd, args.printConfig), opts);
    // `rules` holds what the config files and flags set (with where); `ruleLevels` every active rule's level.
    const ruleLevels = Object.fromEntries((await listRules(config)).map((r) => [r.id, r.level]));
    await io.out(`${JSON.stringify({ ...config, ruleLevels }, null, 2)}\n`);
    return 0;
  }

  const toFile = args.outputFile !== undefined;
  const color = !toFile && args.format === 'stylish' && shouldColor(args.color, { isTTY: io.stdoutIsTTY }, io.env);
  const format = await loadFormat(args.format);
  const streaming = !toFile ? format.streaming : undefined;
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
  // Before any work: `-o` must not be one of the reports. From here on, a stopped run removes its temp files.
  const output = args.outputFile !== undefined ? outputPath(args, io, files) : undefined;
  if (output !== undefined || args.fix) watchTempFiles(args.fix ? files : []);

  const meta = needsRules ? await rulesContext(opts, files[0] ?? args.stdinFilename) : undefined;
  const ctx: FormatterContext = {
    cwd: io.cwd,
    lang: args.lang,
    color,
    rulesMeta: meta?.rulesMeta ?? {},
    tool: { name: 'govlint', version: cliVersion() },
    packs: meta?.packs ?? [],
    columns: args.columns,
  };

  // Line formats print each file as it comes and keep counts only; the others need every result at the end.
  const all = emptyTotals();
  const printed = emptyTotals();
  const timing = emptyTiming();
  const collected: FileResult[] = [];
  const shown = (r: FileResult) => (args.quiet ? errorsOnly(r) : r);
  const progress = createProgress(files.length, io.progressStream);
  // Findings a baseline accepts are gone before anything counts them: exit codes count only what is shown.
  const baseline = await BaselineRun.open(args, io.cwd);
  let writeFailures = 0;
  const take = async ({ result: linted, note, writeFailed }: Outcome) => {
    if (writeFailed) writeFailures += 1;
    const result = baseline ? baseline.filter(linted) : linted;
    const out = shown(result);
    addTotals(all, result);
    addTotals(printed, out);
    addTiming(timing, result.stats);
    if (!streaming) collected.push(out);
    progress.clear();
    if (note) io.stderr(note);
    if (streaming) await io.out(streaming.file(out, ctx));
    progress.tick(path.relative(io.cwd, result.filePath));
  };
  if (args.stdin) await take({ result: await stdinResult(args, opts, io) });
  else {
    const job = lintJob(args, opts, io);
    // Two reports of the same body for consecutive years in one batch, or this year's and last year's in
    // --previous-dir: the later one is checked against the earlier.
    const earlier = args.previousDir === undefined ? undefined : await previousReports(args.previousDir, io.cwd, args.lang);
    if (!opts.previous && (files.length > 1 || earlier)) job.previousByFile = Object.fromEntries(await pairPreviousYears(files, earlier));
    if (earlier) io.stderr(t(args.lang, 'previousDirPaired', Object.keys(job.previousByFile ?? {}).length, files.length, args.previousDir ?? ''));
    await runBatch(files, { job, concurrency: args.concurrency, cores: availableParallelism(), fileBudgetMs: fileBudget(io.env) }, take);
    progress.done();
  }

  if (streaming) {
    // --quiet means silence when there is no error, not "no problems found" while warnings exist.
    const silent = args.quiet && printed.messages === 0 && all.messages > 0;
    if (!silent) await io.out(streaming.summary(printed, ctx));
  } else {
    const failed = await writeBatch(collected, format.binary !== undefined ? format.binary : format.format, ctx, { args, output }, io);
    if (failed) return 2;
  }
  if (baseline && !(await baseline.finish(io))) return 2;
  // After the output, on stderr: machine-readable output stays as it is.
  if (args.timing !== undefined) io.stderr(formatTiming(timing, args.timing, args.lang).trimEnd());
  const code = exitCode(all, args, io.stderr);
  if (code === 2) io.stderr(t(args.lang, 'nothingLinted'));
  // A fix that could not be written is a failure of the run, whatever the findings (each file was named above).
  return writeFailures > 0 ? 2 : code;
}

/** Formats everything at once and writes it to stdout or, atomically, to -o. Returns true on failure. */
async function writeBatch(results: FileResult[], format: Formatter | BinaryFormatter, ctx: FormatterContext, { args, output: file }: { args: CliArgs; output: string | undefined }, io: CliIo): Promise<boolean> {
  let output: string | Uint8Array;
  try {
    output = format(results, ctx);
  } catch (err) {
    io.stderr(t(args.lang, 'formatterFailed', args.format, errorMessage(err)));
    return true;
  }
  if (file === undefined) {
    // Never bytes: args.ts asks a binary format for -o.
    await io.out(typeof output === 'string' ? output : '');
    return false;
  }
  try {
    await writeFileAtomic(file, output);
    return false;
  } catch (err) {
    io.stderr(t(args.lang, 'outputWriteFailed', args.outputFile ?? file, errorMessage(err)));
    return true;
  }
}

export function exitCode(totals: Totals, args: Pick<CliArgs, 'maxWarnings' | 'lang'>, stderr?: (l: string) => void): number {
  if (totals.files > 0 && totals.filesFatal === totals.files) return 2;
  if (totals.errors > 0) return 1;
  if (args.maxWarnings !== undefined && totals.warnings > args.maxWarnings) {
    stderr?.(t(args.lang, 'tooManyWarnings', totals.warnings, args.maxWarnings));
    return 1;
  }
  return 0;
}
