// `-f html`: one self-contained page (inline CSS and JS, no network) that redraws each report's three tables
// from its model, highlights the offending cells and sentences with the message beside them, and for a batch
// starts with a summary (worst reports first, by rule, by body). Every piece of report text is escaped, and a
// Content-Security-Policy allows only our own script, by hash.
import { createHash } from 'node:crypto';
import type { Diagnostic, FileResult, Severity } from '../../diagnostic.js';
import type { ReportModel } from '../../../model/types.js';
import { lineIndex, type LineIndex } from '../../../util/position.js';
import { displayPath, escapeHtml as esc, lineExcerpt, severityWord, totals } from '../shared.js';
import type { Formatter, FormatterContext } from '../types.js';
import { CSS, SCRIPT } from './assets.js';
import { place, type CellNotes, type Mark, type Note, type Placement } from './annotate.js';
import { words, type Words } from './i18n.js';
import { LAYOUTS, type TableLayout } from './layout.js';
import { renderSummary } from './summary.js';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

function worst(notes: readonly Note[]): Severity {
  return SEVERITY_ORDER.find((s) => notes.some((n) => n.d.severity === s || (s === 'error' && n.d.fatal))) ?? 'info';
}

export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

interface FileView {
  idx: number;
  result: FileResult;
  placement: Placement;
  ctx: FormatterContext;
  w: Words;
  lines: LineIndex | null;
}

function noteId(v: FileView, n: number): string {
  return `r${v.idx}-n${n}`;
}

function renderNote(v: FileView, note: Note): string {
  const { d } = note;
  const docs = safeUrl(d.url ?? v.ctx.rulesMeta[d.ruleId]?.docs);
  const rule = docs
    ? `<a class="rule" href="${esc(docs)}" target="_blank" rel="noopener noreferrer">${esc(d.ruleId)}</a>`
    : `<span class="rule">${esc(d.ruleId)}</span>`;
  const sev = d.fatal ? 'error' : d.severity;
  return (
    `<li class="note sev-${sev}" id="${noteId(v, note.n)}" data-rule="${esc(d.ruleId)}">` +
    `<span class="n">${note.n}</span><span class="sev">${esc(severityWord(d, v.ctx.lang))}</span>` +
    `<span class="msg">${esc(d.message)}</span>${rule}` +
    `<span class="loc">${esc(v.w.line)} ${d.span.start.line}:${d.span.start.column}</span></li>`
  );
}

function renderNotes(v: FileView, notes: readonly Note[]): string {
  return notes.length ? `<ol class="notes">${notes.map((n) => renderNote(v, n)).join('')}</ol>` : '';
}

function badge(v: FileView, note: Note): string {
  const sev = note.d.fatal ? 'error' : note.d.severity;
  return `<a class="badge sev-${sev}" href="#${noteId(v, note.n)}">${note.n}</a>`;
}

function renderValueCell(v: FileView, model: ReportModel, key: string, span: number | undefined): string {
  const cell = model.cells[key];
  const notes: CellNotes | undefined = v.placement.cells.get(key);
  const classes = ['v'];
  const attrs = [`data-key="${esc(key)}"`, `id="r${v.idx}-c-${esc(key)}"`];
  if (span && span > 1) attrs.push(`colspan="${span}"`);
  if (!cell) classes.push('absent');
  let badges = '';
  if (notes?.primary.length) {
    classes.push('hl', `hl-${worst(notes.primary)}`);
    const text = notes.primary.map((n) => n.d.message).join('\n');
    attrs.push(`title="${esc(text)}"`, `data-messages="${esc(text)}"`);
    badges = notes.primary.map((n) => badge(v, n)).join('');
  } else if (notes?.related.length) {
    classes.push('rel');
    attrs.push(`title="${esc(`${v.w.related}: ${notes.related.map((n) => n.d.message).join('\n')}`)}"`);
  }
  const raw = cell ? esc(cell.raw) : '';
  return `<td class="${classes.join(' ')}" ${attrs.join(' ')}>${raw}${badges}</td>`;
}

function renderTable(v: FileView, model: ReportModel, layout: TableLayout): string {
  const info = model.tables[layout.table];
  const laidOut = layout.rows.flatMap((r) => (r.kind === 'cells' ? r.keys : []));
  const notes = v.placement.notes.filter((n) =>
    laidOut.some((k) => v.placement.cells.get(k)?.primary.includes(n)),
  );
  const head = layout.header
    .map((row) => {
      const ths = row.map((h) => {
        const span = `${h.colspan ? ` colspan="${h.colspan}"` : ''}${h.rowspan ? ` rowspan="${h.rowspan}"` : ''}`;
        return `<th${span}>${esc(h.text)}</th>`;
      });
      return `<tr>${ths.join('')}</tr>`;
    })
    .join('');
  const width = Math.max(...layout.rows.map((r) => (r.kind === 'cells' ? r.keys.length + (r.span ? r.span - 1 : 0) : 0)));
  const body = layout.rows
    .map((row) => {
      if (row.kind === 'group') {
        return `<tr><td class="group d${row.depth}" colspan="${width + (layout.labelColumn ? 1 : 0)}">${esc(row.label)}</td></tr>`;
      }
      const label = layout.labelColumn ? `<td class="label d${row.depth}">${esc(row.label)}</td>` : '';
      return `<tr>${label}${row.keys.map((k) => renderValueCell(v, model, k, row.span)).join('')}</tr>`;
    })
    .join('');
  const missing = info && !info.present ? `<p class="meta">${esc(v.w.tableMissing)}</p>` : '';
  // Tables without findings start folded: in a batch, the eye should land on the problems.
  const open = notes.length > 0 || !info?.present ? ' open' : '';
  const count = notes.length ? ` <span class="count">${notes.length}</span>` : '';
  return (
    `<details class="table"${open}><summary><h3>${esc(layout.caption)}${count}</h3></summary>${missing}<div class="pair"><div class="scroll">` +
    `<table class="grid" data-table="${layout.table}"><thead>${head}</thead><tbody>${body}</tbody></table></div>` +
    `${renderNotes(v, notes)}</div></details>`
  );
}

/** Splits a paragraph at every mark boundary so overlapping findings each keep their highlight. */
function renderMarked(v: FileView, text: string, base: number, marks: readonly Mark[]): string {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.min(text.length, Math.max(0, m.start - base)));
    cuts.add(Math.min(text.length, Math.max(0, m.end - base)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = esc(text.slice(from, to));
    const covering = marks.filter((m) => m.start - base <= from && m.end - base >= to).map((m) => m.note);
    if (covering.length === 0) {
      out += piece;
      continue;
    }
    const title = esc(covering.map((n) => n.d.message).join('\n'));
    // Badges go after the last piece of each mark only.
    const ending = marks.filter((m) => Math.min(text.length, m.end - base) === to).map((m) => m.note);
    out += `<mark class="hl hl-${worst(covering)}" title="${title}" data-messages="${title}">${piece}</mark>`;
    out += ending.map((n) => badge(v, n)).join('');
  }
  return out;
}

function renderProse(v: FileView, model: ReportModel): string {
  if (v.placement.paragraphs.size === 0) return '';
  const source = v.result.source;
  const blocks = [...v.placement.paragraphs.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, marks]) => {
      const para = model.paragraphs[index];
      const { start, end } = para.span;
      const fromSource = source !== undefined && end.offset <= source.length;
      const text = fromSource ? source.slice(start.offset, end.offset) : para.text;
      // Without the source, offsets can only be trusted when the paragraph text is the same length.
      const inner =
        fromSource || text.length === end.offset - start.offset
          ? renderMarked(v, text, start.offset, marks)
          : renderMarked(v, text, 0, marks.map((m) => ({ ...m, start: 0, end: text.length })));
      const sec = para.section ? `<div class="sec">${esc(model.sections[para.section]?.heading.text ?? para.section)}</div>` : '';
      return `<div class="pair para-block"><div>${sec}<p class="para">${inner}</p></div>${renderNotes(v, marks.map((m) => m.note).filter((n, i, all) => all.indexOf(n) === i))}</div>`;
    });
  return `<h3>${esc(v.w.prose)}</h3>${blocks.join('')}`;
}

function excerpt(v: FileView, d: Diagnostic): string {
  const text = v.lines ? lineExcerpt(v.lines, d.span.start, 160) : '';
  return text.trim() ? `<pre class="excerpt">${esc(text)}</pre>` : '';
}

function renderOther(v: FileView, title: string): string {
  const notes = v.placement.other;
  if (notes.length === 0) return '';
  const items = notes.map((note) => renderNote(v, note).replace(/<\/li>$/, `${excerpt(v, note.d)}</li>`));
  return `<h3>${esc(title)}</h3><ol class="notes">${items.join('')}</ol>`;
}

export function countsHtml(r: Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount'>, w: Words): string {
  return (
    `<span class="c-error">${esc(w.errors)} ${r.errorCount}</span>` +
    `<span class="c-warning">${esc(w.warnings)} ${r.warningCount}</span>` +
    `<span class="c-info">${esc(w.infos)} ${r.infoCount}</span>`
  );
}

function renderReport(result: FileResult, idx: number, ctx: FormatterContext): string {
  const w = words(ctx.lang);
  const model = result.model;
  // A file with none of the three tables (not a report, a draft of the prose…) gets no empty grids.
  const anyTable = model !== undefined && LAYOUTS.some((l) => model.tables[l.table]?.present);
  const v: FileView = {
    idx,
    result,
    placement: place(result, anyTable),
    ctx,
    w,
    lines: result.source ? lineIndex(result.source) : null,
  };
  const path = displayPath(result.filePath, ctx.cwd);
  const title = model?.meta.title?.value ?? path;
  const meta = model
    ? [
        [w.body, model.meta.body ?? w.unknownBody],
        [w.year, model.meta.year === null ? '—' : String(model.meta.year)],
        [w.template, model.meta.template],
        [w.format, model.meta.format],
      ]
        .map(([k, val]) => `<span>${esc(k)}：${esc(val)}</span>`)
        .join('')
    : '';
  let content: string;
  if (result.messages.length === 0 && !model) content = `<p class="clean">${esc(w.clean)}</p>`;
  else if (!model) content = `<p>${esc(w.noModel)}</p>${renderOther(v, w.other)}`;
  else {
    content =
      (result.messages.length === 0 ? `<p class="clean">${esc(w.clean)}</p>` : '') +
      (anyTable ? LAYOUTS.map((l) => renderTable(v, model, l)).join('') : '') +
      renderProse(v, model) +
      renderOther(v, w.other);
  }
  return (
    `<section class="report" id="r${idx}" data-file="${esc(path)}">` +
    `<h2>${esc(title)}</h2>${title === path ? '' : `<div class="path">${esc(path)}</div>`}` +
    (meta ? `<div class="meta">${meta}</div>` : '') +
    `<div class="counts">${countsHtml(result, w)}</div>${content}</section>`
  );
}

function csp(): string {
  const hash = createHash('sha256').update(SCRIPT).digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'`;
}

function filters(w: Words): string {
  const box = (sev: Severity, label: string) =>
    `<label class="c-${sev}"><input type="checkbox" data-toggle="${sev}" checked> ${esc(label)}</label>`;
  return `<div class="filters">${esc(w.show)}${box('warning', w.warnings)}${box('info', w.infos)}</div>`;
}

export const html: Formatter = (results, ctx) => {
  const w = words(ctx.lang);
  const t = totals(results);
  const tool = ctx.tool ? `${ctx.tool.name} ${ctx.tool.version}` : 'govlint';
  const summary = results.length > 1 ? renderSummary(results, t, ctx) : '';
  return (
    `<!DOCTYPE html>\n<html lang="${ctx.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp()}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(w.title)}</title><style>${CSS}</style></head><body>` +
    `<header class="page"><div><h1>${esc(w.title)}</h1><div class="counts">` +
    `<span>${results.length} ${esc(w.reports)}</span>${countsHtml({ errorCount: t.errors, warningCount: t.warnings, infoCount: t.infos }, w)}` +
    `</div></div>${filters(w)}</header>` +
    summary +
    results.map((r, i) => renderReport(r, i, ctx)).join('\n') +
    `<footer>${esc(w.generatedBy)} · ${esc(tool)}</footer>` +
    `<script>${SCRIPT}</script></body></html>\n`
  );
};
