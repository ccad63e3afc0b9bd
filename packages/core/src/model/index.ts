// Document → ReportModel: pure, no I/O. Prose lines give headings, sections, paragraphs and meta; table cells are
// read in two passes (labels, then values once the template is known).
import type { Document } from '../read/document.js';
import { lineIndex, spanAt } from '../util/position.js';
import { detectTemplate, tableEvidence } from './detect.js';
import { proseLines, rowLines, tableTokens } from './lines.js';
import { bodyFrom, findPeriod, findPublicationDate, findTitle, headingBounds, inferBodyType, inferYear } from './meta.js';
import { buildSections, findHeadings, sectionLocator } from './sections.js';
import { readTables } from './tables/read.js';
import { matchStream } from './tables/stream.js';
import type { BodyType, Meta, ReportModel } from './types.js';

export interface BuildOptions {
  /** The report year when the user knows better than the document (settings.reportYear). */
  reportYear?: number;
  /** The body type when the user knows better than the name (settings.bodyType). */
  bodyType?: BodyType;
}

export function buildModel(doc: Document, opts: BuildOptions = {}): ReportModel {
  const index = lineIndex(doc.text);
  const lines = proseLines(doc);
  const { headings, headingLines } = findHeadings(lines, index);
  const sectionAt = sectionLocator(headings);
  const tokens = tableTokens(doc);
  const rows = rowLines(tokens);
  const events = matchStream(tokens, doc.text, sectionAt);
  const evidence = tableEvidence(events, index);

  const bounds = headingBounds(headings, doc.text.length);
  const opening = lines.filter((l) => l.start < bounds.first);
  const overview = lines.filter((l) => sectionAt(l.start) === 'overview');
  const title = findTitle(lines, rows, bounds.first, index);
  const period = findPeriod(lines, index);
  const body = (title && bodyFrom(title.text)) || firstBody(opening) || firstBody(overview.slice(0, 3));
  const year = opts.reportYear ?? inferYear(title, period, opening, overview);
  const template = detectTemplate(headings.length, evidence, year);
  const tables = readTables(events, { template, otherHandlingRow: evidence.otherHandlingRow }, index);

  const meta: Meta = {
    title,
    body,
    bodyType: opts.bodyType ?? inferBodyType(body),
    year,
    template,
    period,
    format: doc.format,
    publicationDate: findPublicationDate(lines, rows, bounds.last, index),
    signatures2019: evidence.signatures2019,
  };
  return {
    schemaVersion: 1,
    meta,
    headings,
    sections: buildSections(headings, index),
    tables: tables.tables,
    cells: tables.cells,
    labels: tables.labels,
    paragraphs: lines
      .filter((l) => !headingLines.has(l.start))
      .map((l) => ({ text: l.text, span: spanAt(index, l.start, l.end), section: sectionAt(l.start) })),
    text: doc.text,
  };
}

function firstBody(lines: readonly { text: string }[]): string | null {
  for (const l of lines) {
    const b = bodyFrom(l.text);
    if (b) return b;
  }
  return null;
}
