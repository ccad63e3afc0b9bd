// The contract between readers and the model: every reader (md, txt, html, docx, pdf) returns a Document.
import type { Root } from 'mdast';

/** 1-based line and column, 0-based offset, all in UTF-16 code units of `Document.text`. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

export type Format = 'md' | 'txt' | 'html' | 'docx' | 'pdf';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How the bytes were decoded, so that `--fix` can write them back the same way. */
export interface DecodeInfo {
  encoding: EncodingName;
  bom: boolean;
  /** The dominant line ending of the source. */
  eol: '\n' | '\r\n' | '\r';
}

/** Inline lint control found in the source: `<!-- govlint-disable rule -->`, `govlint-disable-next-line`, Word comments… */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  span: Span;
}

/** Where a line of extracted text came from, for formats whose positions are not lines of a text file. */
export interface Origin {
  /** 1-based line of `Document.text`. */
  line: number;
  page?: number;
  paragraph?: number;
}

/** A problem found while reading: shown to the user as a diagnostic of the pseudo-rule `parse`. */
export interface ReadProblem {
  message: string;
  span?: Span;
  /** Fatal problems mean nothing useful could be read (scanned PDF, corrupt zip…). */
  fatal: boolean;
}

/**
 * Plain data between `read` and `model`.
 * - `root` is an mdast tree with a `position` on every node. Prose is `heading`/`paragraph` nodes; tables are
 *   GFM `table` → `tableRow` → `tableCell` nodes. A text dump whose rows are not explicit (one cell per line)
 *   becomes a table whose rows hold one cell each: the model reads tables as a stream of cells in reading order.
 * - `table.data.shape` names the source shape (`gfm`, `pipe`, `cell-per-line`, `tsv`, `blank-line`,
 *   `flattened`, `html`, `docx`, `pdf`).
 */
export interface Document {
  format: Format;
  /** The text every position refers to: the decoded source (md, txt, html) or the extracted text (docx, pdf). */
  text: string;
  root: Root;
  directives: Directive[];
  decode?: DecodeInfo;
  origins?: Origin[];
  problems: ReadProblem[];
}
