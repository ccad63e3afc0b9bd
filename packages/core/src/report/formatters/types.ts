// The formatter contract: plain FileResults in, one string out. Pure: no I/O, no clock, no environment.
import type { FileResult, Lang, Level } from '../diagnostic.js';
import { totals, type Totals } from './shared.js';

export interface RuleMeta {
  docs?: string;
  level?: Level;
  description?: string;
  pack?: string;
  fixable?: boolean;
  /** The rule's long explanation (Markdown), for formats that carry help text (sarif). */
  help?: string;
}

export interface FormatterContext {
  /** Paths are shown relative to this folder. */
  cwd: string;
  lang: Lang;
  color: boolean;
  /** Active rules by id (docs url, configured level …), for formats that describe rules (json, sarif, html). */
  rulesMeta: Record<string, RuleMeta>;
  tool?: { name: string; version: string };
  packs?: { name: string; version?: string }[];
  /**
   * The unit of the column in line formats (unix): characters (UTF-16 code units, the default, as ESLint and
   * LSP count), or UTF-8 bytes, what Vim's quickfix `%c` counts; needs the results' source text.
   */
  columns?: 'char' | 'byte';
}

export type Formatter = (results: FileResult[], ctx: FormatterContext) => string;

/** A format whose output is a file, not text (xlsx): the CLI writes it with -o only. */
export type BinaryFormatter = (results: FileResult[], ctx: FormatterContext) => Uint8Array;

/**
 * A line format that can print each file as soon as it is linted and a summary at the end; concatenating
 * `file()` of every result and `summary()` gives exactly what the batch formatter prints.
 */
export interface StreamingFormatter {
  file(result: FileResult, ctx: FormatterContext): string;
  /** From counts only (`addTotals` of every file), so that a streamed batch need not keep its results. */
  summary(totals: Totals, ctx: FormatterContext): string;
}

export function batchOf(streaming: StreamingFormatter): Formatter {
  return (results, ctx) => results.map((r) => streaming.file(r, ctx)).join('') + streaming.summary(totals(results), ctx);
}
