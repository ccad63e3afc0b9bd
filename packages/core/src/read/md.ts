// The Markdown reader: remark-parse (CommonMark) gives the tree and positions. GFM tables are read by a line scan
// (md-tables.ts) and built directly (md-table-node.ts) or, when their cells hold markup, parsed on their own with
// remark-gfm; a document the scan cannot vouch for is parsed whole with remark-gfm, as before. Either way the
// tables are those remark-gfm makes (test/formats/md-tables.test.ts compares the two). On top of that:
// - `<!-- govlint-disable … -->` comments become directives (an inline comment after text: disable-line);
// - paragraphs that hold tables GFM does not recognise (pipe rows without a delimiter row, one cell per line —
//   common in OCR'd or crawled Markdown) are rescanned with the plain-text table scanner, and GFM tables that
//   swallowed pipe-less lines are cut back.
// Prose is CommonMark only: GFM's autolinks, strikethrough (a single "~" in "1~12月") and footnotes are not
// applied to it, except in documents that fall back to remark-gfm.
import type { Html, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import type { Directive, Document } from './document.js';
import { parseDirective } from './directive.js';
import { tableNode } from './md-table-node.js';
import { scanTables, type TableSegment } from './md-tables.js';
import type { ReaderContext } from './types.js';
import { scanLines } from './txt/index.js';
import { lineIndex, lineText, spanAt, type LineIndex } from '../util/position.js';
import { isValueLike } from '../util/number.js';
import { remarkGfm, remarkParse, unified } from '../vendor/markdown.js';
import { appendAll } from '../util/many.js';

const commonmark = unified().use(remarkParse);
const gfm = unified().use(remarkParse).use(remarkGfm);
const COMMENT = /<!--([\s\S]*?)-->/g;

export function readMarkdown(text: string, ctx?: ReaderContext): Document {
  const index = lineIndex(text);
  return markdownDocument(parseMarkdown(index), index, ctx);
}

/** The tree remark + remark-gfm would give for the tables, with CommonMark prose (see the header). */
export function parseMarkdown(index: LineIndex): Root {
  const { text } = index;
  const scan = scanTables(index);
  if (scan.fallback) return gfm.parse(text);
  if (scan.segments.length === 0) return commonmark.parse(text);
  const root = commonmark.parse(blankOut(text, scan.segments));
  // A container that the blanked segment no longer ends (a list whose item goes on after the table) would
  // swallow the table's place: rare, and remark-gfm then decides.
  if (overlaps(root.children, scan.segments)) return gfm.parse(text);
  const tables = scan.segments.flatMap((s) => (s.simple ? [tableNode(index, s)] : parseSegment(text, s)));
  root.children = mergeByOffset(root.children, tables);
  return root;
}

/** Directives and the text-scanner rescans on a parsed tree: the rest of reading a Markdown file. */
export function markdownDocument(root: Root, index: LineIndex, ctx?: ReaderContext): Document {
  const directives: Directive[] = [];
  collectDirectives(root, index, directives, false);
  root.children = rescanChildren(root.children, index, directives);
  directives.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return {
    format: 'md',
    text: index.text,
    root,
    directives,
    ...(ctx?.decode ? { decode: ctx.decode } : {}),
    problems: [],
  };
}

/** The text with the segments' characters turned into spaces (line breaks kept): same length, same offsets. */
function blankOut(text: string, segments: readonly TableSegment[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of segments) {
    parts.push(text.slice(at, s.start));
    // Line by line: a run of spaces per line is far cheaper than a replacement callback per character.
    let from = s.start;
    for (let i = s.start; i < s.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        parts.push(' '.repeat(i - from), text[i]);
        from = i + 1;
      }
    }
    parts.push(' '.repeat(s.end - from));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** A segment parsed on its own with remark-gfm, its positions moved to where it is in the document. */
function parseSegment(text: string, s: TableSegment): RootContent[] {
  const children = gfm.parse(text.slice(s.start, s.end)).children;
  const stack: Nodes[] = [...children];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.position) {
      for (const p of [n.position.start, n.position.end]) {
        p.line += s.from - 1;
        if (p.offset !== undefined) p.offset += s.start;
      }
    }
    if ('children' in n) appendAll(stack, n.children as Nodes[]);
  }
  return children;
}

function overlaps(children: readonly RootContent[], segments: readonly TableSegment[]): boolean {
  let k = 0;
  for (const c of children) {
    const a = c.position?.start.offset ?? 0;
    const b = c.position?.end.offset ?? a;
    while (k < segments.length && segments[k].end <= a) k++;
    if (k < segments.length && segments[k].start < b) return true;
  }
  return false;
}

/** Two lists of top-level nodes, each in document order, merged by start offset. */
function mergeByOffset(a: RootContent[], b: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let i = 0;
  let j = 0;
  const start = (n: RootContent): number => n.position?.start.offset ?? 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && start(a[i]) <= start(b[j]))) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Walk the tree for HTML comments holding directives. */
function collectDirectives(node: Root | RootContent, index: LineIndex, out: Directive[], inline: boolean): void {
  if (node.type === 'html') {
    appendAll(out, directivesIn(node, index, inline));
    return;
  }
  if ('children' in node) {
    const childInline = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
    for (const child of node.children) collectDirectives(child as RootContent, index, out, inline || childInline);
  }
}

function directivesIn(node: Html, index: LineIndex, inline: boolean): Directive[] {
  const start = node.position?.start.offset;
  if (start === undefined) return [];
  const out: Directive[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(node.value); m; m = COMMENT.exec(node.value)) {
    const d = parseDirective(m[1]);
    if (!d) continue;
    // A comment after text on the same line controls that line, whatever word it uses for "disable".
    const kind = inline && d.kind === 'disable' && hasTextBefore(index.text, start + m.index) ? 'disable-line' : d.kind;
    out.push({ kind, rules: d.rules, span: spanAt(index, start + m.index, start + m.index + m[0].length) });
  }
  return out;
}

function hasTextBefore(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0 && text[i] !== '\n' && text[i] !== '\r'; i--) if (/\S/.test(text[i])) return true;
  return false;
}

/**
 * Runs of consecutive paragraphs whose lines the text scanner reads as tables or section headings are replaced by
 * the scanner's nodes (tables, headings, one paragraph per line); other paragraphs stay as remark made them.
 * Runs, not single paragraphs, because a blank-line-separated dump (one cell per paragraph) is one table; lists
 * are entered because OCR'd Markdown without blank lines turns "1. …" into a list that swallows what follows.
 */
function rescanChildren(children: RootContent[], index: LineIndex, directives: Directive[]): RootContent[] {
  const out: RootContent[] = [];
  let run: Paragraph[] = [];
  const flush = (): void => {
    if (run.length > 0) appendAll(out, rescanRun(run, index, directives));
    run = [];
  };
  for (const child of children) {
    if (child.type === 'paragraph' && child.position) {
      run.push(child);
      continue;
    }
    flush();
    if (child.type === 'table') appendAll(out, splitLazyRows(child, index, directives));
    else {
      if (child.type === 'list' || child.type === 'listItem') child.children = rescanChildren(child.children, index, directives) as typeof child.children;
      out.push(child);
    }
  }
  flush();
  return out;
}

function rescanRun(run: Paragraph[], index: LineIndex, directives: Directive[]): RootContent[] {
  const { nodes, directives: found } = scanLines(index, run[0].position!.start.line, run[run.length - 1].position!.end.line);
  if (!nodes.some((n) => (n.type === 'table' && !isWrappedProse(n, index)) || n.type === 'heading')) return run;
  const known = new Set(directives.map((d) => d.span.start.offset));
  appendAll(directives, found.filter((d) => !known.has(d.span.start.offset)));
  return rejoinParagraphs(nodes, run);
}

/**
 * The scanner gives one paragraph per line; lines that were one Markdown paragraph (a hard-wrapped text above or
 * below a table) become one again, their line breaks kept as breaks, so that their soft wraps are read as in any
 * other paragraph (model/soft-wrap.ts).
 */
function rejoinParagraphs(nodes: RootContent[], run: readonly Paragraph[]): RootContent[] {
  const out: RootContent[] = [];
  // Nodes and paragraphs are both in line order: one pointer finds the paragraph that holds a line (linear).
  let k = 0;
  const owner = (line: number): number => {
    while (k < run.length && run[k].position!.end.line < line) k++;
    return k < run.length && run[k].position!.start.line <= line ? k : -1;
  };
  let lastOwner = -1;
  for (const node of nodes) {
    const last = out[out.length - 1];
    const here = node.position ? owner(node.position.start.line) : -1;
    if (node.type === 'paragraph' && last?.type === 'paragraph' && last.position && node.position) {
      if (here >= 0 && here === lastOwner && node.position.start.line === last.position.end.line + 1) {
        const at = last.position.end;
        last.children.push({ type: 'break', position: { start: at, end: at } }, ...node.children);
        last.position = { start: last.position.start, end: node.position.end };
        continue;
      }
    }
    out.push(node);
    lastOwner = node.type === 'paragraph' ? here : -1;
  }
  return out;
}

/**
 * A "spaced table" that is hard-wrapped prose: lines that happen to end in a number after a space ("…全年共收到 61"
 * / "件，…"). Their rows hold a clause (a comma; no template label has one) and at most two numbers, where the rows
 * of a real spaced table hold a label and its columns. The paragraphs stay as they are, so that their lines are
 * read (and joined) as prose.
 */
function isWrappedProse(table: Table, index: LineIndex): boolean {
  if (table.data?.shape !== 'spaced') return false;
  let clause = false;
  for (const row of table.children) {
    let values = 0;
    for (const cell of row.children) if (cell.children.length > 0 && isValueLike(lineCell(cell, index))) values++;
    if (values > 2) return false;
    const p = row.position;
    if (p && CLAUSE.test(index.text.slice(p.start.offset, p.end.offset))) clause = true;
  }
  return clause;
}

const CLAUSE = /[，,]/;

function lineCell(cell: Table['children'][number]['children'][number], index: LineIndex): string {
  const p = cell.position;
  return p ? index.text.slice(p.start.offset, p.end.offset).trim() : '';
}

/**
 * GFM keeps a table going over every following line up to a blank line, pipes or not. In crawled Markdown (a
 * `标题: | … |` metadata row, then `---|---|`, then the whole report without blank lines) that swallows the
 * report: the first row whose line has no pipe ends the table, and the lines from there are scanned as text.
 */
function splitLazyRows(table: Table, index: LineIndex, directives: Directive[]): RootContent[] {
  table.data = { ...table.data, shape: table.data?.shape ?? 'gfm' };
  const cut = table.children.findIndex((row, k) => k > 0 && row.position !== undefined && !lineHasPipe(index, row.position.start.line));
  if (cut < 0 || !table.position) return [table];
  const rest = table.children.slice(cut);
  const from = rest[0].position!.start.line;
  const to = table.position.end.line;
  table.children = table.children.slice(0, cut);
  const last = table.children[table.children.length - 1].position!;
  table.position = { start: table.position.start, end: last.end };
  const { nodes, directives: found } = scanLines(index, from, to);
  appendAll(directives, found);
  return [table, ...nodes];
}

function lineHasPipe(index: LineIndex, line: number): boolean {
  return lineText(index, line).includes('|');
}
