// What a finding looks like once it leaves the engine (vfile-message + ESLint LintMessage, on our Span).
import type { Span } from '../read/document.js';
import type { Meta, ReportModel } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type Level = Severity | 'off';
export type Lang = 'zh' | 'en';

export interface Edit {
  /** [start, end) offsets into the source text. */
  range: [number, number];
  text: string;
}

export interface Diagnostic {
  /** "table3/balance"; "parse" for reader problems, "config" for config problems. */
  ruleId: string;
  /** Pack name, e.g. "@govlint/rules-national"; "govlint" for core's own diagnostics. */
  pack: string;
  severity: Severity;
  message: string;
  messageId?: string;
  data?: Record<string, string | number>;
  span: Span;
  /** Canonical model key, e.g. "requests.totalProcessed.total". */
  key?: string;
  /** Rule documentation. */
  url?: string;
  /** Only set by rules that mark their fix safe. */
  fix?: Edit;
  suggestions?: { message: string; fix: Edit }[];
  /** The other places involved, e.g. the table cell that a sentence contradicts. */
  related?: { message: string; span: Span; key?: string }[];
  /** Nothing could be linted (unreadable file, not a report…). */
  fatal?: true;
}

export interface FileResult {
  filePath: string;
  format?: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalCount: number;
  fixableCount: number;
  /** The text positions refer to (for formatters that show context, and for --fix). */
  source?: string;
  /** Disable directives that suppressed nothing (when asked for). */
  unusedDirectives?: Diagnostic[];
  /** The report model, when asked for (`includeModel`): the html formatter redraws the tables from it. */
  model?: ReportModel;
  /** What the report says it is, when asked for (`includeMeta`): the spreadsheet formats and batch summaries. */
  meta?: ReportMeta;
  /** The fixed text, set by `--fix-dry-run` when fixes would change the file (ESLint's `output`). */
  output?: string;
  /** Where the time went, when asked for (`timing`). */
  stats?: LintStats;
}

/** The few facts of a report's model a batch summary groups by: a few bytes, where the model is megabytes. */
export type ReportMeta = Pick<Meta, 'body' | 'year' | 'template'>;

/** Milliseconds spent on one file, by stage and by rule (`timing`: the CLI's --timing, ESLint's TIMING). */
export interface LintStats {
  /** Decoding, reading and modelling the file. */
  parse: number;
  /**
   * Loading what the rules need before their first file: json-rules-engine, the pack's script modules, the
   * report of the year before (`previous`). Mostly 0.
   */
  load: number;
  /** The rules: json-rules-engine's gates and every check. */
  rules: number;
  /** From findings to diagnostics: messages, disable comments, order. */
  report: number;
  /**
   * Each rule's check that ran; `(gates)` is json-rules-engine deciding the gates. A script run in the script
   * worker counts until its answer.
   */
  perRule: Record<string, number>;
}
