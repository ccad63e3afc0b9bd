// Decides where each diagnostic is drawn in the HTML report: on a table cell (by canonical key, or because its
// position falls inside the cell), inside a paragraph of prose (a highlighted range), or in the list of
// findings that have no place in the redrawn report (missing parts, headings, metadata…).
import type { Diagnostic, FileResult } from '../../diagnostic.js';
import type { Cell, Paragraph } from '../../../model/types.js';
import { sortMessages } from '../shared.js';
import { LAID_OUT_KEYS } from './layout.js';

export interface Note {
  /** 1-based number shown on the badge, unique within one report. */
  n: number;
  d: Diagnostic;
}

export interface CellNotes {
  primary: Note[];
  related: Note[];
}

export interface Mark {
  note: Note;
  /** Absolute offsets into the source, clipped to the paragraph. */
  start: number;
  end: number;
}

export interface Placement {
  notes: Note[];
  cells: Map<string, CellNotes>;
  /** Paragraph index → marks. */
  paragraphs: Map<number, Mark[]>;
  other: Note[];
}

function contains(start: number, end: number, offset: number): boolean {
  return offset >= start && (offset < end || (start === end && offset === start));
}

function cellAt(cells: [string, Cell][], offset: number): string | undefined {
  return cells.find(([, c]) => contains(c.span.start.offset, c.span.end.offset, offset))?.[0];
}

function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  return paragraphs.findIndex((p) => contains(p.span.start.offset, p.span.end.offset, offset));
}

/** `withTables: false` when the tables are not drawn: cell findings then go to the "other" list. */
export function place(result: FileResult, withTables = true): Placement {
  const notes = sortMessages(result.messages).map((d, i) => ({ n: i + 1, d }));
  const placement: Placement = { notes, cells: new Map(), paragraphs: new Map(), other: [] };
  const model = result.model;
  if (!model) {
    placement.other = notes;
    return placement;
  }
  const laidOut = withTables ? Object.entries(model.cells).filter(([key]) => LAID_OUT_KEYS.has(key)) : [];
  const drawn = (key: string | undefined): key is string => withTables && key !== undefined && LAID_OUT_KEYS.has(key);
  const cellNotes = (key: string): CellNotes => {
    let entry = placement.cells.get(key);
    if (!entry) placement.cells.set(key, (entry = { primary: [], related: [] }));
    return entry;
  };

  for (const note of notes) {
    const { d } = note;
    const key = drawn(d.key) ? d.key : cellAt(laidOut, d.span.start.offset);
    if (key) {
      cellNotes(key).primary.push(note);
    } else {
      const p = paragraphAt(model.paragraphs, d.span.start.offset);
      if (p >= 0) {
        const para = model.paragraphs[p].span;
        const start = Math.max(d.span.start.offset, para.start.offset);
        // A zero-length finding still gets one visible character.
        const end = Math.min(Math.max(d.span.end.offset, start + 1), para.end.offset);
        const marks = placement.paragraphs.get(p) ?? [];
        marks.push({ note, start, end: Math.max(end, start) });
        placement.paragraphs.set(p, marks);
      } else {
        placement.other.push(note);
      }
    }
    for (const rel of d.related ?? []) {
      const relKey = drawn(rel.key) ? rel.key : cellAt(laidOut, rel.span.start.offset);
      if (relKey && relKey !== key) {
        const entry = cellNotes(relKey);
        if (!entry.related.includes(note)) entry.related.push(note);
      }
    }
  }
  return placement;
}
