// Where a Markdown document's GFM tables are, found by one linear pass over its lines, so that the Markdown
// reader can parse the prose with remark-parse alone (remark-gfm's table tokenizer is most of the parse time) and
// splice the tables in. The scan only claims what it can prove GFM reads the same way:
// - a table segment starts after a blank line (or at the top), outside code fences and HTML comment blocks,
//   with a line that begins with "|" followed by a delimiter row, and runs to the next blank line; every line of
//   it begins with "|", so nothing in it opens a container that outlives the segment;
// - a segment is `simple` when its rows are plain text (see md-table-node.ts) and GFM's header and delimiter
//   rows agree; other segments are parsed on their own with remark-gfm (the segment is a self-contained top-level
//   block, so the parse is the one GFM makes in context);
// - anything else that could be a table (a delimiter row anywhere else, a segment line without a leading "|", an
//   HTML block that spans blank lines…) makes the whole document fall back to remark-gfm.
import type { LineIndex } from '../util/position.js';
import { lineContentEnd } from '../util/position.js';

export interface TableSegment {
  /** 1-based first and last line. */
  from: number;
  to: number;
  /** Offsets of the first line's start and the last line's end (its line break excluded). */
  start: number;
  end: number;
  /** Rows are plain text: the table is built by md-table-node.ts; otherwise remark-gfm parses the segment. */
  simple: boolean;
}

export type TableScan = { fallback: true; reason: string } | { fallback: false; segments: TableSegment[] };

/** A GFM delimiter row as micromark reads one: cells of `:?-+:?` between optional pipes. */
const DELIMITER = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*$/;
/** The delimiter rows the fast path builds tables from: a leading pipe and a pipe after every cell. */
const STRICT_DELIMITER = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** HTML blocks that can span blank lines (CommonMark types 1, 3, 4, 5); comments (type 2) are tracked. */
const HTML_SPANNING = /^ {0,3}<(?:(?:script|pre|style|textarea)(?:[\s>]|$)|\?|![A-Za-z]|!\[CDATA\[)/i;
const COMMENT_START = /^ {0,3}<!--/;
const BLANK = /^[ \t]*$/;
/**
 * Where a link reference or footnote definition may start (`[x]: …`, `[^1]: …`; a label may span lines, so any line
 * opening with "[" counts): `[x]` in a cell resolves against them, so such a cell needs the whole document.
 */
const DEFINITION = /^ {0,3}\[/m;

/** Can this line, after `prev`, be the delimiter row of a GFM table? (Over-approximates: only triggers fallbacks.) */
function mayBeDelimiter(line: string, prev: string): boolean {
  const c = line.charCodeAt(line.search(/\S/));
  if (c !== 124 && c !== 58 && c !== 45) return false; // | : -
  return DELIMITER.test(line) && (line.includes('|') || line.includes(':') || prev.includes('|'));
}

export function scanTables(index: LineIndex): TableScan {
  const { text, starts } = index;
  const lines = starts.length;
  const lineAt = (n: number): string => text.slice(starts[n - 1], lineContentEnd(index, n));
  const segments: TableSegment[] = [];
  const hasDefinitions = text.includes('[') && DEFINITION.test(text);
  let fence: { char: string; length: number } | null = null;
  let comment = false;
  let prevBlank = true;
  let prev = '';
  for (let n = 1; n <= lines; n++) {
    const line = lineAt(n);
    if (fence || comment) {
      if (mayBeDelimiter(line, prev)) return { fallback: true, reason: `line ${n}: delimiter row in a code block or comment` };
      if (fence) {
        const m = FENCE.exec(line);
        if (m && m[1][0] === fence.char && m[1].length >= fence.length && BLANK.test(m[2])) fence = null;
      } else if (line.includes('-->')) comment = false;
      prev = line;
      prevBlank = false;
      continue;
    }
    if (BLANK.test(line)) {
      prev = line;
      prevBlank = true;
      continue;
    }
    const f = FENCE.exec(line);
    if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
      fence = { char: f[1][0], length: f[1].length };
    } else if (HTML_SPANNING.test(line)) {
      return { fallback: true, reason: `line ${n}: HTML block` };
    } else if (COMMENT_START.test(line)) {
      comment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
    } else if (prevBlank && line.charCodeAt(0) === 124 && n < lines && mayBeDelimiter(lineAt(n + 1), line)) {
      let to = n + 1;
      while (to < lines && !BLANK.test(lineAt(to + 1))) to++;
      const rows: string[] = [];
      for (let k = n; k <= to; k++) rows.push(lineAt(k));
      if (rows.some((r) => r.charCodeAt(0) !== 124)) return { fallback: true, reason: `lines ${n}–${to}: a table line without a leading "|"` };
      if (hasDefinitions && rows.some((r) => r.includes('['))) return { fallback: true, reason: `lines ${n}–${to}: a reference in a table` };
      segments.push({ from: n, to, start: starts[n - 1], end: lineContentEnd(index, to), simple: isSimpleTable(rows) });
      prev = rows[rows.length - 1];
      prevBlank = false;
      n = to;
      continue;
    } else if (mayBeDelimiter(line, prev)) {
      return { fallback: true, reason: `line ${n}: a delimiter row outside a table segment` };
    }
    prev = line;
    prevBlank = false;
  }
  return { fallback: false, segments };
}

// ── Simple tables ───────────────────────────────────────────────────────────────────────────────────────────
/**
 * Characters that may start inline markup (emphasis, code, escapes, entities, HTML, links, strikethrough, GFM
 * autolink literals: www., http(s)://, e-mail) or that micromark rewrites (NUL). A cell without any of them is one
 * text node. `**…**` around a whole cell is the one markup md-table-node.ts builds, so `*` is left to isPlainCell.
 */
const INLINE_SPECIAL = /[\\`_<>&[\]!~@\0hHwW]/;

/** A cell's content is plain text, or `**plain text**` with no whitespace inside the markers. */
function isPlainCell(content: string): boolean {
  if (!content.includes('*')) return !INLINE_SPECIAL.test(content);
  const m = /^\*\*([^*]+)\*\*$/.exec(content);
  return m !== null && !INLINE_SPECIAL.test(m[1]) && !/^\s|\s$/.test(m[1]);
}

/** Cell contents of a row that begins with "|": every "|" closes a cell; text after the last one is a cell. */
function rowContents(line: string): string[] {
  const out: string[] = [];
  let from = 1;
  for (let i = line.indexOf('|', 1); i !== -1; i = line.indexOf('|', i + 1)) {
    out.push(trimSpaces(line.slice(from, i)));
    from = i + 1;
  }
  const tail = trimSpaces(line.slice(from));
  if (tail !== '' || out.length === 0) out.push(tail);
  return out;
}

/** Markdown whitespace is space and tab only: NBSP and U+3000 are content. */
function trimSpaces(s: string): string {
  return s.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** The number of header cells as micromark counts them, or 0 when the line cannot head a table. */
function headerSize(line: string): number {
  let size = 0;
  let tokens = 0;
  let afterPipe = false;
  for (let i = 0; i < line.length; ) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    tokens++;
    if (afterPipe) {
      size++;
      afterPipe = false;
    }
    if (c === '|') {
      afterPipe = true;
      i++;
      continue;
    }
    while (i < line.length && line[i] !== '|' && line[i] !== ' ' && line[i] !== '\t') i++;
  }
  return tokens > 1 ? size : 0;
}

function isSimpleTable(rows: readonly string[]): boolean {
  if (!STRICT_DELIMITER.test(rows[1])) return false;
  const size = headerSize(rows[0]);
  if (size === 0 || size !== (rows[1].match(/-+/g) ?? []).length) return false;
  return rows.every((r, k) => k === 1 || rowContents(r).every(isPlainCell));
}
