// wording/year-consistency: the title year, the statistical period, the fee statement and the publication
// date all belong to the same report year (publication in the following year).
import { partSentences, reportYear } from './lib.js';

const YEAR = /(20\d\d)\s*年/;

export default function yearConsistency(ctx) {
  const { model } = ctx;
  const year = reportYear(ctx);
  if (year == null) return [];
  const findings = [];
  const { title, period, publicationDate } = model.meta;

  const titleYear = title && YEAR.exec(title.text);
  if (titleYear && Number(titleYear[1]) !== year) {
    findings.push({ messageId: 'title', span: title.span, data: { found: titleYear[1], year } });
  }
  if (period && period.startYear != null && titleYear && period.startYear !== Number(titleYear[1])) {
    findings.push({ messageId: 'period', span: period.span, data: { found: period.startYear, year: titleYear[1] } });
  }
  // The fee statement names the year it covers ("2024年度本机关未收取信息处理费").
  for (const s of partSentences(ctx, 'other')) {
    if (!s.text.includes('信息处理费')) continue;
    const m = /(20\d\d)\s*年(?:度)?/.exec(s.text);
    if (m && Number(m[1]) !== year) findings.push({ messageId: 'fee', span: s.span(m.index, m.index + m[0].length), data: { found: m[1], year } });
  }
  if (publicationDate) {
    const pubYear = Number(publicationDate.value.slice(0, 4));
    if (pubYear !== year + 1) {
      findings.push({ messageId: 'publication', span: publicationDate.span, data: { found: publicationDate.value, year, next: year + 1 } });
    }
  }
  return findings;
}
