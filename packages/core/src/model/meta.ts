// Report metadata (report-model.md "Report metadata", rulebook §5 and Appendix B): title, reporting body and its
// type, report year, statistical period, publication date. Pure functions over the prose lines and the text.
import type { Span } from '../read/document.js';
import { spanAt, type LineIndex } from '../util/position.js';
import { SENTENCE_END } from '../util/text.js';
import type { Line } from './lines.js';
import { attachTextMaps } from './source-map.js';
import type { BodyType, Heading, Located, Period } from './types.js';

// ── Title ───────────────────────────────────────────────────────────────────────────────────────────────────
/** Web-page metadata row: "标题: | 淄博市博山区人民政府2024年政府信息公开工作年度报告 | ||". */
const TITLE_ROW = /^\s*(?:标题|题目|名称)\s*[:：]\s*\|?\s*([^|\r\n]+?)\s*(?:\||$)/d;
/** A title names the annual report at its end ("…年度报告", not "…年度报告格式》…"). */
const TITLE_LINE = /(?:信息|政务)公开[^。《》]*年度报告[)）]?$/;
const MAX_TITLE = 60;

/**
 * The title: a `标题:` metadata row (a prose line or a table row), else a short line before the first heading that
 * names the annual report, or two or three such lines (a title printed on two lines: the body's name, then
 * "YYYY年…年度报告"; or a title wrapped before 年度报告).
 */
export function findTitle(lines: readonly Line[], rows: readonly Line[], firstHeading: number, index: LineIndex): Located<string> | null {
  for (const group of [lines, rows]) {
    for (const line of group) {
      const found = titleRow(line, index);
      if (found) return found;
    }
  }
  const before: Line[] = [];
  for (const line of lines) {
    if (line.start >= firstHeading) break;
    before.push(line);
  }
  for (let k = 0; k < before.length; k++) {
    if (!titlePiece(before[k])) continue;
    if (TITLE_LINE.test(before[k].text)) return extendBack(before, k, index) ?? located(before[k].text, spanAt(index, before[k].start, before[k].end));
    // A title wrapped before its end: this line and the next one or two.
    for (let n = 2; n <= MAX_TITLE_LINES && k + n <= before.length; n++) {
      const group = before.slice(k, k + n);
      if (!titlePiece(group[n - 1])) break;
      const found = joinedTitle(group, index);
      if (found) return found;
    }
  }
  return null;
}

const MAX_TITLE_LINES = 3;
/** A line before the title line that is a body's name: short Chinese text, no field ("索引号：…"), no year. */
const NAME_LINE = /^[\u4e00-\u9fff（）()]{2,30}$/;

function titlePiece(line: Line): boolean {
  return line.text.length <= MAX_TITLE && !SENTENCE_END.test(line.text);
}

/**
 * A title line without a body's name, after one or two name lines ("西工区人民政府办公室" / "2024年政府信息公开工作年度报告"):
 * the lines together, when they read as a title with a body.
 */
function extendBack(before: readonly Line[], k: number, index: LineIndex): Located<string> | null {
  if (bodyFrom(before[k].text)) return null;
  for (let n = 2; n <= MAX_TITLE_LINES && k - n + 1 >= 0; n++) {
    const group = before.slice(k - n + 1, k + 1);
    if (!NAME_LINE.test(group[0].text)) break;
    const found = joinedTitle(group, index);
    if (found && bodyFrom(found.text)) return found;
  }
  return null;
}

/** Consecutive lines as one title, when together they are short and name the annual report. */
function joinedTitle(group: readonly Line[], index: LineIndex): Located<string> | null {
  const line = joinLines(group);
  if (line.text.length > MAX_TITLE || !TITLE_LINE.test(line.text)) return null;
  const title = located(line.text, spanAt(index, line.start, line.end));
  // Its text is not the source under its span (a line break inside): give it the joined lines' map.
  attachTextMaps(index.text, [line], [title]);
  return title;
}

/** Lines read as one (nothing between them: a title's pieces are Chinese text or its year). */
function joinLines(group: readonly Line[]): Line {
  const text = group.map((l) => l.text).join('');
  const starts: number[] = [];
  let at = 0;
  for (const l of group) {
    starts.push(at);
    at += l.text.length;
  }
  const end = group[group.length - 1].end;
  return {
    text,
    start: group[0].start,
    end,
    at: (k: number) => {
      if (k >= text.length) return end;
      let g = group.length - 1;
      while (starts[g] > k) g--;
      return group[g].at(k - starts[g]);
    },
  };
}

/** The title of a `标题:` row, when the line is one and the title is not too long. */
function titleRow(line: Line, index: LineIndex): Located<string> | null {
  const row = TITLE_ROW.exec(line.text);
  if (!row?.indices?.[1]) return null;
  const [a, rowEnd] = row.indices[1];
  // A dump that lost its pipes runs on after the title: stop at the phrase that ends a title.
  const phrase = line.text.indexOf('年度报告', a);
  const b = phrase >= 0 && phrase < rowEnd ? phrase + 4 : rowEnd;
  return b - a <= MAX_TITLE ? located(line.text.slice(a, b), spanAt(index, line.at(a), line.at(b))) : null;
}

function located(written: string, span: Span): Located<string> {
  return { value: written.replace(/\s+/g, ''), text: written, span };
}

// ── Body ────────────────────────────────────────────────────────────────────────────────────────────────────
const REPORT_PHRASE = /信息公开(?:工作)?的?年度报告(?!格式)/g;
/** What comes right before the body name in an opening sentence ("现公开…", "向社会公布…"). */
const BEFORE_BODY = /[，。,；;：:“”"《》〈〉()（）、]|现(?:将|予以?)?(?:公开|公布|发布|印发)|向社会(?:公开|公布|发布)?|公布|公开|发布|编制|印发/;

/** The reporting organ named before "…信息公开工作年度报告" in a title or an opening sentence. */
export function bodyFrom(s: string): string | null {
  REPORT_PHRASE.lastIndex = 0;
  for (let m = REPORT_PHRASE.exec(s); m; m = REPORT_PHRASE.exec(s)) {
    let before = s.slice(Math.max(0, m.index - 60), m.index).split(BEFORE_BODY).pop() ?? '';
    before = before.replace(/\s+/g, '');
    before = before.replace(/\d{4}年度?政府$/, '').replace(/\d{4}年度?$/, '').replace(/^\d{4}年度?/, '');
    // "北京市政府信息公开…": 政府 belongs to the phrase; "…人民政府" is part of the name.
    if (/政府$/.test(before) && !/人民政府$/.test(before)) before = before.replace(/政府$/, '');
    if (before.length >= 2) return before;
  }
  return null;
}

/** Body type from the body's name (rulebook §10.9; heuristic, settings.bodyType overrides it). */
export function inferBodyType(body: string | null): BodyType {
  if (!body) return 'unknown';
  if (/街道(?:办事处|办)?$/.test(body)) return 'subdistrict';
  if (/[乡镇](?:人民政府|政府)?$/.test(body)) return 'township';
  if (/办公(?:室|厅)$/.test(body)) return 'office';
  if (/人民政府$/.test(body)) return 'government';
  if (/(?:局|委员会|委|厅|中心|署|院|办|所|站|队)$/.test(body)) return 'department';
  if (/(?:省|市|区|县|州|盟|旗)$/.test(body)) return 'government';
  return 'unknown';
}

// ── Period ──────────────────────────────────────────────────────────────────────────────────────────────────
const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const PERIOD = new RegExp(
  String.raw`(统计(?:数据)?(?:期限|时限|时间段?|周期|区间|期))[^。]{0,12}?${DATE}[^。\d]{0,8}?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`,
  'd',
);

export function findPeriod(lines: readonly Line[], index: LineIndex): Period | null {
  for (const line of lines) {
    const m = PERIOD.exec(line.text);
    if (!m?.indices) continue;
    const [a, b] = m.indices[0];
    const start = line.at(a);
    const end = line.at(b);
    return {
      text: line.text.slice(a, b),
      span: spanAt(index, start, end),
      term: m[1],
      startYear: Number(m[2]),
      endYear: m[5] ? Number(m[5]) : null,
      startMonthDay: monthDay(m[3], m[4]),
      endMonthDay: monthDay(m[6], m[7]),
    };
  }
  return null;
}

function monthDay(month: string, day: string): string {
  return `${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

// ── Publication date ────────────────────────────────────────────────────────────────────────────────────────
const PUBLISHED = /(发布日期|发布时间|发文日期|成文日期|印发日期)\s*[:：]?\s*\|?\s*((\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?)/dg;
const PRIORITY = ['发布日期', '发布时间', '发文日期', '印发日期', '成文日期'];
const SIGNED = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/** 发布日期 / 发文日期 / 成文日期 of the page, else the date line that signs off the report. */
export function findPublicationDate(lines: readonly Line[], rows: readonly Line[], lastHeading: number, index: LineIndex): Located<string> | null {
  let best: { rank: number; found: Located<string> } | null = null;
  for (const line of lines.length === 0 ? rows : rows.length === 0 ? lines : [...lines, ...rows]) {
    // Every term PUBLISHED looks for holds 日期 but 发布时间: most lines go no further.
    if (!line.text.includes('日期') && !line.text.includes('发布时间')) continue;
    PUBLISHED.lastIndex = 0;
    for (let m = PUBLISHED.exec(line.text); m; m = PUBLISHED.exec(line.text)) {
      const rank = PRIORITY.indexOf(m[1]);
      if (best && best.rank <= rank) continue;
      const [a, b] = m.indices![2];
      best = { rank, found: { value: isoDate(m[3], m[4], m[5]), text: line.text.slice(a, b), span: spanAt(index, line.at(a), line.at(b)) } };
    }
  }
  if (best) return best.found;
  for (let k = lines.length - 1; k >= 0 && lines[k].start > lastHeading; k--) {
    const m = SIGNED.exec(lines[k].text);
    if (m) return { value: isoDate(m[1], m[2], m[3]), text: lines[k].text, span: spanAt(index, lines[k].start, lines[k].end) };
  }
  return null;
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

// ── Year ────────────────────────────────────────────────────────────────────────────────────────────────────
const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/;
const YEAR_OF_REPORT = /((?:19|20)\d{2})\s*年度?[^。，,]{0,30}?信息公开(?:工作)?的?年度报告/;

/**
 * The year reported on: the title's year, else the statistical period's, else the year an opening sentence
 * gives the report, else the most frequent "20xx年" in part 一.
 */
export function inferYear(title: Located<string> | null, period: Period | null, opening: readonly Line[], overview: readonly Line[]): number | null {
  const t = title ? YEAR_IN_TITLE.exec(title.text) : null;
  if (t) return Number(t[1]);
  if (period?.startYear) return period.startYear;
  for (const line of opening) {
    const m = YEAR_OF_REPORT.exec(line.text);
    if (m) return Number(m[1]);
  }
  const counts = new Map<number, number>();
  for (const line of overview) for (const m of line.text.matchAll(/(20\d{2})\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}

/** Offsets of the first and the last heading (the text length when there is none). */
export function headingBounds(headings: readonly Heading[], length: number): { first: number; last: number } {
  if (headings.length === 0) return { first: length, last: length };
  return { first: headings[0].span.start.offset, last: headings[headings.length - 1].span.start.offset };
}
