// The top-level API: lint a file or a text with the config that applies to it. A bad input file never throws
// (it becomes one fatal `parse` diagnostic); a bad config or pack throws ConfigError (the CLI exits 2).
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from './config/errors.js';
import { resolveConfig, type ConfigOptions } from './config/resolve.js';
import type { ResolvedConfig, Settings } from './config/types.js';
import { DocContext } from './engine/doc-context.js';
import { loadPackSet } from './engine/pack-set.js';
import { planFor } from './engine/plan.js';
import { extract } from './extract.js';
import type { ReportModel } from './model/types.js';
import type { Document, Span } from './read/document.js';
import { BINARY_FORMATS, formatOf } from './read/index.js';
import type { Diagnostic, FileResult, Lang } from './report/diagnostic.js';
import { LruMap } from './util/lru.js';
import { coreMessage, type CoreMessageId } from './report/messages.js';
import { fileResult, runPipeline } from './report/pipeline.js';
import { NotReadable, readRegularFile } from './util/read-file.js';

export { ConfigError } from './config/errors.js';
export { applyFixes } from './report/fixes.js';
export type { Settings, ResolvedConfig } from './config/types.js';

export interface LintOptions extends ConfigOptions {
  reportUnusedDirectives?: boolean;
  /** Put the report model on the FileResult (the html formatter redraws the tables from it). */
  includeModel?: boolean;
  /** Put the report's body, year and template on the FileResult (`meta`), without the rest of the model. */
  includeMeta?: boolean;
  /** Run only these rules (RuleTester). */
  onlyRules?: readonly string[];
  /**
   * Files larger than this many bytes get one fatal `tooLarge` diagnostic instead of being read; 0: no limit.
   * Unset: DEFAULT_MAX_FILE_SIZE for the file's kind of format.
   */
  maxFileSize?: number;
  /** Put the time spent on each stage and rule on the FileResult (`stats`). */
  timing?: boolean;
}

const MB = 1024 * 1024;

/**
 * A long report is well under 1 MB as text and a few MB as Word or PDF. Text is what costs: linting report-like
 * text takes about 3 s and 90 MB of memory per MB, number-dense text up to 450 MB per MB (a 50 MB dump ran
 * 135 s in 4 GB; 16 MB of "1 1 1…" exhausts a 4 GB heap). So text formats stop at 5 MB, far beyond any report;
 * in Word and PDF files most bytes are pictures, which are not read (Word XML has its own unpacking limit).
 */
export const DEFAULT_MAX_FILE_SIZE = { text: 5 * MB, binary: 50 * MB } as const;

/** The size limit of a file (bytes; 0: none): `opts.maxFileSize`, else the default for its format. */
export function fileSizeLimit(filePath: string, opts: Pick<LintOptions, 'maxFileSize'> = {}): number {
  if (opts.maxFileSize !== undefined) return opts.maxFileSize;
  const format = formatOf(filePath);
  return format && BINARY_FORMATS.has(format) ? DEFAULT_MAX_FILE_SIZE.binary : DEFAULT_MAX_FILE_SIZE.text;
}

export interface RuleInfo {
  id: string;
  pack: string;
  type: string;
  /** The level this config gives the rule (its `levels` gates aside). */
  level: string;
  description: string;
  url?: string;
  fixable: boolean;
  sources?: string[];
  /** The rule's long explanation (`docs`, Markdown) in the config's language. */
  help?: string;
}

const START: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

export async function resolveConfigFor(filePath: string, opts: LintOptions = {}): Promise<ResolvedConfig> {
  return (await resolveConfig(filePath, opts)).config;
}

export async function lintFile(filePath: string, opts: LintOptions = {}): Promise<FileResult> {
  const abs = resolve(opts.cwd ?? process.cwd(), filePath);
  let bytes: Uint8Array;
  try {
    // A FIFO or a device would block the read forever (or never end): regular files within the limit only.
    bytes = readRegularFile(abs, fileSizeLimit(filePath, opts) || Number.MAX_SAFE_INTEGER);
  } catch (error) {
    if (!(error instanceof NotReadable)) throw error;
    if (error.reason === 'too-large') return tooLargeResult(filePath, Number(error.detail), opts);
    return unreadable(filePath, opts, error.reason === 'not-a-file' ? 'not a regular file' : error.detail);
  }
  return lintText(bytes, filePath, opts);
}

async function unreadable(filePath: string, opts: LintOptions, reason: string): Promise<FileResult> {
  // Config errors first: a run with a broken config must stop (exit 2) even when the file is also bad.
  const { config } = await resolveConfig(filePath, opts);
  return fatalResult(filePath, 'unreadable', config.lang, { reason });
}

function tooLarge(filePath: string, size: number, opts: LintOptions): boolean {
  const limit = fileSizeLimit(filePath, opts);
  return limit > 0 && size > limit;
}

async function tooLargeResult(filePath: string, size: number, opts: LintOptions): Promise<FileResult> {
  const { config } = await resolveConfig(filePath, opts);
  const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
  return fatalResult(filePath, 'tooLarge', config.lang, { size: mb(size), limit: mb(fileSizeLimit(filePath, opts)) });
}

/** The parts of the model a caller asked to find on the result. */
function modelParts(model: ReportModel, opts: LintOptions): Pick<FileResult, 'model' | 'meta'> {
  const { body, year, template } = model.meta;
  return { ...(opts.includeModel ? { model } : {}), ...(opts.includeMeta ? { meta: { body, year, template } } : {}) };
}

export async function lintText(text: string | Uint8Array, filePath: string, opts: LintOptions = {}): Promise<FileResult> {
  const { config, packSet } = await resolveConfig(filePath, opts);
  const lang = config.lang;
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  if (tooLarge(filePath, bytes.length, opts)) return tooLargeResult(filePath, bytes.length, opts);
  if (bytes.length === 0) return fatalResult(filePath, 'emptyFile', lang, {});
  let document: Document;
  let model: ReportModel;
  const started = performance.now();
  try {
    ({ document, model } = await extract(bytes, filePath, { reportYear: config.settings.reportYear, bodyType: config.settings.bodyType }));
  } catch (error) {
    return fatalResult(filePath, 'readFailed', lang, { reason: error instanceof Error ? error.message : String(error) });
  }
  const base = { format: document.format, source: document.text };
  const problems = [...problemDiagnostics(document), ...skippedConfigDiagnostics(config, lang)];
  if (problems.some((p) => p.fatal)) return fileResult(filePath, problems, base);
  if (document.text.trim() === '') return fileResult(filePath, [fatal('emptyFile', lang, {})], base);
  if (model.meta.template === 'not-a-report') {
    return fileResult(filePath, [fatal('notAReport', lang, {})], { ...base, ...modelParts(model, opts) });
  }
  const parsed = performance.now();
  const previous = typeof config.settings.previous === 'string' ? await loadPrevious(config.settings.previous, config.settings, lang) : undefined;
  const doc = new DocContext(model, config.settings, lang, previous);
  const perRule: Record<string, number> | undefined = opts.timing ? {} : undefined;
  // Loading the rule engine and the pack's scripts (the first file of a run) is its own stage.
  if (perRule) await packSet.runner.prepare();
  const ruled = performance.now();
  const outcomes = await packSet.runner.run(doc, planFor(config, opts.onlyRules ? new Set(opts.onlyRules) : undefined), perRule);
  const reported = performance.now();
  const result = runPipeline({
    filePath,
    ...base,
    outcomes,
    extra: problems,
    directives: document.directives,
    lang,
    reportUnusedDirectives: opts.reportUnusedDirectives,
  });
  // Offsets of Word and PDF files point into the extracted text: there is nothing to write a fix back to.
  if (BINARY_FORMATS.has(document.format)) dropFixes(result);
  Object.assign(result, modelParts(model, opts));
  if (perRule) result.stats = { parse: parsed - started, load: ruled - parsed, rules: reported - ruled, report: performance.now() - reported, perRule };
  return result;
}

/** Every rule of the config's packs, with the level the config gives it. */
export async function listRules(config: ResolvedConfig): Promise<RuleInfo[]> {
  const packSet = await loadPackSet(config.packs, config.lang);
  return packSet.rules.map((r) => ({
    id: r.id,
    pack: r.pack,
    type: r.type.type,
    level: config.rules[r.id]?.level ?? r.level,
    description: config.lang === 'en' ? (r.raw.description.en ?? r.raw.description.zh) : r.raw.description.zh,
    url: r.url,
    fixable: r.raw.fixable === true,
    sources: r.raw.sources,
    ...(r.raw.docs ? { help: config.lang === 'en' ? (r.raw.docs.en ?? r.raw.docs.zh) : r.raw.docs.zh } : {}),
  }));
}

function problemDiagnostics(document: Document): Diagnostic[] {
  return document.problems.map((p) => ({
    ruleId: 'parse',
    pack: 'govlint',
    severity: p.fatal ? 'error' : 'warning',
    message: p.message,
    span: p.span ?? START,
    ...(p.fatal ? { fatal: true as const } : {}),
  }));
}

/** A warning on each file for each config discovery skipped: the user should know their config was not used. */
function skippedConfigDiagnostics(config: ResolvedConfig, lang: Lang): Diagnostic[] {
  return (config.skippedConfigs ?? []).map(({ file, why }) => {
    const messageId: CoreMessageId = why === 'otherOwner' ? 'configOtherOwner' : 'configOthersCanWrite';
    return { ruleId: 'config', pack: 'govlint', severity: 'warning', message: coreMessage(messageId, lang, { file }), messageId, span: START };
  });
}

function fatal(id: CoreMessageId, lang: Lang, data: Record<string, string>): Diagnostic {
  return { ruleId: 'parse', pack: 'govlint', severity: 'error', message: coreMessage(id, lang, data), messageId: id, span: START, fatal: true };
}

function fatalResult(filePath: string, id: CoreMessageId, lang: Lang, data: Record<string, string>): FileResult {
  return fileResult(filePath, [fatal(id, lang, data)]);
}

function dropFixes(result: FileResult): void {
  for (const m of result.messages) delete m.fix;
  result.fixableCount = 0;
}

/**
 * Last years' models, most recently used first. Bounded: a batch pairs hundreds of reports with the year before
 * (batch/pair-years.ts), and keeping every model would make memory grow with the batch.
 */
const previousModels = new LruMap<string, { mtime: number; model: Promise<ReportModel> }>(32);

/** Last year's report, read once per path while recently used (and again when the file changes). */
async function loadPrevious(path: string, settings: Settings, lang: Lang): Promise<ReportModel> {
  let mtime: number;
  try {
    const info = await stat(path);
    // A FIFO or a device named as last year's report would block the read forever (or never end).
    if (!info.isFile()) throw new ConfigError(path, { zh: '上年报告不是普通文件（settings.previous / --previous），未读取', en: "last year's report is not a regular file (settings.previous / --previous), not read" }, undefined, lang);
    if (tooLarge(path, info.size, {})) throw new ConfigError(path, { zh: `上年报告过大（${info.size} 字节），未读取`, en: `last year's report is too large (${info.size} bytes), not read` }, undefined, lang);
    mtime = info.mtimeMs;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(path, { zh: '找不到上年报告（settings.previous / --previous）', en: "last year's report not found (settings.previous / --previous)" }, undefined, lang);
  }
  const hit = previousModels.get(path);
  if (hit && hit.mtime === mtime) return hit.model;
  const year = settings.reportYear === undefined ? undefined : settings.reportYear - 1;
  const model = readFile(path).then(async (bytes) => (await extract(bytes, path, { reportYear: year, bodyType: settings.bodyType })).model);
  previousModels.set(path, { mtime, model });
  return model;
}
