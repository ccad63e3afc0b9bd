// Applying fixes: non-overlapping edits in one pass (ESLint's rule: on overlap the first one wins; run again to
// apply the rest).
import type { Diagnostic } from './diagnostic.js';

export interface FixResult {
  output: string;
  applied: Diagnostic[];
  remaining: Diagnostic[];
}

export function applyFixes(source: string, messages: readonly Diagnostic[]): FixResult {
  const withFix = messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied: Diagnostic[] = [];
  let output = '';
  let cursor = 0;
  for (const m of withFix) {
    const [start, end] = m.fix!.range;
    if (start < cursor || end < start || end > source.length) continue;
    output += source.slice(cursor, start) + m.fix!.text;
    cursor = end;
    applied.push(m);
  }
  output += source.slice(cursor);
  const done = new Set(applied);
  return { output, applied, remaining: messages.filter((m) => !done.has(m)) };
}
