// Shared by the accuracy tests: the seeds mutated to reproduce each class of real-world failure
// (test/fixtures/accuracy, copied from shared/fixtures/accuracy; README there), linted with the default packs.
import { fileURLToPath } from 'node:url';
import { lintFile } from '../../packages/core/src/lint.js';
import type { FileResult } from '../../packages/core/src/report/diagnostic.js';
import type { ReportModel } from '../../packages/core/src/model/types.js';

export const ACCURACY = fileURLToPath(new URL('../fixtures/accuracy/', import.meta.url));

export interface Linted {
  result: FileResult;
  model: ReportModel;
  /** Every finding as `level rule line:column` (level e/w/i), in report order. */
  lines: string[];
}

const LEVEL: Record<string, string> = { error: 'e', warning: 'w', info: 'i', fatal: 'f' };

export async function lintAccuracy(name: string): Promise<Linted> {
  const result = await lintFile(ACCURACY + name, { noConfig: true, includeModel: true });
  const lines = result.messages.map((d) => `${LEVEL[d.severity] ?? d.severity} ${d.ruleId} ${d.span?.start.line ?? 0}:${d.span?.start.column ?? 0}`);
  return { result, model: result.model as ReportModel, lines };
}

/** The findings of `name` that `base` does not have (a multiset difference of `lines`). */
export async function addedFindings(name: string, base: string): Promise<string[]> {
  const [a, b] = await Promise.all([lintAccuracy(name), lintAccuracy(base)]);
  const left = new Map<string, number>();
  for (const l of b.lines.map(withoutPosition)) left.set(l, (left.get(l) ?? 0) + 1);
  return a.lines.filter((l) => {
    const k = withoutPosition(l);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

const withoutPosition = (line: string) => line.replace(/ \d+:\d+$/, '');
