// Document order; at one place, fatal first, then by rule id, so output is stable across runs.
import type { Diagnostic } from './diagnostic.js';

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.span.start.offset - b.span.start.offset ||
      Number(b.fatal === true) - Number(a.fatal === true) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.span.end.offset - b.span.end.offset,
  );
}
