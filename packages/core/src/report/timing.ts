// Where a batch's time went (--timing), summed over the files actually linted: ESLint's TIMING table of the
// slowest rules, plus the stages, so that a pack author sees which rules cost and how the rules compare with
// reading the files.
import type { Lang, LintStats } from './diagnostic.js';
import { displayWidth, padDisplay } from '../util/width.js';

export interface TimingTotals {
  /** Files that carried stats (not those answered from the cache, nor those that could not be read). */
  files: number;
  parse: number;
  load: number;
  rules: number;
  report: number;
  perRule: Map<string, number>;
}

export function emptyTiming(): TimingTotals {
  return { files: 0, parse: 0, load: 0, rules: 0, report: 0, perRule: new Map() };
}

export function addTiming(totals: TimingTotals, stats: LintStats | undefined): void {
  if (!stats) return;
  totals.files += 1;
  totals.parse += stats.parse;
  totals.load += stats.load;
  totals.rules += stats.rules;
  totals.report += stats.report;
  for (const [id, ms] of Object.entries(stats.perRule)) totals.perRule.set(id, (totals.perRule.get(id) ?? 0) + ms);
}

const TEXT = {
  title: { zh: (files: number) => `规则耗时（${files} 个文件，毫秒）`, en: (files: number) => `Rule timing (${files} file(s), ms)` },
  none: { zh: '没有文件经过检查（结果都来自 --cache，或文件无法读取），没有耗时可报', en: 'No file went through the rules (all answered from --cache, or unreadable): no timing to show' },
  rule: { zh: '规则', en: 'Rule' },
  time: { zh: '时间', en: 'Time' },
  share: { zh: '占比', en: 'Relative' },
  more: { zh: (n: number) => `……另有 ${n} 条规则（GOVLINT_TIMING=all 显示全部）`, en: (n: number) => `… ${n} more rule(s) (GOVLINT_TIMING=all shows all)` },
  stages: {
    zh: (p: string, l: string, r: string, share: string, rep: string) => `阶段：读取与建模 ${p} · 加载规则引擎与脚本 ${l} · 规则 ${r}（为读取与建模的 ${share}）· 生成报告 ${rep}`,
    en: (p: string, l: string, r: string, share: string, rep: string) =>
      `Stages: reading and modelling ${p} · loading the rule engine and scripts ${l} · rules ${r} (${share} of reading and modelling) · report ${rep}`,
  },
} as const;

/** The table of the `rows` slowest rules (Infinity: all), then the stages; plain text, no colour. */
export function formatTiming(totals: TimingTotals, rows: number, lang: Lang): string {
  if (totals.files === 0) return `${TEXT.none[lang]}\n`;
  const entries = [...totals.perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const sum = entries.reduce((s, [, ms]) => s + ms, 0);
  const shown = entries.slice(0, rows);
  const idWidth = Math.max(...shown.map(([id]) => displayWidth(id)), displayWidth(TEXT.rule[lang]), 12);
  const ms = (n: number) => n.toFixed(3);
  const pct = (part: number, whole: number) => `${whole > 0 ? ((100 * part) / whole).toFixed(1) : '0.0'}%`;
  const timeWidth = Math.max(...shown.map(([, t]) => ms(t).length), 8);
  const lines = [
    TEXT.title[lang](totals.files),
    `${padDisplay(TEXT.rule[lang], idWidth)}  ${padDisplay(TEXT.time[lang], timeWidth, 'right')}  ${padDisplay(TEXT.share[lang], 8, 'right')}`,
    ...shown.map(([id, t]) => `${padDisplay(id, idWidth)}  ${ms(t).padStart(timeWidth)}  ${pct(t, sum).padStart(8)}`),
  ];
  if (entries.length > shown.length) lines.push(TEXT.more[lang](entries.length - shown.length));
  lines.push(TEXT.stages[lang](`${ms(totals.parse)} ms`, `${ms(totals.load)} ms`, `${ms(totals.rules)} ms`, pct(totals.rules, totals.parse), `${ms(totals.report)} ms`));
  return `${lines.join('\n')}\n`;
}
