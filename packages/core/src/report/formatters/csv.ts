// `-f csv`: one row per finding, for a reviewer who sorts and filters hundreds of reports in a spreadsheet.
// UTF-8 with a byte order mark (without it Excel reads the file in the machine's code page and the Chinese is
// garbled), RFC 4180 quoting and CRLF rows, a header in the output language. The body, year and template come
// from the results' `meta` (includeMeta) and the excerpt from their `source`: without them those cells are empty.
import { lineIndex } from '../../util/position.js';
import type { Diagnostic, FileResult, Lang } from '../diagnostic.js';
import { bodyOf, displayPath, lineExcerpt, severityWord, sortMessages } from './shared.js';
import type { Formatter, FormatterContext } from './types.js';

/** About what a spreadsheet column shows without widening it. */
export const EXCERPT_WIDTH = 60;

const HEADERS: Record<Lang, readonly string[]> = {
  zh: ['文件', '机关', '年度', '模板', '规则', '级别', '问题', '行', '列', '原文'],
  en: ['file', 'body', 'year', 'template', 'rule', 'level', 'message', 'line', 'column', 'excerpt'],
};

export type Row = (string | number)[];

export function findingHeaders(lang: Lang): readonly string[] {
  return HEADERS[lang];
}

/** The rows of every finding, file by file in position order: what csv writes and the xlsx findings sheet holds. */
export function findingRows(results: readonly FileResult[], ctx: FormatterContext): Row[] {
  return results.flatMap((r) => {
    const file = displayPath(r.filePath, ctx.cwd);
    const meta = r.meta ?? r.model?.meta;
    const lines = r.source === undefined ? null : lineIndex(r.source);
    const excerpt = (d: Diagnostic) => (lines ? lineExcerpt(lines, d.span.start, EXCERPT_WIDTH).trim() : '');
    return sortMessages(r.messages).map((d): Row => [
      file,
      bodyOf(r) ?? '',
      meta?.year ?? '',
      meta?.template ?? '',
      d.ruleId,
      severityWord(d, ctx.lang),
      d.message,
      d.span.start.line,
      d.span.start.column,
      excerpt(d),
    ]);
  });
}

/**
 * One RFC 4180 field. Text a spreadsheet would run as a formula (=, +, -, @ first: a report is text from
 * anywhere, "=HYPERLINK(…)" included) gets a leading apostrophe, OWASP's advice; a number such as -720 stays.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csv: Formatter = (results, ctx) => {
  const rows = [findingHeaders(ctx.lang), ...findingRows(results, ctx)];
  return '\ufeff' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
};
