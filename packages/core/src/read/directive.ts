// Parses the text of an inline lint-control comment (`govlint-disable a, b -- why`). Shared by every reader
// that finds comments: HTML comments, Word comments, Markdown HTML comments.
import type { Directive } from './document.js';

const DIRECTIVE = /^govlint-(disable-next-line|disable-line|disable|enable)(?=$|[\s,])(.*)$/s;

/** Returns null when the comment is not a govlint directive. */
export function parseDirective(comment: string): Pick<Directive, 'kind' | 'rules'> | null {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return null;
  // Everything after `--` is a free-text reason, as in ESLint.
  const list = m[2].split(/\s--\s|^--\s|\s--$/)[0] ?? '';
  const rules = list
    .split(/[\s,，]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return { kind: m[1] as Directive['kind'], rules };
}
