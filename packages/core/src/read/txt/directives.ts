// Plain-text lint control: a line of its own reading `govlint-disable rule-a, rule-b`, `govlint-enable`,
// `govlint-disable-next-line rule`, optionally after `#` or `//` (and, for Markdown, inside an HTML comment).
import type { Directive } from '../document.js';
import { parseDirective } from '../directive.js';

export type TextDirective = Pick<Directive, 'kind' | 'rules'>;

export function parseTextDirective(line: string): TextDirective | null {
  if (!line.includes('govlint-')) return null;
  const m = /^\s*(?:#+|\/\/)?\s*(govlint-[\s\S]*)$/.exec(line);
  return m ? parseDirective(m[1]) : null;
}
