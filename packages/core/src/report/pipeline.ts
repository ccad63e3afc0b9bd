// From rule outcomes to the FileResult: a chain of small pure steps (messages → directives → dedupe → sort → counts).
import type { RuleOutcome } from '../engine/runner.js';
import type { Directive } from '../read/document.js';
import { countDiagnostics } from './counts.js';
import { dedupe } from './dedupe.js';
import type { Diagnostic, FileResult, Lang } from './diagnostic.js';
import { applyDirectives } from './directives.js';
import { sortDiagnostics } from './sort.js';
import { toDiagnostics } from './to-diagnostics.js';

export interface PipelineInput {
  filePath: string;
  format?: string;
  source?: string;
  outcomes: readonly RuleOutcome[];
  /** Diagnostics made outside the rules (reader problems). */
  extra?: readonly Diagnostic[];
  directives: readonly Directive[];
  lang: Lang;
  reportUnusedDirectives?: boolean;
}

export function runPipeline(input: PipelineInput): FileResult {
  const all = [...(input.extra ?? []), ...toDiagnostics(input.outcomes, input.lang)];
  const { kept, unused } = applyDirectives(all, input.directives, input.lang);
  const messages = sortDiagnostics(dedupe([...kept, ...(input.reportUnusedDirectives ? unused : [])]));
  return fileResult(input.filePath, messages, { format: input.format, source: input.source, unusedDirectives: input.reportUnusedDirectives ? unused : undefined });
}

export function fileResult(filePath: string, messages: Diagnostic[], extra: Partial<FileResult> = {}): FileResult {
  const result: FileResult = { filePath, messages, ...countDiagnostics(messages) };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (result as unknown as Record<string, unknown>)[k] = v;
  return result;
}
