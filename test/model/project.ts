// The part of a ReportModel that the hand-checked fixtures (test/fixtures/models/seed-00N.json) pin down:
// plain JSON with line/column positions, so that a fixture reads like `cat -n` of the seed.
import type { Cell, ReportModel, Span } from '../../packages/core/src/index.js';

export interface CellView {
  value: number | null;
  raw: string;
  line: number;
  column: number;
  missing?: true;
  uncertain?: true;
}

export interface ModelView {
  meta: {
    title: { value: string; line: number; column: number } | null;
    body: string | null;
    bodyType: string;
    year: number | null;
    template: string;
    period: { text: string; line: number; column: number; startYear: number | null; endYear: number | null } | null;
    publicationDate: { value: string; line: number; column: number } | null;
    signatures2019: { value: string; line: number }[];
  };
  headings: { key: string; text: string; match: string; line: number; column: number }[];
  tables: Record<string, { present: boolean; shape?: string; notePresent?: boolean; missing: string[]; extra: { raw: string; line: number; column: number }[] }>;
  cells: Record<string, CellView>;
  /** Labels not written exactly as in the template. */
  labels: { match: string; written: string; canonical: string; line: number; column: number; key?: string }[];
}

const at = (s: Span): { line: number; column: number } => ({ line: s.start.line, column: s.start.column });

export function cellView(c: Cell): CellView {
  const v: CellView = { value: c.value, raw: c.raw, ...at(c.span) };
  if (c.missing) v.missing = true;
  if (c.uncertain) v.uncertain = true;
  return v;
}

export function project(model: ReportModel): ModelView {
  const m = model.meta;
  return {
    meta: {
      title: m.title && { value: m.title.value, ...at(m.title.span) },
      body: m.body,
      bodyType: m.bodyType,
      year: m.year,
      template: m.template,
      period: m.period && { text: m.period.text, ...at(m.period.span), startYear: m.period.startYear, endYear: m.period.endYear },
      publicationDate: m.publicationDate && { value: m.publicationDate.value, ...at(m.publicationDate.span) },
      signatures2019: m.signatures2019.map((s) => ({ value: s.value, line: s.span.start.line })),
    },
    headings: model.headings.map((h) => ({ key: h.key, text: h.text, match: h.match, ...at(h.span) })),
    tables: Object.fromEntries(
      Object.entries(model.tables).map(([k, t]) => [
        k,
        {
          present: t.present,
          ...(t.shape ? { shape: t.shape } : {}),
          ...(t.notePresent !== undefined ? { notePresent: t.notePresent } : {}),
          missing: t.missing,
          extra: t.extra.map((e) => ({ raw: e.raw, ...at(e.span) })),
        },
      ]),
    ),
    cells: Object.fromEntries(Object.entries(model.cells).map(([k, c]) => [k, cellView(c)])),
    labels: model.labels
      .filter((l) => l.match !== 'exact')
      .map((l) => ({ match: l.match, written: l.written, canonical: l.canonical, ...at(l.span), ...(l.key ? { key: l.key } : {}) })),
  };
}
