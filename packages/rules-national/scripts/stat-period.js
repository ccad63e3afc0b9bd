// wording/stat-period: the 统计期限 sentence is present and covers 1月1日–12月31日 of the report year.
import { reportYear } from './lib.js';

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
    findings.push({ messageId: 'wrongDates', level: 'error', span: period.span, data: { text: period.text.trim() } });
  }
  return findings;
}
