// Config and pack problems: the CLI prints them as `file:line:column: message` and exits 2.
import type { Lang } from '../report/diagnostic.js';

export interface Localized {
  zh: string;
  en: string;
}

export interface SourcePosition {
  line: number;
  column: number;
}

export class ConfigError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Both languages, so a caller can re-render in the user's language. */
  readonly texts: Localized;

  constructor(file: string, texts: Localized, position?: SourcePosition, lang: Lang = 'zh') {
    super(formatConfigError(file, texts[lang], position));
    this.name = 'ConfigError';
    this.file = file;
    this.texts = texts;
    if (position) {
      this.line = position.line;
      this.column = position.column;
    }
  }

  /** The same error as text in `lang`. */
  format(lang: Lang): string {
    return formatConfigError(this.file, this.texts[lang], this.line === undefined ? undefined : { line: this.line, column: this.column ?? 1 });
  }
}

function formatConfigError(file: string, text: string, position?: SourcePosition): string {
  return position ? `${file}:${position.line}:${position.column}: ${text}` : `${file}: ${text}`;
}
