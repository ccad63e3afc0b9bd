// wording/year-consistency: the title year, the statistical period, the fee statement and the publication
// date all belong to the same report year (publication in the following year); and a statement of this year's
// work in parts 一–四 does not open with the previous year (a sentence copied from last year's report).
import { partSentences, reportYear } from './lib.js';

const YEAR = /(20\d\d)\s*年/;
/** The fee statement, in the words reports use (信息处理费, 信息公开处理费, 收费情况…). */
const FEE = /处理费|收费情况|收费事项|相关费用/;
/** The parts that report the year's own work. */
const WORK_PARTS = ['overview', 'proactive', 'requests', 'appeals'];
/** A sentence opening with a year: "2023年，", "（二）2023年度全区…". */
const OPENING_YEAR = /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．])?[\s\u3000]*(20\d\d)\s*年(?:度)?[，,、\s]*/;
/** A count of the year's work. */
const COUNT = /\d+\s*(?:件|条|个|次|篇|项|期|场|人次|家|份)/;
/** A comparison with an earlier year, or a document named after its year (预算/决算/规划): not a stale year. */
const NOT_STALE = /较|比|同比|环比|上年|去年|上一年|预算|决算|规划|计划|以来/;

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
    if (!FEE.test(s.text)) continue;
    const m = /(20\d\d)\s*年(?:度)?/.exec(s.text);
    if (m && Number(m[1]) !== year) findings.push({ messageId: 'fee', span: s.span(m.index, m.index + m[0].length), data: { found: m[1], year } });
  }
  for (const key of WORK_PARTS) {
    for (const s of partSentences(ctx, key)) {
      const m = OPENING_YEAR.exec(s.text);
      if (!m || Number(m[1]) !== year - 1 || s.text.includes(`${year}年`)) continue;
      // The clause the year opens (after "2023年，" the next one): a count in it, no comparison.
      const clause = s.text.slice(m[0].length).split(/[，,；;。]/)[0];
      if (!COUNT.test(clause) || NOT_STALE.test(clause)) continue;
      const at = m[0].indexOf(m[1]);
      findings.push({ messageId: 'stale', level: 'warning', span: s.span(at, at + m[1].length + 1), data: { found: m[1], year } });
    }
  }
  if (publicationDate) {
    const pubYear = Number(publicationDate.value.slice(0, 4));
    if (pubYear !== year + 1) {
      findings.push({ messageId: 'publication', span: publicationDate.span, data: { found: publicationDate.value, year, next: year + 1 } });
    }
  }
  return findings;
}
