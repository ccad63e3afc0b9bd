// The per-file totals of a FileResult.
import type { Diagnostic, FileResult } from './diagnostic.js';

export type Counts = Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount' | 'fatalCount' | 'fixableCount'>;

export function countDiagnostics(messages: readonly Diagnostic[]): Counts {
  const c: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fatalCount: 0, fixableCount: 0 };
  for (const m of messages) {
    if (m.severity === 'error') c.errorCount += 1;
    else if (m.severity === 'warning') c.warningCount += 1;
    else c.infoCount += 1;
    if (m.fatal) c.fatalCount += 1;
    if (m.fix) c.fixableCount += 1;
  }
  return c;
}
