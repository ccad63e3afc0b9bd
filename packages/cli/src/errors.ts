// How the CLI turns any thrown error into one line for the user and an exit code. Recognises core's
// ConfigError by name, so that `--help` and `--version` never have to load core.
import type { ConfigError, Lang } from '@govlint/core/runtime';
import { t, UsageError } from './i18n.js';
import { errorMessage } from './io.js';

export function isConfigError(err: unknown): err is ConfigError {
  return err instanceof Error && err.name === 'ConfigError';
}

/** The line to print for an error that ends the run (always exit 2). */
export function describeFatal(err: unknown, lang: Lang): string {
  if (err instanceof UsageError) return err.message;
  if (isConfigError(err)) return typeof err.format === 'function' ? err.format(lang) : err.message;
  return t(lang, 'unexpected', errorMessage(err));
}
