// Findings of the rules → Diagnostics: level resolved, message rendered, docs URL and (only for fixable rules)
// the fix attached.
import type { RuleOutcome } from '../engine/runner.js';
import type { Finding, LoadedRule } from '../engine/types.js';
import type { Diagnostic, Lang } from './diagnostic.js';
import { cellLabel, columnLabel } from '../model/cell-labels.js';
import { CORE_MESSAGES, localize, renderTemplate, type Texts } from './messages.js';

export function toDiagnostics(outcomes: readonly RuleOutcome[], lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { rule, findings, level } of outcomes) {
    if (level === 'off') continue;
    for (const f of findings) {
      const severity = f.fatal ? 'error' : (f.level ?? level);
      if (severity === 'off') continue;
      out.push(toDiagnostic(rule, f, severity, lang));
    }
  }
  return out;
}

function toDiagnostic(rule: LoadedRule, f: Finding, severity: Diagnostic['severity'], lang: Lang): Diagnostic {
  const messageId = f.messageId ?? defaultMessageId(rule);
  const data = withLabels(f, lang);
  const d: Diagnostic = {
    ruleId: rule.id,
    pack: rule.pack,
    severity,
    message: renderTemplate(localize(messageTemplate(rule, messageId), lang), data),
    span: f.span,
  };
  if (messageId) d.messageId = messageId;
  if (f.data) d.data = f.data;
  if (f.key) d.key = f.key;
  if (rule.url) d.url = rule.url;
  if (f.fix && rule.raw.fixable === true) d.fix = f.fix;
  if (f.related && f.related.length > 0) d.related = f.related;
  if (f.fatal) d.fatal = true;
  return d;
}

/** `{{label}}` (the cell's row·column) and `{{groupLabel}}` (a column's label) for templates that use them. */
function withLabels(f: Finding, lang: Lang): Finding['data'] {
  if (!f.key) return f.data;
  const data = { ...f.data };
  data.label ??= cellLabel(f.key, lang) ?? f.key;
  const group = f.data?.group;
  if (typeof group === 'string') data.groupLabel ??= columnLabel(f.key.split('.')[0], group) ?? group;
  return data;
}

function defaultMessageId(rule: LoadedRule): string | undefined {
  const own = Object.keys(rule.raw.messages ?? {});
  return own.length === 1 ? own[0] : undefined;
}

/**
 * The rule's own message for the id, else its single `message` (not for secondary findings such as
 * `unverifiable`, which keep their type's wording), else the type's default, else core's, else the description.
 */
export function messageTemplate(rule: LoadedRule, messageId: string | undefined): Texts {
  const { raw, type } = rule;
  if (messageId && raw.messages?.[messageId]) return raw.messages[messageId];
  const secondary = messageId !== undefined && (type.secondaryMessages ?? []).includes(messageId);
  if (raw.message && !secondary) return raw.message;
  if (messageId && type.messages[messageId]) return type.messages[messageId];
  if (messageId && messageId in CORE_MESSAGES) return CORE_MESSAGES[messageId as keyof typeof CORE_MESSAGES];
  return raw.message ?? raw.description;
}
