// Small pure operations on FileResults that the lint command chains.
import type { Diagnostic, FileResult } from '@govlint/core/runtime';

export function withCounts(result: FileResult, messages: Diagnostic[]): FileResult {
  return {
    ...result,
    messages,
    errorCount: messages.filter((m) => m.severity === 'error' || m.fatal).length,
    warningCount: messages.filter((m) => m.severity === 'warning' && !m.fatal).length,
    infoCount: messages.filter((m) => m.severity === 'info' && !m.fatal).length,
    fatalCount: messages.filter((m) => m.fatal).length,
    fixableCount: messages.filter((m) => m.fix).length,
  };
}

/** `--quiet`: errors only (what ESLint does). */
export function errorsOnly(result: FileResult): FileResult {
  return withCounts(
    result,
    result.messages.filter((m) => m.severity === 'error' || m.fatal),
  );
}

/** A file that could not be linted at all, as a result with one fatal diagnostic, so batches go on. */
export function fatalResult(filePath: string, message: string): FileResult {
  const at = { line: 1, column: 1, offset: 0 };
  return withCounts({ filePath, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatalCount: 0, fixableCount: 0 }, [
    { ruleId: 'parse', pack: 'govlint', severity: 'error', message, span: { start: at, end: at }, fatal: true },
  ]);
}
