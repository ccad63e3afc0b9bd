// Small helpers every formatter needs: paths, sorting, escaping, localised words.
import path from 'node:path';
import type { Point } from '../../read/document.js';
import { lineCount, lineText, type LineIndex } from '../../util/position.js';
import type { Diagnostic, FileResult, Lang, Severity } from '../diagnostic.js';

export function displayPath(filePath: string, cwd: string): string {
  if (filePath.startsWith('<')) return filePath; // "<stdin>" and friends
  const rel = path.relative(cwd, filePath);
  const shown = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? filePath : rel;
  return shown.split(path.sep).join('/');
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Position order, then severity, then rule id: the order every line format prints. */
export function sortMessages(messages: readonly Diagnostic[]): Diagnostic[] {
  return [...messages].sort(
    (a, b) =>
      a.span.start.line - b.span.start.line ||
      a.span.start.column - b.span.start.column ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** One rule's findings in a batch. */
export interface RuleTally {
  /** Of its first finding: what the rule was configured to, where the formatter has no rule metadata. */
  severity: Severity;
  count: number;
  /** Reports with at least one of them. */
  files: number;
}

/** One body's reports in a batch (a body may file several: years, or a report and its correction). */
export interface BodyTally {
  files: number;
  filesWithErrors: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** What a summary line needs of a batch: counts only, so a streamed batch keeps no results in memory. */
export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fatals: number;
  fixable: number;
  /** Diagnostics of every kind. */
  messages: number;
  files: number;
  filesWithProblems: number;
  /** Files that could not be linted: a fatal `parse` diagnostic (a rule that crashed is fatal for itself only). */
  filesFatal: number;
  /** Findings by rule id. */
  byRule: Map<string, RuleTally>;
  /**
   * Reports by the body they name; '' when it is not known (no model read, or a result without `meta` or
   * `model`: ask for `includeMeta`). A Map: a body name is report text, and "__proto__" is a string too.
   */
  byBody: Map<string, BodyTally>;
}

export function emptyTotals(): Totals {
  return {
    errors: 0,
    warnings: 0,
    infos: 0,
    fatals: 0,
    fixable: 0,
    messages: 0,
    files: 0,
    filesWithProblems: 0,
    filesFatal: 0,
    byRule: new Map(),
    byBody: new Map(),
  };
}

/** Adds one file to running totals (in place). */
export function addTotals(t: Totals, r: FileResult): Totals {
  t.files += 1;
  t.errors += r.errorCount;
  t.warnings += r.warningCount;
  t.infos += r.infoCount;
  t.fatals += r.fatalCount;
  t.fixable += r.fixableCount;
  t.messages += r.messages.length;
  if (r.messages.length > 0) t.filesWithProblems += 1;
  if (r.fatalCount > 0 && r.messages.some((m) => m.fatal && m.ruleId === 'parse')) t.filesFatal += 1;
  const seen = new Set<string>();
  for (const d of r.messages) {
    const tally = t.byRule.get(d.ruleId) ?? { severity: d.severity, count: 0, files: 0 };
    tally.count += 1;
    if (!seen.has(d.ruleId)) tally.files += 1;
    seen.add(d.ruleId);
    t.byRule.set(d.ruleId, tally);
  }
  const body = bodyOf(r) ?? '';
  const b = t.byBody.get(body) ?? { files: 0, filesWithErrors: 0, errors: 0, warnings: 0, infos: 0 };
  b.files += 1;
  if (r.errorCount > 0) b.filesWithErrors += 1;
  b.errors += r.errorCount;
  b.warnings += r.warningCount;
  b.infos += r.infoCount;
  t.byBody.set(body, b);
  return t;
}

/** The body a report names, from `meta` or the model, whichever the lint was asked to keep. */
export function bodyOf(r: FileResult): string | null {
  return r.meta?.body ?? r.model?.meta.body ?? null;
}

/** Reports with the most serious problems first (unreadable, then errors, warnings, info); stable otherwise. */
export function worstFirst<T extends Pick<FileResult, 'fatalCount' | 'errorCount' | 'warningCount' | 'infoCount'>>(results: readonly T[]): T[] {
  return [...results].sort(
    (a, b) => b.fatalCount - a.fatalCount || b.errorCount - a.errorCount || b.warningCount - a.warningCount || b.infoCount - a.infoCount,
  );
}

/** Rules by count, most first. */
export function rulesByCount(t: Totals): [string, RuleTally][] {
  return [...t.byRule.entries()].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
}

/** Bodies with errors first, then by warnings, then by name. */
export function bodiesByProblems(t: Totals): [string, BodyTally][] {
  return [...t.byBody.entries()].sort(
    ([a, x], [b, y]) => y.errors - x.errors || y.warnings - x.warnings || y.infos - x.infos || a.localeCompare(b, 'zh'),
  );
}

/**
 * The text of the line `at` is on, cut to about `width` characters around it (… where cut): so a long line
 * (a whole table on one line, a PDF's run-on paragraph) still shows the finding, with some text before it.
 */
export function lineExcerpt(lines: LineIndex, at: Pick<Point, 'line' | 'column'>, width: number): string {
  if (at.line < 1 || at.line > lineCount(lines)) return '';
  const text = lineText(lines, at.line);
  if (text.length <= width) return text;
  const start = Math.max(0, at.column - 1 - Math.round((width * 3) / 8));
  return (start > 0 ? '…' : '') + text.slice(start, start + width) + (start + width < text.length ? '…' : '');
}

export function totals(results: readonly FileResult[]): Totals {
  return results.reduce(addTotals, emptyTotals());
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // XML 1.0 forbids most control characters even as references.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export const escapeHtml = escapeXml;

const SEVERITY_WORDS: Record<Lang, Record<Severity | 'fatal', string>> = {
  zh: { error: '错误', warning: '警告', info: '提示', fatal: '致命' },
  en: { error: 'error', warning: 'warning', info: 'info', fatal: 'fatal' },
};

export function severityWord(d: Pick<Diagnostic, 'severity' | 'fatal'>, lang: Lang): string {
  return SEVERITY_WORDS[lang][d.fatal ? 'fatal' : d.severity];
}

export function plural(lang: Lang, n: number, zh: string, en: string, enPlural = `${en}s`): string {
  return lang === 'zh' ? `${n} 个${zh}` : `${n} ${n === 1 ? en : enPlural}`;
}
