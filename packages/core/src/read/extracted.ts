// For formats whose text is extracted rather than read (docx, pdf): the reader writes lines into a TextBuilder
// and describes its blocks by offsets; buildRoot turns them into the mdast tree once the text is final.
import type { RootContent } from 'mdast';
import { lineIndex, pointAt, type LineIndex } from '../util/position.js';
import type { Origin, Span } from './document.js';
import * as md from './mdast-build.js';

/** A [start, end) range of the extracted text; filled in when the text is written (see TextBuilder). */
export interface Extent {
  start: number;
  end: number;
}

export interface ExtractedCell {
  text: string;
  at: Extent;
  spanned?: boolean;
}

export type ExtractedBlock =
  | { type: 'paragraph'; text: string; at: Extent; depth?: number; pieces?: { text: string; at: Extent }[] }
  | { type: 'table'; shape: string; at: Extent; rows: { at: Extent; cells: ExtractedCell[] }[] };

/** Accumulates the extracted text line by line, with the origin of each line. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private lineOpen = false;
  readonly origins: Origin[] = [];

  get offset(): number {
    return this.length;
  }

  /** Starts a new line (ending the current one). */
  line(origin: Omit<Origin, 'line'>): void {
    if (this.origins.length > 0) this.push('\n');
    this.origins.push({ line: this.origins.length + 1, ...origin });
    this.lineOpen = true;
  }

  /** Appends text (no line breaks) to the current line; returns where it landed. */
  append(s: string): Extent {
    if (!this.lineOpen) throw new Error('TextBuilder.append before line()');
    const start = this.length;
    this.push(s);
    return { start, end: this.length };
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  finish(): { text: string; index: LineIndex } {
    const text = this.parts.join('');
    return { text, index: lineIndex(text) };
  }
}

/** The extent of `s` inside `[start, start + s.length)` without its leading and trailing whitespace. */
export function trimmedExtent(s: string, start: number): Extent {
  const lead = s.length - s.trimStart().length;
  const body = s.trim().length;
  return body === 0 ? { start, end: start } : { start: start + lead, end: start + lead + body };
}

function spanOf(index: LineIndex, at: Extent): Span {
  return { start: pointAt(index, at.start), end: pointAt(index, at.end) };
}

export function buildRoot(blocks: ExtractedBlock[], index: LineIndex): ReturnType<typeof md.root> {
  const children: RootContent[] = blocks.map((b) => {
    if (b.type === 'paragraph') {
      const s = spanOf(index, b.at);
      const content = b.pieces ? b.pieces.map((p) => ({ value: p.text, position: spanOf(index, p.at) })) : b.text;
      return b.depth ? md.heading(b.depth, content, s) : md.paragraph(content, s);
    }
    const rows = b.rows.map((r) =>
      md.tableRow(
        r.cells.map((c) => md.tableCell(c.text, spanOf(index, c.at), c.spanned === true)),
        spanOf(index, r.at),
      ),
    );
    return md.table(rows, b.shape, spanOf(index, b.at));
  });
  return md.root(children, spanOf(index, { start: 0, end: index.text.length }));
}
