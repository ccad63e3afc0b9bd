// The Markdown reader: remark (CommonMark + GFM) gives the tree and positions. Two additions on top:
// - `<!-- govlint-disable … -->` comments become directives (an inline comment after text: disable-line);
// - paragraphs that hold tables GFM does not recognise (pipe rows without a delimiter row, one cell per line —
//   common in OCR'd or crawled Markdown) are rescanned with the plain-text table scanner, and GFM tables that
//   swallowed pipe-less lines are cut back.
import type { Html, Paragraph, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Directive, Document } from './document.js';
import { parseDirective } from './directive.js';
import type { ReaderContext } from './types.js';
import { scanLines } from './txt/index.js';
import { lineIndex, lineText, spanAt, type LineIndex } from '../util/position.js';

const parser = unified().use(remarkParse).use(remarkGfm);
const COMMENT = /<!--([\s\S]*?)-->/g;

export function readMarkdown(text: string, ctx?: ReaderContext): Document {
  const root = parser.parse(text) as Root;
  const index = lineIndex(text);
  const directives: Directive[] = [];
  collectDirectives(root, index, directives, false);
  root.children = rescanChildren(root.children, index, directives);
  directives.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return {
    format: 'md',
    text,
    root,
    directives,
    ...(ctx?.decode ? { decode: ctx.decode } : {}),
    problems: [],
  };
}

/** Walk the tree for HTML comments holding directives. */
function collectDirectives(node: Root | RootContent, index: LineIndex, out: Directive[], inline: boolean): void {
  if (node.type === 'html') {
    out.push(...directivesIn(node, index, inline));
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
    if (run.length > 0) out.push(...rescanRun(run, index, directives));
    run = [];
  };
  for (const child of children) {
    if (child.type === 'paragraph' && child.position) {
      run.push(child);
      continue;
    }
    flush();
    if (child.type === 'table') out.push(...splitLazyRows(child, index, directives));
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
  if (!nodes.some((n) => n.type === 'table' || n.type === 'heading')) return run;
  directives.push(...found.filter((d) => !directives.some((e) => e.span.start.offset === d.span.start.offset)));
  return nodes;
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
  directives.push(...found);
  return [table, ...nodes];
}

function lineHasPipe(index: LineIndex, line: number): boolean {
  return lineText(index, line).includes('|');
}
