// The stylish footer of a batch: findings by rule and reports by body, bodies with errors first, so that a
// reviewer of a whole district's reports sees which rules fire most and which bodies must redo their report
// without scrolling back through every file. From the running totals only: a streamed batch keeps no results.
import type { Colors } from '../../util/ansi.js';
import { maxOf } from '../../util/many.js';
import { displayWidth, padDisplay } from '../../util/width.js';
import type { Lang } from '../diagnostic.js';
import { words } from './html/i18n.js';
import { bodiesByProblems, rulesByCount, severityWord, type Totals } from './shared.js';

/** Bodies listed at most: hundreds of reports are hundreds of bodies; -f html and -f csv list every one. */
export const MAX_BODIES = 20;

/** Columns padded to the widest cell (by display width: a Chinese character takes two). */
function aligned(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, i) => maxOf(rows, (r) => displayWidth(r[i]), 0)) ?? [];
  return rows.map((r) => '  ' + r.map((cell, i) => (i < r.length - 1 ? padDisplay(cell, widths[i]) : cell)).join('  '));
}

const counted = (lang: Lang, n: number, zh: string, en: string, enPlural = `${en}s`) =>
  lang === 'zh' ? `${zh} ${n}` : `${n} ${n === 1 ? en : enPlural}`;

export function breakdown(t: Totals, lang: Lang, c: Colors): string {
  const zh = lang === 'zh';
  const rules = rulesByCount(t).map(([id, r]) => [
    id,
    severityWord({ severity: r.severity }, lang),
    zh ? `${r.count} 次` : `${r.count}×`,
    zh ? `${r.files} 份报告` : `in ${r.files} report${r.files === 1 ? '' : 's'}`,
  ]);
  const bodies = bodiesByProblems(t);
  const shown = bodies.slice(0, MAX_BODIES).map(([body, b]) => [
    body || words(lang).unknownBody,
    zh ? `${b.files} 份报告` : `${b.files} report${b.files === 1 ? '' : 's'}`,
    counted(lang, b.errors, '错误', 'error'),
    counted(lang, b.warnings, '警告', 'warning'),
    counted(lang, b.infos, '提示', 'info', 'info'),
  ]);
  const withErrors = bodies.reduce((n, [, b]) => n + b.filesWithErrors, 0);
  let out = '\n' + c.bold(zh ? '按规则：' : 'By rule:') + '\n' + aligned(rules).join('\n') + '\n';
  out += '\n' + c.bold(zh ? `按机关（有错误的在前；${withErrors} / ${t.files} 份报告有错误）：` : `By body (errors first; ${withErrors} of ${t.files} reports have errors):`) + '\n';
  out += aligned(shown).join('\n') + '\n';
  const rest = bodies.length - shown.length;
  if (rest > 0) out += c.dim(zh ? `  …另有 ${rest} 个机关，完整列表见 -f html 或 -f csv` : `  … ${rest} more bodies: -f html or -f csv lists them all`) + '\n';
  return out;
}
