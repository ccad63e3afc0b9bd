// Headings and sections from the prose lines. Table cells are never considered (the reader keeps table rows out
// of prose), which is the second guard against the "四、结转下年度继续办理" trap.
import type { Span } from '../read/document.js';
import { spanAt, type LineIndex } from '../util/position.js';
import { matchHeading } from './headings.js';
import type { Line } from './lines.js';
import type { Heading, Section, SectionKey } from './types.js';

export interface FoundHeadings {
  headings: Heading[];
  /** Offsets of the prose lines that are headings (so they are not paragraphs). */
  headingLines: Set<number>;
}

export function findHeadings(lines: readonly Line[], index: LineIndex): FoundHeadings {
  const headings: Heading[] = [];
  const headingLines = new Set<number>();
  for (const line of lines) {
    const m = matchHeading(line.text);
    if (!m) continue;
    const start = line.at(m.start);
    const end = line.at(m.end);
    headings.push({ key: m.key, text: line.text.slice(m.start, m.end), canonical: m.canonical, match: m.match, span: spanAt(index, start, end) });
    headingLines.add(line.start);
  }
  return { headings, headingLines };
}

/** First occurrence of each part, spanning to the next heading of any part (or the end of the document). */
export function buildSections(headings: readonly Heading[], index: LineIndex): Partial<Record<SectionKey, Section>> {
  const sections: Partial<Record<SectionKey, Section>> = {};
  headings.forEach((h, k) => {
    if (sections[h.key]) return;
    const end = k + 1 < headings.length ? headings[k + 1].span.start.offset : index.text.length;
    const span: Span = spanAt(index, h.span.start.offset, end);
    sections[h.key] = { key: h.key, heading: h, span };
  });
  return sections;
}

/** The part an offset falls in: the key of the last heading before it (null before the first heading). */
export function sectionLocator(headings: readonly Heading[]): (offset: number) => SectionKey | null {
  const starts = headings.map((h) => h.span.start.offset);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? null : headings[found].key;
  };
}
