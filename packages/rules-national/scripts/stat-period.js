// wording/stat-period: the 统计期限 sentence is present and covers 1月1日–12月31日 of the report year.
import { reportYear } from './lib.js';

/** Why a report covers part of the year: the body was created, reorganised or started the work then. */
const REASON = /机构改革|改革|成立|组建|设立|新设|挂牌|启动|开始运行|划转|调整|合并|撤并/;

/** Whether the text just before the period (its sentence and the one before) gives a reason for a partial year. */
function explained(model, offset) {
  const p = model.paragraphs.find((x) => x.span.start.offset <= offset && offset <= x.span.end.offset);
  if (!p) return false;
  const before = model.text.slice(Math.max(p.span.start.offset, offset - 120), offset);
  return REASON.test(before);
}

export default function statPeriod(ctx) {
  const { period, title } = ctx.model.meta;
  const year = reportYear(ctx);
  if (!period) {
    const span = title ? title.span : ctx.helpers.span(0, 0);
    return [{ messageId: 'missing', span, data: { year: year ?? 'YYYY' } }];
  }
  const findings = [];
  const wrongYear = [period.startYear, period.endYear].some((y) => y != null && year != null && y !== year);
  if (wrongYear) {
    findings.push({ messageId: 'wrongYear', level: 'error', span: period.span, data: { text: period.text.trim(), year: year ?? '' } });
  }
  if (period.startMonthDay !== '01-01' || period.endMonthDay !== '12-31') {
    // Part of the report year (a body set up or reorganised during it) is a choice to check, not an error; the
    // more so when the report says why. Dates outside the year are an error.
    const within = !wrongYear && period.startYear === period.endYear && (period.startMonthDay ?? '') >= '01-01' && (period.endMonthDay ?? '') <= '12-31' && (period.startMonthDay ?? '') <= (period.endMonthDay ?? '');
    const why = within && explained(ctx.model, period.span.start.offset);
    const [messageId, level] = !within ? ['wrongDates', 'error'] : why ? ['partialYearExplained', 'info'] : ['partialYear', 'warning'];
    findings.push({ messageId, level, span: period.span, data: { text: period.text.trim() } });
  }
  return findings;
}
