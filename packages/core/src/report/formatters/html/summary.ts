// The batch summary at the top of the HTML report: worst reports first, then counts by rule and by body.
import type { FileResult } from '../../diagnostic.js';
import { bodiesByProblems, bodyOf, displayPath, escapeHtml as esc, rulesByCount, worstFirst, type Totals } from '../shared.js';
import type { FormatterContext } from '../types.js';
import { words } from './i18n.js';

function num(n: number): string {
  return `<td class="num">${n}</td>`;
}

export function renderSummary(results: FileResult[], t: Totals, ctx: FormatterContext): string {
  const w = words(ctx.lang);
  const worst = worstFirst(results.map((r, i) => ({ ...r, i })))
    .filter((r) => r.messages.length > 0)
    .map((r) => {
      const label = r.model?.meta.title?.value ?? displayPath(r.filePath, ctx.cwd);
      return `<tr><td><a href="#r${r.i}">${esc(label)}</a></td><td>${esc(bodyOf(r) ?? '')}</td>${num(r.errorCount)}${num(r.warningCount)}${num(r.infoCount)}</tr>`;
    });

  const ruleRows = rulesByCount(t).map(([id, e]) => {
    const level = ctx.rulesMeta[id]?.level ?? e.severity;
    return `<tr><td><code>${esc(id)}</code></td><td class="c-${esc(level)}">${esc(level)}</td>${num(e.count)}${num(e.files)}</tr>`;
  });
  const bodyRows = bodiesByProblems(t).map(
    ([body, e]) => `<tr><td>${esc(body || w.unknownBody)}</td>${num(e.files)}${num(e.errors)}${num(e.warnings)}${num(e.infos)}</tr>`,
  );

  const table = (head: string, rows: string[]) =>
    rows.length ? `<table class="list"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>` : '';
  const th = (s: string, numeric = false) => `<th${numeric ? ' class="num"' : ''}>${esc(s)}</th>`;
  return (
    `<section class="summary" id="summary"><h2>${esc(w.summary)}</h2>` +
    `<h3>${esc(w.worst)}</h3>` +
    table(th(w.report) + th(w.body) + th(w.errors, true) + th(w.warnings, true) + th(w.infos, true), worst) +
    `<h3>${esc(w.byRule)}</h3>` +
    table(th(w.rule) + th(w.level) + th(w.count, true) + th(w.files, true), ruleRows) +
    `<h3>${esc(w.byBody)}</h3>` +
    table(th(w.body) + th(w.files, true) + th(w.errors, true) + th(w.warnings, true) + th(w.infos, true), bodyRows) +
    `</section>`
  );
}
