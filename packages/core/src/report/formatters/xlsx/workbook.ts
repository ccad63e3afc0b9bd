// The least of Office Open XML SpreadsheetML that Excel, WPS and LibreOffice open: sheets of plain rows (text as
// inline strings, numbers as numbers), a bold frozen header row with an autofilter, column widths by content.
// Written with fflate, which core already ships for .docx: no spreadsheet library of several megabytes for a
// format that only writes rows. Deterministic (a fixed zip date): the same results give the same bytes.
import { strToU8, zipSync } from 'fflate';
import { maxOf } from '../../../util/many.js';
import { displayWidth } from '../../../util/width.js';
import { escapeXml } from '../shared.js';

export type Cell = string | number;

export interface Sheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rule for sheet names). */
  name: string;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/** Excel's limit of characters in a cell: longer text makes it call the file corrupt. */
const MAX_CELL_TEXT = 32767;
/** Column widths in characters, by the widest content (a Chinese character counts two). */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(value: Cell, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  if (value === '') return '';
  const text = escapeXml(value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value);
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

function rowXml(cells: readonly Cell[], r: number, style: number): string {
  return `<row r="${r}">${cells.map((v, i) => cellXml(v, `${columnName(i)}${r}`, style)).join('')}</row>`;
}

/** The range the autofilter covers: the header and every row, every column. */
function range(sheet: Sheet): string {
  return `A1:${columnName(sheet.header.length - 1)}${sheet.rows.length + 1}`;
}

function widths(sheet: Sheet): string {
  const cols = sheet.header.map((h, i) => {
    // Two for the filter button on the header.
    const widest = maxOf(sheet.rows, (r) => displayWidth(String(r[i] ?? '')), displayWidth(h) + 2);
    const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 1));
    return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
  });
  return `<cols>${cols.join('')}</cols>`;
}

function sheetXml(sheet: Sheet): string {
  const rows = [rowXml(sheet.header, 1, 1), ...sheet.rows.map((cells, i) => rowXml(cells, i + 2, 0))];
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="${range(sheet)}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/>${widths(sheet)}<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="${range(sheet)}"/></worksheet>`
  );
}

function workbookXml(sheets: readonly Sheet[]): string {
  const entries = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  // Excel keeps each sheet's autofilter range under this hidden name, and repairs a file without it.
  const filters = sheets.map(
    (s, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(s.name)}'!${range(s).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}</definedName>`,
  );
  return `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${entries.join('')}</sheets><definedNames>${filters.join('')}</definedNames></workbook>`;
}

function workbookRels(sheets: readonly Sheet[]): string {
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`;
}

function contentTypes(sheets: readonly Sheet[]): string {
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`).join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`
  );
}

/** Style 0 the default, style 1 bold (the header row). */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** The .xlsx file of these sheets. */
export function workbook(sheets: readonly Sheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes(sheets)),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbookXml(sheets)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(sheets)),
    'xl/styles.xml': strToU8(STYLES),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  // A fixed date (zip's earliest): output depends on the results only.
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}
