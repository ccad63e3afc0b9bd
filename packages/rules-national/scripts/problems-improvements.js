// content/problems-improvements: part 五 states problems AND improvements, and is not a list of stock phrases.
// A heuristic (warning): short, figure-free text built from phrases seen in many reports is flagged.
import { partText } from './lib.js';

const PROBLEM = /问题|不足|差距|短板|薄弱/;
const IMPROVE = /改进|措施|下一步|今后|将(?:进一步|继续|持续)|加强|提升/;
const STOCK = [
  /意识(?:有待|还需|仍需)(?:进一步)?(?:加强|提高)/,
  /有待(?:进一步)?(?:提升|提高|加强)/,
  /深度不足/,
  /参与度不高/,
  /(?:主动)?公开意识不强/,
  /形式(?:还|仍)?(?:欠|不够)丰富/,
  /(?:工作)?(?:力量|人员)(?:不足|薄弱)/,
  /进一步(?:提高|加强)思想认识/,
];

export default function problemsImprovements(ctx) {
  const text = partText(ctx.model, 'problems');
  if (text === null) return [];
  const heading = ctx.model.sections.problems.heading.span;
  const findings = [];
  if (!PROBLEM.test(text)) findings.push({ messageId: 'noProblems', span: heading });
  if (!IMPROVE.test(text)) findings.push({ messageId: 'noImprovements', span: heading });
  const stock = STOCK.filter((re) => re.test(text)).length;
  // Years and list numbers (“1.”) are not concrete figures; counts with a unit are.
  const concrete = (text.match(/\d+(?:\.\d+)?\s*(?:条|件|篇|次|个|期|场|人次|份|家|项|%)/g) ?? []).length;
  const length = text.replace(/\s/g, '').length;
  // A part that itemises its problems and remedies (一是…, 1. …, （一）…) at some length says more than its stock
  // phrases: two or three of them are usual wording there, not emptiness; it takes four to call it generic.
  const items = (text.match(/(?:^|[。；;：:\n])\s*(?:[一二三四五六七八九十]是|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)])/g) ?? []).length;
  // Unless every remedy is "进一步 + verb" (SEED-003 L604–611): that is the stock list itself.
  const boilerplate = (text.match(/进一步/g) ?? []).length >= 4;
  const threshold = (ctx.options?.stockThreshold ?? 2) + (items >= 3 && length >= 150 && !boilerplate ? 2 : 0);
  if (stock >= threshold && concrete === 0 || length < (ctx.options?.minLength ?? 80)) {
    findings.push({ messageId: 'generic', span: heading, data: { stock, length } });
  }
  return findings;
}
