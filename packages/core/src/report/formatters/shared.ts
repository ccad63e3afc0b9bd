// Small helpers every formatter needs: paths, sorting, escaping, localised words.
import path from 'node:path';
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
}

export function emptyTotals(): Totals {
  return { errors: 0, warnings: 0, infos: 0, fatals: 0, fixable: 0, messages: 0, files: 0, filesWithProblems: 0, filesFatal: 0 };
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
  return t;
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
