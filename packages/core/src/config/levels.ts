// A rule level as people write it: govlint's words, or ESLint's (warn, and 0/1/2 for off/warning/error), in a
// config file or on the command line. One reading for both.
import type { Level } from '../report/diagnostic.js';

export const LEVELS: readonly Level[] = ['error', 'warning', 'info', 'off'];
const ALIASES: Readonly<Record<string, Level>> = { warn: 'warning', '0': 'off', '1': 'warning', '2': 'error' };

/** The level `written` names, or undefined when it names none. */
export function levelOf(written: unknown): Level | undefined {
  if (typeof written === 'number') return ALIASES[String(written)];
  if (typeof written !== 'string') return undefined;
  return (LEVELS as readonly string[]).includes(written) ? (written as Level) : ALIASES[written];
}
