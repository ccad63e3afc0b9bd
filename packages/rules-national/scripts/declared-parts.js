// structure/declared-parts: an opening that says the report has N parts must match the six parts it has.
import { paragraphs } from './lib.js';

const CN = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const DECLARED = /(?:由|包括|分为|共)[^。]{0,300}?([一二三四五六七八九十]|\d{1,2})\s*(?:个)?部分(?:组成|内容)?/g;

export default function declaredParts(ctx) {
  const { model } = ctx;
  const actual = Object.keys(model.sections).length;
  const findings = [];
  // Only the opening (before part 一) and part 一 itself declare the structure.
  for (const p of paragraphs(model).filter((p) => p.section === null || p.section === 'overview').slice(0, 6)) {
    DECLARED.lastIndex = 0;
    for (let m = DECLARED.exec(p.text); m; m = DECLARED.exec(p.text)) {
      const n = CN[m[1]] ?? Number(m[1]);
      if (n === 6 || n === actual) continue;
      findings.push({ messageId: 'mismatch', span: ctx.helpers.textSpan(p, m.index, m.index + m[0].length), data: { declared: n, actual } });
    }
  }
  return findings;
}
