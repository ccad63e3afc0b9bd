// The default human format (ESLint's "stylish"): one block per file, columns aligned by display width so
// Chinese messages line up, and a one-line summary.
import { createColors, type Colors } from '../../util/ansi.js';
import { displayWidth, padDisplay } from '../../util/width.js';
import type { Diagnostic, FileResult } from '../diagnostic.js';
import { displayPath, plural, severityWord, sortMessages, type Totals } from './shared.js';
import { batchOf, type FormatterContext, type StreamingFormatter } from './types.js';
import { maxOf } from '../../util/many.js';
import { breakdown } from './breakdown.js';

/** Messages longer than this are not padded, so one long message does not push every rule id off screen. */
const MAX_ALIGNED_MESSAGE = 60;

function paint(d: Diagnostic, text: string, c: Colors): string {
  if (d.fatal || d.severity === 'error') return c.red(text);
  return d.severity === 'warning' ? c.yellow(text) : c.blue(text);
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

function file(result: FileResult, ctx: FormatterContext): string {
  if (result.messages.length === 0) return '';
  const c = createColors(ctx.color);
  const messages = sortMessages(result.messages);
  const rows = messages.map((d) => ({
    d,
    pos: `${d.span.start.line}:${d.span.start.column}`,
    sev: severityWord(d, ctx.lang),
    msg: oneLine(d.message),
  }));
  const posW = maxOf(rows, (r) => r.pos.length, 0);
  const sevW = maxOf(rows, (r) => displayWidth(r.sev), 0);
  const msgW = Math.min(MAX_ALIGNED_MESSAGE, maxOf(rows, (r) => displayWidth(r.msg), 0));
  const lines = rows.map(({ d, pos, sev, msg }) => {
    const parts = [
      '  ' + c.dim(padDisplay(pos, posW, 'right')),
      paint(d, padDisplay(sev, sevW), c),
      padDisplay(msg, msgW),
      c.gray(d.ruleId),
    ];
    return parts.join('  ').trimEnd();
  });
  return `${c.underline(displayPath(result.filePath, ctx.cwd))}\n${lines.join('\n')}\n\n`;
}

function summary(t: Totals, ctx: FormatterContext): string {
  const c = createColors(ctx.color);
  const problems = t.errors + t.warnings + t.infos;
  const zh = ctx.lang === 'zh';
  if (problems === 0) {
    const files = plural(ctx.lang, t.files, '文件', 'file');
    return c.green(zh ? `✔ 已检查 ${files}，未发现问题。` : `✔ ${files} checked, no problems found.`) + '\n';
  }
  const parts = [
    plural(ctx.lang, t.errors, '错误', 'error'),
    plural(ctx.lang, t.warnings, '警告', 'warning'),
    plural(ctx.lang, t.infos, '提示', 'info', 'info'),
  ];
  const head = zh
    ? `✖ ${plural('zh', problems, '问题', '')}（${parts.join('，')}）`
    : `✖ ${plural('en', problems, '', 'problem')} (${parts.join(', ')})`;
  const paintSummary = t.errors > 0 ? c.red : t.warnings > 0 ? c.yellow : c.blue;
  let out = paintSummary(c.bold(head)) + '\n';
  if (t.fixable > 0) {
    out += zh
      ? `  其中 ${t.fixable} 个可用 --fix 自动修复。\n`
      : `  ${plural('en', t.fixable, '', 'problem')} potentially fixable with the --fix option.\n`;
  }
  // One file's findings are all above: a breakdown only repeats them.
  if (t.files > 1) out += breakdown(t, ctx.lang, c);
  return out;
}

export const stylishStreaming: StreamingFormatter = { file, summary };
export const stylish = batchOf(stylishStreaming);
