// The report model: canonical keys of shared/spec/report-model.md. Public interface: do not rename keys.
import type { Format, Span } from '../read/document.js';

export type SectionKey = 'overview' | 'proactive' | 'requests' | 'appeals' | 'problems' | 'other';
export type TableKey = 'proactive' | 'requests' | 'appeals';
export type TemplateId = 'gov-2021' | 'gov-2019' | 'pre-2019' | 'unknown' | 'not-a-report';
/** Inferred from the body name (rulebook §10.9); `settings.bodyType` overrides it. */
export type BodyType = 'government' | 'township' | 'subdistrict' | 'department' | 'office' | 'unknown';

export interface Heading {
  key: SectionKey;
  /** As written, trimmed. */
  text: string;
  canonical: string;
  /** exact: canonical after normalisation; variant: an accepted variant (rulebook §3.1); near: a near miss. */
  match: 'exact' | 'variant' | 'near';
  span: Span;
}

export interface Section {
  key: SectionKey;
  heading: Heading;
  /** From the heading's start to the start of the next section heading (or the end of the document). */
  span: Span;
}

export interface Cell {
  /** null when the cell is blank or unreadable. */
  value: number | null;
  /** The text as written, e.g. "", "0", "1728.59", "—". */
  raw: string;
  span: Span;
  /**
   * The value comes from run-together digits that the table's identities do not pin to one split: either several
   * readings keep the identities (`alternatives` then lists this cell's other values), or none does and this is
   * the reading that breaks the fewest (findings on it are "as read").
   */
  uncertain?: true;
  /** The cell's other values in the other readings that keep the identities: checks resting on it cannot be made. */
  alternatives?: number[];
  /** The row label as written where it differs from the canonical one. */
  labelAsWritten?: string;
  /** No cell was written for this value (the row is short): `span` is the point at the end of the row. */
  missing?: true;
}

export type LabelMatch =
  | 'exact' // equal to the canonical label after NFKC and punctuation normalisation
  | 'spaced' // equal once inner whitespace is removed ("自 然 人")
  | 'split' // joined from pieces on several lines ("本年新" + "制作数量")
  | 'typo' // edit distance ≤ 2 ("本年度止件数")
  | 'truncated' // a prefix of the canonical label ("结果" for "结果纠正")
  | 'legacy'; // a label of the 2019 trial template

export interface LabelUse {
  table: TableKey;
  role: 'caption' | 'column' | 'row' | 'group' | 'note';
  canonical: string;
  written: string;
  match: LabelMatch;
  span: Span;
  /** The model key the label stands for, when it labels a row or column. */
  key?: string;
}

export interface TableInfo {
  present: boolean;
  span?: Span;
  /** Source shape of the table (`gfm`, `pipe`, `cell-per-line`, `tsv`, `blank-line`, `spaced`, `flattened`, `html`, `docx`, `pdf`). */
  shape?: string;
  /** Canonical keys of the template that no value was found for. */
  missing: string[];
  /** Numbers found where the template has no cell (extra columns, subtotals on group rows…). */
  extra: { raw: string; span: Span; near?: string }[];
  /** Table 三 only: whether its header note "（本列数据的勾稽关系为…）" is present. */
  notePresent?: boolean;
}

export interface Located<T> {
  value: T;
  text: string;
  span: Span;
}

export interface Period {
  text: string;
  span: Span;
  /** The wording used: 统计期限, 统计时限, 统计期, … */
  term: string;
  startYear: number | null;
  endYear: number | null;
  startMonthDay: string; // "01-01"
  endMonthDay: string; // "12-31"
}

export interface Meta {
  title: Located<string> | null;
  body: string | null;
  bodyType: BodyType;
  year: number | null;
  template: TemplateId;
  /** Why the template was chosen ("year 2017 < 2019", "10 2019 signatures vs 0 2021 labels"). */
  templateReason?: string;
  period: Period | null;
  format: Format;
  publicationDate: Located<string> | null; // ISO date YYYY-MM-DD
  /** Every 2019 trial-template signature found (rulebook §4). */
  signatures2019: Located<string>[];
}

export interface Paragraph {
  text: string;
  span: Span;
  section: SectionKey | null;
}

export interface ReportModel {
  schemaVersion: 1;
  meta: Meta;
  /** Every heading found, in document order (duplicates and disorder kept for the structure rules). */
  headings: Heading[];
  /** The first occurrence of each part. */
  sections: Partial<Record<SectionKey, Section>>;
  tables: Record<TableKey, TableInfo>;
  /** 'requests.newReceived.total' → Cell. The one lookup every rule uses. */
  cells: Record<string, Cell>;
  labels: LabelUse[];
  /** Prose outside tables, in document order. */
  paragraphs: Paragraph[];
  /** = Document.text, so text rules and positions agree. */
  text: string;
}
