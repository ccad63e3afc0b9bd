// Two rules (or one rule through two forEach bindings) can report the same thing at the same place: keep one.
import type { Diagnostic } from './diagnostic.js';

export function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.ruleId}\0${d.span.start.offset}\0${d.span.end.offset}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
