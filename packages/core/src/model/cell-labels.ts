// Human labels for canonical keys, from the template data: messages say “规章·本年废止件数”, not
// “proactive.regulations.repealed”.
import type { Lang } from '../report/diagnostic.js';
import { APPEAL_BLOCKS, APPEAL_COLUMN_LABELS, APPEAL_COLUMNS, TABLE2_2021, TABLE3_2021 } from './template.js';
import { TABLE2_2019 } from './template2019.js';
import { memoize } from '../util/memoize.js';

const BLOCK_LABELS: Record<(typeof APPEAL_BLOCKS)[number], string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};

/** Row and column key segments → their template label, per table. */
function buildTable(): Map<string, string> {
  const labels = new Map<string, string>();
  // The 2021 labels first; the 2019 trial template only adds its own rows and columns.
  for (const spec of [TABLE2_2021, TABLE3_2021, TABLE2_2019]) {
    for (const row of spec.rows) if (!labels.has(`${spec.table}.row.${row.key}`)) labels.set(`${spec.table}.row.${row.key}`, row.label);
    for (const l of spec.labels) if (l.key && !labels.has(`${spec.table}.column.${l.key}`)) labels.set(`${spec.table}.column.${l.key}`, l.label);
    // A column key two templates share with other words (`amount`: 2021's 本年收费金额 of 收费, 2019's 采购总金额
    // of 政府集中采购): each row's cells take the label of the template the row belongs to.
    for (const row of spec.rows) {
      for (const c of row.columns) {
        const own = spec.labels.find((l) => l.key === c && l.role === 'column');
        if (own && !labels.has(`${spec.table}.cell.${row.key}.${c}`)) labels.set(`${spec.table}.cell.${row.key}.${c}`, own.label);
      }
    }
  }
  APPEAL_BLOCKS.forEach((b) => labels.set(`appeals.row.${b}`, BLOCK_LABELS[b]));
  APPEAL_COLUMNS.forEach((c, i) => labels.set(`appeals.column.${c}`, APPEAL_COLUMN_LABELS[i]));
  return labels;
}

const LABELS = buildTable();

/** Labels made once per key and language: every finding and related cell asks for one, and keys repeat. */
const made: Record<Lang, (key: string) => string | null> = {
  zh: memoize((key: string) => makeLabel(key, 'zh'), 4096),
  en: memoize((key: string) => makeLabel(key, 'en'), 4096),
};

/** "proactive.regulations.repealed" → "规章·本年废止件数"; null for keys outside the 2021 template. */
export function cellLabel(key: string, lang: Lang = 'zh'): string | null {
  return made[lang](key);
}

function makeLabel(key: string, lang: Lang): string | null {
  const [table, ...rest] = key.split('.');
  if (rest.length < 2) return null;
  const column = rest.at(-1) as string;
  const row = rest.slice(0, -1).join('.');
  const rowLabel = LABELS.get(`${table}.row.${row}`);
  const columnLabel = LABELS.get(`${table}.cell.${row}.${column}`) ?? LABELS.get(`${table}.column.${column}`);
  if (!rowLabel || !columnLabel) return null;
  return lang === 'en' ? `${rowLabel} / ${columnLabel} (${key})` : `${rowLabel}·${columnLabel}`;
}

/** A row key of a table ("regulations") → its template label ("规章"), for messages about whole rows. */
export function rowLabel(table: string, row: string): string | null {
  return LABELS.get(`${table}.row.${row}`) ?? null;
}

/** A column key of a table ("naturalPerson") → its label ("自然人"), for messages about whole columns. */
export function columnLabel(table: string, column: string): string | null {
  return LABELS.get(`${table}.column.${column}`) ?? null;
}
