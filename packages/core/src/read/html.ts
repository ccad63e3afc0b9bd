// HTML reader: a page or a fragment (CMS article, Word "save as web page") → Document. Positions are source
// positions in the HTML text, so diagnostics point at the right line of the .html file.
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { RootContent, TableCell, TableRow } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { DecodeInfo, Directive, Document, Point, ReadProblem, Span } from './document.js';
import { parseDirective } from './directive.js';
import { expandGrid, gridSizeBound, MAX_GRID_SLOTS, type SourceCell } from './grid.js';
import { flattenDeepTags } from './html-depth.js';
import { HARD_SPACE, joinFragments, type Fragment, type Piece } from './html-text.js';
import * as md from './mdast-build.js';
import { lineIndex, pointAt, type LineIndex } from '../util/position.js';

const START: Point = { line: 1, column: 1, offset: 0 };

type HastNode = HastContent | ElementContent;

// Not content: their text would pollute paragraphs. `xml` is Word's inline metadata island.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'meta', 'link', 'xml', 'object', 'iframe', 'svg', 'math', 'select', 'button']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6',
]);
const HEADING = /^h([1-6])$/;
// hast-util-from-parse5 recurses per nesting level; below this depth it is safe on Node's default stack.
const SAFE_DEPTH = 400;

const parser = unified().use(rehypeParse, { fragment: true });

function parseHtml(source: string, problems: ReadProblem[]): HastRoot {
  const deepProblem = {
    message: `HTML 嵌套过深，已忽略第 ${SAFE_DEPTH} 层以下的标签 (HTML nested too deeply: tags below depth ${SAFE_DEPTH} were ignored)`,
    fatal: false,
  };
  // A linear pre-pass: blanking the deep wrappers up front is far cheaper than letting the parser overflow.
  const flat = flattenDeepTags(source, SAFE_DEPTH);
  if (flat.dropped > 0) problems.push(deepProblem);
  try {
    return parser.parse(flat.html);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    // The structure itself nests too deep (tables in tables…): blank every deep tag.
    if (flat.dropped === 0) problems.push(deepProblem);
    return parser.parse(flattenDeepTags(source, SAFE_DEPTH, false).html);
  }
}

function pos(node: { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } }): Span | undefined {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return undefined;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  };
}

function children(node: HastRoot | Element): HastNode[] {
  return node.type === 'element' && node.tagName === 'template' ? [] : node.children;
}

/** Depth-first, in document order, without recursion; `enter` returns false to skip a subtree. */
function walk(start: HastNode[], enter: (n: HastNode) => boolean, leave?: (n: Element) => void): void {
  const stack: { node: HastNode; exit?: true }[] = start.map((node) => ({ node })).reverse();
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as { node: HastNode; exit?: true };
    if (exit) {
      leave?.(node as Element);
      continue;
    }
    if (!enter(node) || node.type !== 'element') continue;
    if (leave) stack.push({ node, exit: true });
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] });
  }
}

/** `<!-- govlint-disable … -->` anywhere in the page, in document order. */
function directivesOf(tree: HastRoot): Directive[] {
  const out: Directive[] = [];
  walk(tree.children, (n) => {
    if (n.type === 'comment') {
      const d = parseDirective(n.value);
      const span = pos(n);
      if (d && span) out.push({ ...d, span });
    }
    return n.type === 'element';
  });
  return out;
}

/** Text of an element with block boundaries as spaces (for cells, titles, captions). */
function fragmentsOf(el: Element): Fragment[] {
  const out: Fragment[] = [];
  walk(children(el), (n) => {
    if (n.type === 'text') out.push({ value: n.value, pos: pos(n) });
    else if (n.type === 'element') {
      if (SKIP.has(n.tagName)) return false;
      if (n.tagName === 'br' || BLOCK.has(n.tagName) || n.tagName === 'table') out.push({ value: HARD_SPACE });
    }
    return true;
  });
  return out;
}

function hasDescendant(el: Element, tag: string): boolean {
  let found = false;
  walk(children(el), (n) => {
    if (found || n.type !== 'element') return false;
    if (n.tagName === tag) found = true;
    return !found;
  });
  return found;
}

/** The `<tr>` of a table, its own only (nested tables are not looked into). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  walk(children(table), (n) => {
    if (n.type !== 'element') return false;
    if (n.tagName === 'tr') rows.push(n);
    return n.tagName === 'thead' || n.tagName === 'tbody' || n.tagName === 'tfoot';
  });
  return rows;
}

function spanAttr(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? '1'), 10);
  return Number.isFinite(n) ? n : 1;
}

/**
 * A table that holds another table, or a single cell, is page layout (CMS article frames, Word text boxes):
 * its content is read as ordinary blocks instead.
 */
function isLayoutTable(table: Element): boolean {
  if (hasDescendant(table, 'table')) return true;
  const rows = rowsOf(table);
  return rows.length <= 1 && rows.every((r) => r.children.filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).length <= 1);
}

function convertTable(el: Element, source: LineIndex, out: RootContent[], problems: ReadProblem[]): void {
  const tablePos = pos(el) ?? { start: START, end: START };
  const caption = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  if (caption) pushBlock(fragmentsOf(caption), source, pos(caption) ?? tablePos, 0, out);
  const rows = rowsOf(el);
  if (rows.length === 0) return;
  const rowPos = rows.map((r) => pos(r) ?? tablePos);
  const cells: SourceCell<CellPos>[][] = rows.map((tr, r) =>
    tr.children
      .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
      .map((td) => {
        const { value, span, pieces } = joinFragments(fragmentsOf(td), source);
        return {
          text: value,
          pos: { span: span ?? pos(td) ?? rowPos[r], pieces },
          colSpan: spanAttr(td.properties.colSpan),
          rowSpan: spanAttr(td.properties.rowSpan ?? 1),
        };
      }),
  );
  if (gridSizeBound(cells) > MAX_GRID_SLOTS) problems.push(oversizedTable(tablePos));
  const grid = expandGrid(cells, (r) => ({ span: { start: rowPos[r].end, end: rowPos[r].end }, pieces: [] }));
  const mdRows: TableRow[] = grid.map((slots, r) =>
    md.tableRow(
      slots.map((s): TableCell => md.tableCell(s.spanned ? '' : toPieces(s.pos.pieces), s.pos.span, s.spanned)),
      rowPos[r],
    ),
  );
  out.push(md.table(mdRows, 'html', tablePos));
}

function oversizedTable(at: Span): ReadProblem {
  return {
    message: `表格过大，合并单元格未展开 (table too large: more than ${MAX_GRID_SLOTS} cells once spans are expanded, read cell by cell)`,
    span: at,
    fatal: false,
  };
}

/** Emits one paragraph or heading for the fragments, if they hold any visible text. */
function pushBlock(fragments: Fragment[], source: LineIndex, fallback: Span, depth: number, out: RootContent[]): void {
  const { value, span, pieces } = joinFragments(fragments, source);
  if (value === '') return;
  const at = span ?? fallback;
  const content = pieces.length > 0 ? toPieces(pieces) : value;
  out.push(depth > 0 ? md.heading(depth, content, at) : md.paragraph(content, at));
}

/** Where a cell is: its visible text's extent and the pieces of that text. */
interface CellPos {
  span: Span;
  pieces: Piece[];
}

function toPieces(pieces: Piece[]): md.TextPiece[] {
  return pieces.map((p) => ({ value: p.value, position: p.span }));
}

function blockText(b: RootContent): string {
  if (b.type === 'paragraph' || b.type === 'heading') return b.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  if (b.type === 'table') return b.children.flatMap((r) => r.children.map(md.cellText)).join('');
  return '';
}

function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

export function readHtml(text: string, ctx: { filePath: string; bytes?: Uint8Array; decode?: DecodeInfo }): Document {
  const problems: ReadProblem[] = [];
  const tree = parseHtml(text, problems);
  const index = lineIndex(text);
  const blocks: RootContent[] = [];
  let title: { value: string; span: Span } | null = null;

  let pending: Fragment[] = [];
  let pendingPos: Span = { start: START, end: START };
  const headingDepths: number[] = [0];
  const flush = (): void => {
    if (pending.length > 0) pushBlock(pending, index, pendingPos, headingDepths[headingDepths.length - 1], blocks);
    pending = [];
  };

  walk(
    tree.children,
    (n) => {
      if (n.type === 'text') {
        const p = pos(n);
        if (pending.length === 0 && p) pendingPos = p;
        pending.push({ value: n.value, pos: p });
        return false;
      }
      if (n.type !== 'element') return false;
      const tag = n.tagName;
      if (tag === 'title') {
        const t = joinFragments(fragmentsOf(n), index);
        if (t.value !== '' && !title) title = { value: t.value, span: t.span ?? pos(n) ?? pendingPos };
        return false;
      }
      if (SKIP.has(tag)) return false;
      if (tag === 'br' || tag === 'hr') {
        flush();
        return false;
      }
      if (tag === 'table' && !isLayoutTable(n)) {
        flush();
        convertTable(n, index, blocks, problems);
        return false;
      }
      if (BLOCK.has(tag) || tag === 'table') {
        flush();
        const h = HEADING.exec(tag);
        headingDepths.push(h ? Number(h[1]) : headingDepths[headingDepths.length - 1]);
      }
      return true;
    },
    (el) => {
      if (BLOCK.has(el.tagName) || el.tagName === 'table') {
        flush();
        headingDepths.pop();
      }
    },
  );
  flush();

  // A page whose body never states its title still has one in <title>: keep it as the first line.
  const t = title as { value: string; span: Span } | null;
  if (t) {
    const body = compact(blocks.map(blockText).join(''));
    if (!body.includes(compact(t.value))) blocks.unshift(md.paragraph(t.value, t.span, 'title'));
  }

  return {
    format: 'html',
    text,
    root: md.root(blocks, { start: START, end: pointAt(index, text.length) }),
    directives: directivesOf(tree),
    decode: ctx.decode,
    problems,
  };
}
