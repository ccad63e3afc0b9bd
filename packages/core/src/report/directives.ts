// Inline control (`govlint-disable a`, `-enable`, `-disable-next-line`, `-disable-line`), applied by position.
// A directive names rule ids or families (`table3` covers `table3/*`); no names means every rule.
import type { Directive } from '../read/document.js';
import type { Diagnostic, Lang } from './diagnostic.js';
import { coreMessage } from './messages.js';

export interface DirectiveResult {
  kept: Diagnostic[];
  suppressed: Diagnostic[];
  /** Disable directives that suppressed nothing, as warnings. */
  unused: Diagnostic[];
}

function covers(names: readonly string[], ruleId: string): boolean {
  return names.length === 0 || names.some((n) => n === ruleId || ruleId.startsWith(`${n}/`));
}

/** The directive that silences `d`, if any. Block directives act from their start until re-enabled. */
function silencer(d: Diagnostic, directives: readonly Directive[]): Directive | undefined {
  const line = d.span.start.line;
  const offset = d.span.start.offset;
  let blockAll: Directive | undefined;
  const blockRules = new Map<string, Directive>();
  let lineMatch: Directive | undefined;
  for (const dir of directives) {
    if (dir.kind === 'disable-line' && dir.span.start.line <= line && line <= dir.span.end.line && covers(dir.rules, d.ruleId)) lineMatch ??= dir;
    if (dir.kind === 'disable-next-line' && dir.span.end.line + 1 === line && covers(dir.rules, d.ruleId)) lineMatch ??= dir;
    if (dir.span.start.offset > offset) continue;
    if (dir.kind === 'disable') {
      if (dir.rules.length === 0) blockAll = dir;
      else for (const r of dir.rules) blockRules.set(r, dir);
    } else if (dir.kind === 'enable') {
      if (dir.rules.length === 0) {
        blockAll = undefined;
        blockRules.clear();
      } else for (const r of dir.rules) blockRules.delete(r);
    }
  }
  if (lineMatch) return lineMatch;
  for (const [r, dir] of blockRules) if (covers([r], d.ruleId)) return dir;
  return blockAll;
}

export function applyDirectives(diagnostics: readonly Diagnostic[], directives: readonly Directive[], lang: Lang): DirectiveResult {
  const sorted = [...directives].sort((a, b) => a.span.start.offset - b.span.start.offset);
  const used = new Set<Directive>();
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diagnostics) {
    // Reader failures and crashed rules are never silenced: they mean the file was not (fully) checked.
    const dir = d.fatal || sorted.length === 0 ? undefined : silencer(d, sorted);
    if (dir) {
      used.add(dir);
      suppressed.push(d);
    } else kept.push(d);
  }
  const unused = sorted
    .filter((dir) => dir.kind !== 'enable' && !used.has(dir))
    .map(
      (dir): Diagnostic => ({
        ruleId: 'unused-directive',
        pack: 'govlint',
        severity: 'warning',
        message: coreMessage('unusedDirective', lang, { kind: dir.kind, rules: dir.rules.length > 0 ? `（${dir.rules.join(', ')}）` : '' }),
        span: dir.span,
      }),
    );
  return { kept, suppressed, unused };
}
