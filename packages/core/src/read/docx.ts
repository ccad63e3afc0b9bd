// Word (.docx) reader: word/document.xml → extracted text (one line per paragraph, one line per table row with
// cells joined by tabs) and the same mdast tree the other readers give. Merged cells are expanded to the
// tblGrid width; Word comments whose text is a govlint directive become directives over the commented range.
import type { Element } from '@xmldom/xmldom';
import type { DecodeInfo, Directive, Document, ReadProblem } from './document.js';
import { parseDirective } from './directive.js';
import { DocxOpenError, openDocx } from './docx-package.js';
import { numberingCounter } from './docx-numbering.js';
import { depthOfOutline, headingDepths } from './docx-styles.js';
import { attr, child, children, intAttr, parseXml, path, textOf, walkElements, XmlError } from './docx-xml.js';
import { MAX_GRID_SLOTS } from './grid.js';
import { buildRoot, TextBuilder, trimmedExtent, type ExtractedBlock, type ExtractedCell, type Extent } from './extracted.js';
import * as md from './mdast-build.js';
import { pointAt } from '../util/position.js';
import { appendAll } from '../util/many.js';

interface Anchor {
  id: string;
  kind: 'start' | 'end' | 'ref';
  /** Index into the text of the paragraph or cell. */
  at: number;
}

interface RunText {
  text: string;
  anchors: Anchor[];
}

// Subtrees with no visible body text: properties, deleted text, field codes, drawings (whose text boxes Word
// duplicates in a fallback), notes.
const SKIP = new Set([
  'pPr', 'rPr', 'del', 'delText', 'moveFrom', 'instrText', 'delInstrText', 'drawing', 'pict', 'object', 'AlternateContent',
  'fldData', 'footnoteReference', 'endnoteReference',
]);
const ANCHOR: Record<string, Anchor['kind']> = { commentRangeStart: 'start', commentRangeEnd: 'end', commentReference: 'ref' };

/** The text of a paragraph: runs joined, w:tab → \t, w:br → \n, comment anchors noted. */
function readParagraph(p: Element): RunText {
  let text = '';
  const anchors: Anchor[] = [];
  walkElements(p, (el) => {
    const name = el.localName ?? '';
    if (SKIP.has(name)) return false;
    if (name === 't') text += textOf(el);
    else if (name === 'tab') text += '\t';
    else if (name === 'br' || name === 'cr') text += '\n';
    else if (name === 'noBreakHyphen') text += '-';
    else if (name in ANCHOR) anchors.push({ id: attr(el, 'id') ?? '', kind: ANCHOR[name], at: text.length });
    return true;
  });
  return { text, anchors };
}

/** Block-level children in document order, looking through content controls and custom XML wrappers. */
function blockChildren(container: Element): Element[] {
  const out: Element[] = [];
  const stack = children(container).reverse();
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    const name = el.localName;
    if (name === 'sdt') appendAll(stack, children(child(el, 'sdtContent') ?? el).reverse());
    else if (name === 'customXml' || name === 'smartTag') appendAll(stack, children(el).reverse());
    else out.push(el);
  }
  return out;
}

interface Slot {
  cell: { text: string; anchors: Anchor[]; at: Extent };
  spanned: boolean;
}

class DocxReader {
  readonly out = new TextBuilder();
  readonly blocks: ExtractedBlock[] = [];
  /** Comment id → where its anchors landed in the extracted text. */
  readonly anchors = new Map<string, Partial<Record<Anchor['kind'], number>>>();
  readonly problems: ReadProblem[] = [];
  private paragraphIndex = 0;

  constructor(
    private readonly depthOf: (styleId: string | undefined) => number,
    private readonly numberOf: (numPr: Element | undefined) => string,
  ) {}

  /** A paragraph's text with its automatic number ("一、") in front, as the page shows it. */
  private numbered(p: Element): RunText {
    const r = readParagraph(p);
    const numPr = path(p, 'pPr', 'numPr');
    const label = numPr ? this.numberOf(numPr) : '';
    return label === '' ? r : { text: label + r.text, anchors: r.anchors.map((a) => ({ ...a, at: a.at + label.length })) };
  }

  private note(anchors: Anchor[], base: number, length: number): void {
    for (const a of anchors) {
      const seen = this.anchors.get(a.id) ?? {};
      seen[a.kind] ??= base + Math.min(a.at, length);
      this.anchors.set(a.id, seen);
    }
  }

  body(container: Element): void {
    for (const el of blockChildren(container)) {
      const name = el.localName;
      if (name === 'p') this.paragraph(el);
      else if (name === 'tbl') this.table(el);
      else if (name && name in ANCHOR) this.note([{ id: attr(el, 'id') ?? '', kind: ANCHOR[name], at: 0 }], this.out.offset, 0);
    }
  }

  private paragraph(p: Element): void {
    const index = this.paragraphIndex++;
    const pPr = child(p, 'pPr');
    const outline = attr(child(pPr, 'outlineLvl'), 'val');
    const depth = outline !== undefined ? depthOfOutline(Number.parseInt(outline, 10)) : this.depthOf(attr(child(pPr, 'pStyle'), 'val'));
    const { text, anchors } = this.numbered(p);
    // A manual line break (w:br) starts a new line of the extracted text, in the same paragraph.
    let from = 0;
    for (const line of text.split('\n')) {
      this.out.line({ paragraph: index });
      const at = this.out.append(line);
      this.note(
        anchors.filter((a) => a.at >= from && a.at <= from + line.length).map((a) => ({ ...a, at: a.at - from })),
        at.start,
        line.length,
      );
      if (line.trim() !== '') this.blocks.push({ type: 'paragraph', text: line.trim(), at: trimmedExtent(line, at.start), ...(depth > 0 ? { depth } : {}) });
      from += line.length + 1;
    }
  }

  /** A cell's text: its paragraphs (and any nested table) joined by spaces, on one line. */
  private cellText(tc: Element): RunText {
    let text = '';
    const anchors: Anchor[] = [];
    walkElements(tc, (el) => {
      if (el.localName !== 'p') return el.localName !== 'tcPr';
      this.paragraphIndex++;
      const r = this.numbered(el);
      const piece = r.text.replace(/[\t\n]/g, ' ');
      if (piece.trim() === '') return false;
      const sep = text === '' ? '' : ' ';
      appendAll(anchors, r.anchors.map((a) => ({ ...a, at: a.at + text.length + sep.length })));
      text += sep + piece;
      return false;
    });
    const trimmed = text.trim();
    const lead = text.length - text.trimStart().length;
    return { text: trimmed, anchors: anchors.map((a) => ({ ...a, at: Math.max(0, a.at - lead) })) };
  }

  private table(tbl: Element): void {
    const gridWidth = children(path(tbl, 'tblGrid') ?? tbl, 'gridCol').length;
    const rows = blockChildren(tbl).filter((el) => el.localName === 'tr');
    // Spans and padding multiply (a few bytes of XML each): a table that could expand past MAX_GRID_SLOTS
    // is read cell by cell, without them.
    const flat = gridSizeBound(rows, gridWidth) > MAX_GRID_SLOTS;
    if (flat) this.problems.push({ message: `表格过大，合并单元格未展开 (table too large: more than ${MAX_GRID_SLOTS} cells once spans are expanded, read cell by cell)`, fatal: false });
    const grid: Slot[][] = [];
    const rowParagraph: number[] = [];
    for (const tr of rows) {
      const line: Slot[] = [];
      const filler = (): Slot => ({ cell: { text: '', anchors: [], at: { start: 0, end: 0 } }, spanned: true });
      for (let i = flat ? 0 : gridBefore(tr); i > 0; i--) line.push(filler());
      rowParagraph.push(this.paragraphIndex);
      for (const tc of blockChildren(tr).filter((el) => el.localName === 'tc')) {
        const tcPr = child(tc, 'tcPr');
        const span = flat ? 1 : gridSpan(tc);
        const vMerge = child(tcPr, 'vMerge');
        const hMerge = child(tcPr, 'hMerge');
        const col = line.length;
        const above = grid[grid.length - 1]?.[col];
        const content = this.cellText(tc);
        if (vMerge && attr(vMerge, 'val') !== 'restart' && above) {
          // A continued vertical merge: the slots belong to the cell above.
          for (let i = 0; i < span; i++) line.push({ cell: above.cell, spanned: true });
          continue;
        }
        if (hMerge && attr(hMerge, 'val') !== 'restart' && line.length > 0) {
          for (let i = 0; i < span; i++) line.push({ cell: line[line.length - 1].cell, spanned: true });
          continue;
        }
        const cell = { text: content.text, anchors: content.anchors, at: { start: 0, end: 0 } };
        line.push({ cell, spanned: false });
        for (let i = 1; i < span; i++) line.push({ cell, spanned: true });
      }
      grid.push(line);
    }
    const width = grid.reduce((w, l) => Math.max(w, l.length), gridWidth);
    if (grid.length === 0) return;

    const tableRows: { at: Extent; cells: ExtractedCell[] }[] = [];
    const emitted = new Set<Slot['cell']>();
    grid.forEach((line, r) => {
      this.out.line({ paragraph: rowParagraph[r] });
      const rowStart = this.out.offset;
      const cells: ExtractedCell[] = [];
      for (let c = 0; c < (flat ? line.length : width); c++) {
        if (c > 0) this.out.append('\t');
        const slot = line[c];
        if (!slot || slot.spanned) {
          // Merged slots point at their cell; padding (gridBefore, short rows) at its own place in the row.
          if (slot && !emitted.has(slot.cell)) {
            slot.cell.at.start = slot.cell.at.end = this.out.offset;
            emitted.add(slot.cell);
          }
          const at = slot ? slot.cell.at : { start: this.out.offset, end: this.out.offset };
          cells.push({ text: '', at, spanned: true });
          continue;
        }
        const at = this.out.append(slot.cell.text);
        slot.cell.at.start = at.start;
        slot.cell.at.end = at.end;
        emitted.add(slot.cell);
        this.note(slot.cell.anchors, at.start, slot.cell.text.length);
        cells.push({ text: slot.cell.text, at: slot.cell.at });
      }
      tableRows.push({ at: { start: rowStart, end: this.out.offset }, cells });
    });
    this.blocks.push({ type: 'table', shape: 'docx', at: { start: tableRows[0].at.start, end: tableRows[tableRows.length - 1].at.end }, rows: tableRows });
  }
}

// Word's own limits are 63 columns; larger values are corrupt or hostile, and are cut here.
const MAX_SPAN = 1000;

function gridSpan(tc: Element): number {
  return Math.max(1, Math.min(intAttr(path(tc, 'tcPr', 'gridSpan'), 'val', 1), MAX_SPAN));
}

function gridBefore(tr: Element): number {
  return Math.max(0, Math.min(intAttr(path(tr, 'trPr', 'gridBefore'), 'val', 0), MAX_SPAN));
}

/** An upper bound of rows × width of a table's grid: every row is its gridBefore plus its cells' spans. */
function gridSizeBound(rows: readonly Element[], gridWidth: number): number {
  let widest = gridWidth;
  for (const tr of rows) {
    let width = gridBefore(tr);
    for (const tc of blockChildren(tr)) if (tc.localName === 'tc') width += gridSpan(tc);
    widest = Math.max(widest, width);
  }
  return rows.length * widest;
}

/** Comment id → its text, from word/comments.xml. */
function commentTexts(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const c of children(parseXml(xml, 'word/comments.xml'), 'comment')) {
    const text = children(c, 'p')
      .map((p) => readParagraph(p).text)
      .join('\n');
    out.set(attr(c, 'id') ?? '', text);
  }
  return out;
}

function fatal(message: string, ctx: { decode?: DecodeInfo }): Document {
  const at = { line: 1, column: 1, offset: 0 };
  return {
    format: 'docx',
    text: '',
    root: md.root([], { start: at, end: at }),
    directives: [],
    decode: ctx.decode,
    problems: [{ message, fatal: true }],
  };
}

export function readDocx(_text: string, ctx: { filePath: string; bytes: Uint8Array; decode?: DecodeInfo }): Document {
  const problems: ReadProblem[] = [];
  let reader: DocxReader;
  let comments: Map<string, string>;
  try {
    const parts = openDocx(ctx.bytes);
    const doc = parseXml(parts.document, parts.documentName);
    const body = child(doc, 'body');
    if (!body) return fatal(`Word 文档没有正文 (${parts.documentName} has no w:body)`, ctx);
    reader = new DocxReader(
      headingDepths(parts.styles ? parseXml(parts.styles, 'word/styles.xml') : undefined),
      numberingCounter(parts.numbering ? parseXml(parts.numbering, 'word/numbering.xml') : undefined),
    );
    reader.body(body);
    try {
      comments = commentTexts(parts.comments);
    } catch (err) {
      if (!(err instanceof XmlError)) throw err;
      comments = new Map();
      problems.push({ message: `Word 批注无法解析，已忽略 (word/comments.xml is not well-formed, comments ignored: ${err.message})`, fatal: false });
    }
  } catch (err) {
    if (err instanceof DocxOpenError) return fatal(err.message, ctx);
    if (err instanceof XmlError) return fatal(`Word 文档内容无法解析 (not well-formed XML in ${err.message})`, ctx);
    throw err;
  }

  const { text, index } = reader.out.finish();
  const root = buildRoot(reader.blocks, index);
  const directives: Directive[] = [];
  for (const [id, body] of comments) {
    const d = parseDirective(body);
    const at = reader.anchors.get(id);
    if (!d || !at) continue;
    const start = at.start ?? at.ref ?? at.end ?? 0;
    const end = at.end ?? at.ref ?? start;
    const s = md.span(pointAt(index, start), pointAt(index, Math.max(start, end)));
    directives.push({ ...d, span: s });
  }
  directives.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return { format: 'docx', text, root, directives, decode: ctx.decode, origins: reader.out.origins, problems: [...reader.problems, ...problems] };
}
