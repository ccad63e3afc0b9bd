// One line per diagnostic, `path:line:col: severity: message [ruleId]`: what vim's errorformat, Emacs
// compilation mode and VS Code problem matchers parse. Severity words stay English so patterns never change
// with --lang.
import type { FileResult } from '../diagnostic.js';
import { displayPath, sortMessages, type Totals } from './shared.js';
import { batchOf, type FormatterContext, type StreamingFormatter } from './types.js';

function file(result: FileResult, ctx: FormatterContext): string {
  const p = displayPath(result.filePath, ctx.cwd);
  return sortMessages(result.messages)
    .map((d) => {
      const sev = d.fatal ? 'error' : d.severity;
      const msg = d.message.replace(/\s*\r?\n\s*/g, ' ');
      const column = ctx.columns === 'byte' && result.source !== undefined ? byteColumn(result.source, d.span.start.offset, d.span.start.column) : d.span.start.column;
      return `${p}:${d.span.start.line}:${column}: ${sev}: ${msg} [${d.ruleId}]\n`;
    })
    .join('');
}

/** The 1-based UTF-8 byte column of `offset`, whose character column on its line is `column`. */
export function byteColumn(source: string, offset: number, column: number): number {
  return Buffer.byteLength(source.slice(Math.max(0, offset - (column - 1)), offset), 'utf8') + 1;
}

function summary(t: Totals): string {
  const n = t.messages;
  return n > 0 ? `\n${n} problem${n === 1 ? '' : 's'}\n` : '';
}

export const unixStreaming: StreamingFormatter = { file, summary };
export const unix = batchOf(unixStreaming);
