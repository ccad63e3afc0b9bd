// What each line of a plain-text report looks like, decided from the line alone. Regions (tables vs prose) are
// formed afterwards from runs of these kinds (regions.ts).
import { matchHeading } from '../../model/headings.js';
import { isValueLike } from '../../util/number.js';
import { SENTENCE_END } from '../../util/text.js';
import { parseTextDirective, type TextDirective } from './directives.js';
import { isSpacedRow } from './spaced.js';

export type LineKind =
  | 'empty' // nothing but spaces and tabs
  | 'blankCell' // only NBSP / U+3000 (and spaces): a blank table cell in the blank-line shape
  | 'directive' // govlint-disable … as a line of its own
  | 'heading' // one of the six section headings
  | 'separator' // Markdown/web residue: "---|---|", "---------\t---"
  | 'meta' // web-page metadata row: "标题: | … |", "发文日期: | 2025-02-17 |"
  | 'pipe' // holds "|" cell separators
  | 'tsv' // holds tab-separated cells
  | 'spaced' // a label and numbers separated by spaces (text copied from a PDF)
  | 'value' // a number or a dash alone
  | 'label' // short text that may be a table label
  | 'prose';

export interface ClassifiedLine {
  /** 1-based line number. */
  line: number;
  start: number;
  end: number;
  kind: LineKind;
  directive?: TextDirective;
}

/** Longest line that can still be a label cell (the longest template label has 41 characters). */
const MAX_LABEL = 48;
/** Labels side by side in a header line are set apart by two or more spaces (text copied from a PDF). */
export const LABEL_GAP = /[ \u00a0\u3000]{2,}|\t/;
/** Shorter cells with a full stop are notes in a table ("无。"), longer ones are prose. */
const MIN_SENTENCE = 20;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:[|\t]\s*:?-{2,}:?\s*)*\|?\s*$/;
const META = /^\s*[^|\t:：]{1,12}[:：]\s*\|/;

/** A separator inside prose ("一是…。\t二是…。"): some "cell" is a sentence (no template label has 。 or ；). */
function hasSentenceCell(line: string, sep: string): boolean {
  return SENTENCE_END.test(line) && line.split(sep).some((cell) => cell.trim().length > MIN_SENTENCE && SENTENCE_END.test(cell));
}

export function classifyLine(text: string, line: number, start: number, end: number): ClassifiedLine {
  const s = text.slice(start, end);
  const base = { line, start, end };
  if (/^[ \t]*$/.test(s)) return { ...base, kind: 'empty' };
  if (/^\s*$/.test(s)) return { ...base, kind: 'blankCell' };
  const directive = parseTextDirective(s);
  if (directive) return { ...base, kind: 'directive', directive };
  if (SEPARATOR.test(s)) return { ...base, kind: 'separator' };
  if (META.test(s)) return { ...base, kind: 'meta' };
  if (/[况项]/.test(s) && matchHeading(s.replace(/[|\t]/g, ' '))) return { ...base, kind: 'heading' };
  const t = s.trim();
  if (s.includes('|') && !hasSentenceCell(t, '|')) return { ...base, kind: 'pipe' };
  if (s.includes('\t') && /\S\t+\S/.test(t) && !hasSentenceCell(t, '\t')) return { ...base, kind: 'tsv' };
  if (isValueLike(t)) return { ...base, kind: 'value' };
  if (isSpacedRow(text, start, end)) return { ...base, kind: 'spaced' };
  if (!SENTENCE_END.test(t) && t.split(LABEL_GAP).every((part) => part.length <= MAX_LABEL)) return { ...base, kind: 'label' };
  return { ...base, kind: 'prose' };
}
