// argv → a typed description of what to do (node:util.parseArgs; commander 15 needs Node 22). Pure: no I/O.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean, levelOf, type BodyType, type Lang, type Level } from '@govlint/core/runtime';
import { t, UsageError } from './i18n.js';

export const COMMANDS = ['extract', 'rules', 'init', 'init-pack', 'check-pack', 'docs', 'lsp'] as const;
export type Command = 'lint' | (typeof COMMANDS)[number];

export const FORMATS = ['stylish', 'json', 'unix', 'sarif', 'github', 'checkstyle', 'junit', 'html', 'csv', 'xlsx'] as const;
/** Formats whose output is a file, not text: written with -o only. */
export const BINARY_FORMATS: readonly string[] = ['xlsx'];
export const BODY_TYPES: readonly BodyType[] = ['government', 'township', 'subdistrict', 'department', 'office'];

export type Concurrency = 'auto' | 'off' | number;

export interface CliSettings {
  reportYear?: number;
  bodyType?: BodyType;
  region?: string;
}

export interface CliArgs {
  command: Command;
  /** Files, folders and globs (lint); the file (extract); the pack folder(s) (docs, init-pack, check-pack). */
  positionals: string[];
  lang: Lang;
  help: boolean;
  version: boolean;
  config?: string;
  noConfig: boolean;
  packs: string[];
  ruleOverrides: Record<string, Level>;
  printConfig?: string;
  quiet: boolean;
  maxWarnings?: number;
  format: string;
  outputFile?: string;
  previous?: string;
  settings: CliSettings;
  fix: boolean;
  fixDryRun: boolean;
  reportUnusedDirectives: boolean;
  /** undefined: decide from NO_COLOR / FORCE_COLOR / TTY. */
  color?: boolean;
  stdin: boolean;
  stdinFilename?: string;
  force: boolean;
  /** Threads that lint a batch: 'auto' (more only when it pays), 'off', or a number of worker threads. */
  concurrency: Concurrency;
  /** --cache: skip files whose stored result still holds. */
  cache: boolean;
  /** --cache-location: the cache folder (default .govlintcache in the working folder); used with --cache. */
  cacheLocation?: string;
  /** init-pack: the rule id prefix of the new pack. */
  namespace?: string;
  /** --max-file-size in MB (0: no limit); undefined: core's default. */
  maxFileSizeMb?: number;
  /** --timing or GOVLINT_TIMING: how many of the slowest rules to list (Infinity: all); undefined: no timing. */
  timing?: number;
  /** --no-ignore: .govlintignore and ignorePatterns do not apply. */
  noIgnore: boolean;
  /** --ignore-pattern (repeatable): more ignore patterns, relative to the working folder. */
  ignorePatterns: string[];
  /** --no-warn-ignored: no warning for a named file that is ignored. */
  noWarnIgnored: boolean;
  /** --columns: the column unit of line formats (char, or byte for Vim's quickfix). */
  columns: 'char' | 'byte';
  /** --baseline FILE: findings it lists are not shown. */
  baseline?: string;
  /** --write-baseline[=FILE]: write every current finding; '' when no file is named (--baseline's, else the default). */
  writeBaseline?: string;
  /** --previous-dir DIR: last year's reports, paired with this year's by body and year. */
  previousDir?: string;
  /** Flags the language server ignores: not govlint's and not one an editor adds for its transport. */
  ignoredFlags: string[];
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  'print-config': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  lang: { type: 'string' },
  previous: { type: 'string' },
  'report-year': { type: 'string' },
  'body-type': { type: 'string' },
  region: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  force: { type: 'boolean' },
  'max-file-size': { type: 'string' },
  concurrency: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  timing: { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-warn-ignored': { type: 'boolean' },
  columns: { type: 'string' },
  namespace: { type: 'string' },
  baseline: { type: 'string' },
  // Its file is optional: written `--write-baseline=FILE` (see optionalValues).
  'write-baseline': { type: 'string' },
  'previous-dir': { type: 'string' },
  // Accepted for editors that always pass a transport flag to language servers.
  stdio: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

/** The language of messages, found before full parsing so that parse errors are already localised. */
export function detectLang(argv: readonly string[], env: Record<string, string | undefined> = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value === 'en' || value === 'zh') return value;
  }
  if (env.GOVLINT_LANG === 'en' || env.GOVLINT_LANG === 'zh') return env.GOVLINT_LANG;
  // The POSIX locale, in its order of precedence: an English locale asks for English messages, anything else
  // (zh_CN, C, POSIX, unset) keeps the default Chinese.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'zh';
}

/** The known flag nearest to a mistyped one, as `--flag`. */
function nearestOption(written: string): string | undefined {
  const near = didYouMean(written.replace(/^-+/, '').split('=')[0], Object.keys(OPTIONS));
  return near && `--${near}`;
}

function parseError(err: unknown, lang: Lang): UsageError {
  const e = err as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const written = option.split(' ')[0];
    const near = nearestOption(written);
    return new UsageError(t(lang, 'unknownOption', written, near ? t(lang, 'didYouMean', near) : ''));
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(t(lang, 'missingValue', option.split(' ')[0] || '?'));
  return new UsageError(e.message ?? String(err));
}

function nonNegativeInt(value: string, flag: string, lang: Lang): number {
  if (!/^\d+$/.test(value)) throw new UsageError(t(lang, 'badInteger', flag, value));
  return Number(value);
}

function concurrency(value: string | undefined, lang: Lang): Concurrency {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off' || value === '0' || value === '1') return 'off';
  if (!/^\d+$/.test(value)) throw new UsageError(t(lang, 'badConcurrency', value));
  return Number(value);
}

/**
 * Rows of the timing table, as ESLint's TIMING: GOVLINT_TIMING=all lists every rule, =N the N slowest, any
 * other value (or --timing alone) the 10 slowest; neither: no timing.
 */
function timingRows(flag: boolean, env: string | undefined): number | undefined {
  if (env === undefined || env === '' || env === '0') return flag ? 10 : undefined;
  if (env === 'all') return Infinity;
  return /^\d+$/.test(env) && Number(env) > 1 ? Number(env) : 10;
}

function columnsUnit(value: string | undefined, lang: Lang): 'char' | 'byte' {
  if (value === undefined || value === 'char') return 'char';
  if (value === 'byte') return 'byte';
  throw new UsageError(t(lang, 'badColumns', value));
}

function ruleOverrides(specs: readonly string[], lang: Lang): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const spec of specs) {
    // Rule ids contain "/" but never ":", so the level is after the last colon.
    const at = spec.lastIndexOf(':');
    const id = spec.slice(0, at).trim();
    const level = levelOf(spec.slice(at + 1).trim());
    if (at <= 0 || !id || level === undefined) throw new UsageError(t(lang, 'badRule', spec));
    out[id] = level;
  }
  return out;
}

/** The subcommand is the first positional argument, wherever it stands (`govlint --no-config rules`). */
function splitCommand(argv: readonly string[]): { command: Command; rest: string[] } {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option-terminator') break;
    if (token.kind !== 'positional') continue;
    if (!(COMMANDS as readonly string[]).includes(token.value)) break;
    return { command: token.value as Command, rest: argv.filter((_, i) => i !== token.index) };
  }
  return { command: 'lint', rest: [...argv] };
}

/** What editors pass to any language server: the transport and the editor's process id. */
const EDITOR_FLAGS = new Set(['stdio', 'node-ipc', 'socket', 'pipe', 'clientProcessId']);

/** Options of a non-strict parse that are neither govlint's nor an editor's transport flags, as written. */
function unknownFlags(rest: readonly string[]): string[] {
  const { tokens } = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  return tokens.flatMap((t) => (t.kind === 'option' && !(t.name in OPTIONS) && !EDITOR_FLAGS.has(t.name) ? [t.rawName] : []));
}

/** Flags whose value is optional: given only as `--flag=VALUE`, so `--flag examples/` still lints examples/. */
const OPTIONAL_VALUE = new Set(['--write-baseline']);

/** A bare optional-value flag becomes `--flag=` (an empty value) before parsing; nothing after `--` is touched. */
function optionalValues(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((a, i) => (OPTIONAL_VALUE.has(a) && (end < 0 || i < end) ? `${a}=` : a));
}

export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined> = process.env): CliArgs {
  const lang = detectLang(argv, env);
  const { command, rest } = splitCommand(optionalValues(argv));

  let parsed;
  try {
    // The language server ignores anything an editor adds (--stdio, --clientProcessId=…).
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: command !== 'lsp' });
  } catch (err) {
    throw parseError(err, lang);
  }
  const v = parsed.values;
  const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

  const langValue = str(v.lang);
  if (langValue !== undefined && langValue !== 'zh' && langValue !== 'en') throw new UsageError(t(lang, 'badLang', langValue));

  const format = str(v.format) ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(t(lang, 'badFormat', format, FORMATS.join(', ')));

  const settings: CliSettings = {};
  const year = str(v['report-year']);
  if (year !== undefined) {
    if (!/^(19|20|21)\d\d$/.test(year)) throw new UsageError(t(lang, 'badYear', year));
    settings.reportYear = Number(year);
  }
  const bodyType = str(v['body-type']);
  if (bodyType !== undefined) {
    if (!(BODY_TYPES as readonly string[]).includes(bodyType)) throw new UsageError(t(lang, 'badBodyType', bodyType, BODY_TYPES.join(', ')));
    settings.bodyType = bodyType as BodyType;
  }
  const region = str(v.region);
  if (region !== undefined) settings.region = region;

  const maxWarnings = str(v['max-warnings']);
  const maxFileSize = str(v['max-file-size']);
  const args: CliArgs = {
    command,
    positionals: parsed.positionals,
    lang,
    help: v.help === true,
    version: v.version === true,
    config: str(v.config),
    noConfig: v['no-config'] === true,
    packs: (v.pack as string[] | undefined) ?? [],
    ruleOverrides: ruleOverrides((v.rule as string[] | undefined) ?? [], lang),
    printConfig: str(v['print-config']),
    quiet: v.quiet === true,
    maxWarnings: maxWarnings === undefined ? undefined : nonNegativeInt(maxWarnings, '--max-warnings', lang),
    format,
    outputFile: str(v['output-file']),
    previous: str(v.previous),
    settings,
    fix: v.fix === true,
    fixDryRun: v['fix-dry-run'] === true,
    reportUnusedDirectives: v['report-unused-disable-directives'] === true,
    color: v['no-color'] === true ? false : v.color === true ? true : undefined,
    stdin: v.stdin === true,
    stdinFilename: str(v['stdin-filename']),
    force: v.force === true,
    concurrency: concurrency(str(v.concurrency), lang),
    cache: v.cache === true,
    cacheLocation: str(v['cache-location']),
    namespace: str(v.namespace),
    maxFileSizeMb: maxFileSize === undefined ? undefined : nonNegativeInt(maxFileSize, '--max-file-size', lang),
    timing: timingRows(v.timing === true, env.GOVLINT_TIMING),
    noIgnore: v['no-ignore'] === true,
    ignorePatterns: (v['ignore-pattern'] as string[] | undefined) ?? [],
    noWarnIgnored: v['no-warn-ignored'] === true,
    columns: columnsUnit(str(v.columns), lang),
    baseline: str(v.baseline),
    writeBaseline: str(v['write-baseline']),
    previousDir: str(v['previous-dir']),
    ignoredFlags: command === 'lsp' ? unknownFlags(rest) : [],
  };
  if (args.config !== undefined && args.noConfig) throw new UsageError(t(lang, 'configAndNoConfig'));
  if (args.fix && args.fixDryRun) throw new UsageError(t(lang, 'fixBoth'));
  if (args.previous !== undefined && args.previousDir !== undefined) throw new UsageError(t(lang, 'previousAndDir'));
  if (args.stdin && args.fix) throw new UsageError(t(lang, 'fixWithStdin'));
  if (args.stdin && command === 'lint' && args.positionals.length > 0) throw new UsageError(t(lang, 'stdinWithFiles'));
  // Zip bytes on a terminal or in a pipe are of no use to anyone: ask where to write them.
  if (command === 'lint' && BINARY_FORMATS.includes(format) && args.outputFile === undefined) throw new UsageError(t(lang, 'binaryNeedsOutput', format));
  return args;
}
