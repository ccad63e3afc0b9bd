// Document → ReportModel: pure, no I/O. Prose lines give headings, sections, paragraphs and meta; table cells are
// read in two passes (labels, then values once the template is known).
import type { Document } from '../read/document.js';
import { lineIndex, spanAt, type LineIndex } from '../util/position.js';
import { callsItAReport, detectTemplate, tableEvidence } from './detect.js';
import { proseLines, rowLines, tableTokens, type Line } from './lines.js';
import { bodyFrom, findPeriod, findPublicationDate, findTitle, headingBounds, inferBodyType, inferYear } from './meta.js';
import { buildSections, findHeadings, sectionLocator } from './sections.js';
import { attachTextMaps } from './source-map.js';
import { readTables } from './tables/read.js';
import { matchStream } from './tables/stream.js';
import type { BodyType, Meta, Paragraph, ReportModel, SectionKey } from './types.js';

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
  const { opening, overview, paragraphs } = proseParts(lines, bounds.first, headingLines, sectionAt, index);
  const title = findTitle(lines, rows, bounds.first, index);
  const period = findPeriod(lines, index);
  const body = (title && bodyFrom(title.text)) || firstBody(opening) || firstBody(overview.slice(0, 3));
  const year = opts.reportYear ?? inferYear(title, period, opening, overview);
  const decision = detectTemplate(evidence, { headings: headings.length, year, titleSaysReport: callsItAReport(title?.value ?? null, doc.text), chars: doc.text.length });
  const template = decision.template;
  const tables = readTables(events, { template, otherHandlingRow: evidence.otherHandlingRow, prose: lines.map((l) => l.text) }, index);

  const meta: Meta = {
    title,
    body,
    bodyType: opts.bodyType ?? inferBodyType(body),
    year,
    template,
    templateReason: decision.reason,
    period,
    format: doc.format,
    publicationDate: findPublicationDate(lines, rows, bounds.last, index),
    signatures2019: evidence.signatures2019,
  };
  // Text rules match what a reader sees; these maps take their positions back to the source.
  attachTextMaps(doc.text, lines, [...paragraphs, ...headings, title]);
  attachTextMaps(doc.text, rows, [title]);
  return {
    schemaVersion: 1,
    meta,
    headings,
    sections: buildSections(headings, index),
    tables: tables.tables,
    cells: tables.cells,
    labels: tables.labels,
    paragraphs,
    text: doc.text,
  };
}

interface ProseParts {
  /** Lines before the first heading. */
  opening: Line[];
  /** Lines of part 一. */
  overview: Line[];
  /** Every line that is not a heading, with its span and part. */
  paragraphs: Paragraph[];
}

/** The prose lines by where they are, in one pass (each line's part is looked up once). */
function proseParts(
  lines: readonly Line[],
  firstHeading: number,
  headingLines: ReadonlySet<number>,
  sectionAt: (offset: number) => SectionKey | null,
  index: LineIndex,
): ProseParts {
  const parts: ProseParts = { opening: [], overview: [], paragraphs: [] };
  for (const l of lines) {
    if (l.start < firstHeading) parts.opening.push(l);
    const section = sectionAt(l.start);
    if (section === 'overview') parts.overview.push(l);
    if (!headingLines.has(l.start)) parts.paragraphs.push({ text: l.text, span: spanAt(index, l.start, l.end), section });
  }
  return parts;
}

function firstBody(lines: readonly { text: string }[]): string | null {
  for (const l of lines) {
    const b = bodyFrom(l.text);
    if (b) return b;
  }
  return null;
}
