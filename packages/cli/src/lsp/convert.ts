// govlint diagnostics ↔ LSP shapes. Positions are computed from offsets by the editor's own document, and both
// sides count UTF-16 code units (LSP's default position encoding), so no conversion of columns is needed.
import type { Diagnostic as GovDiagnostic, Edit } from '@govlint/core/runtime';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** LSP DiagnosticSeverity: 1 error, 2 warning, 3 information. */
const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

export interface DiagnosticData {
  fix?: Edit;
  suggestions?: { message: string; fix: Edit }[];
}

function textEdit(doc: TextDocument, edit: Edit): TextEdit {
  return { range: { start: doc.positionAt(edit.range[0]), end: doc.positionAt(edit.range[1]) }, newText: edit.text };
}

export function toLspDiagnostic(d: GovDiagnostic, doc: TextDocument): Diagnostic {
  const data: DiagnosticData = {};
  if (d.fix) data.fix = d.fix;
  if (d.suggestions?.length) data.suggestions = d.suggestions;
  const out: Diagnostic = {
    range: { start: doc.positionAt(d.span.start.offset), end: doc.positionAt(Math.max(d.span.end.offset, d.span.start.offset)) },
    severity: d.fatal ? 1 : SEVERITY[d.severity],
    code: d.ruleId,
    source: 'govlint',
    message: d.message,
  };
  if (d.url && /^(?:https?|file):\/\//.test(d.url)) out.codeDescription = { href: d.url };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({
      location: { uri: doc.uri, range: { start: doc.positionAt(r.span.start.offset), end: doc.positionAt(r.span.end.offset) } },
      message: r.message,
    }));
  }
  if (data.fix || data.suggestions) out.data = data;
  return out;
}

function overlaps(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Quick fixes for the diagnostics the editor asks about (its own copies carry our `data`). */
export function quickFixes(doc: TextDocument, diagnostics: readonly Diagnostic[], range: Diagnostic['range']): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diag of diagnostics) {
    if (diag.source !== 'govlint' || !overlaps(diag.range, range)) continue;
    const data = diag.data as DiagnosticData | undefined;
    if (data?.fix) {
      actions.push({
        title: `修复：${diag.message}`,
        kind: 'quickfix',
        diagnostics: [diag],
        isPreferred: true,
        edit: { changes: { [doc.uri]: [textEdit(doc, data.fix)] } },
      });
    }
    for (const s of data?.suggestions ?? []) {
      actions.push({ title: s.message, kind: 'quickfix', diagnostics: [diag], edit: { changes: { [doc.uri]: [textEdit(doc, s.fix)] } } });
    }
  }
  return actions;
}

/** `source.fixAll.govlint`: every safe fix of the document at once, as one whole-text edit. */
export function fixAllAction(doc: TextDocument, output: string): CodeAction {
  return {
    title: 'govlint: 修复全部可自动修复的问题',
    kind: 'source.fixAll.govlint',
    edit: { changes: { [doc.uri]: [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, newText: output }] } },
  };
}
