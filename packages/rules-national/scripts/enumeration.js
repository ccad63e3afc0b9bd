// wording/enumeration: 一是、二是、三是… must not skip or repeat inside a paragraph ("一信息…二是…" lost its 是).
import { paragraphs } from './lib.js';

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const MARK = /([一二三四五六七八九十])是/g;

export default function enumeration(ctx) {
  const findings = [];
  for (const p of paragraphs(ctx.model)) {
    // Every mark ends in 是: most paragraphs have none, and need no scan.
    if (!p.text.includes('是')) continue;
    const marks = [...p.text.matchAll(MARK)].map((m) => ({ n: ORDINALS.indexOf(m[1]) + 1, index: m.index }));
    if (marks.length < 2) continue;
    let expected = 1;
    for (const mark of marks) {
      // A new 一是 starts a new list in the same paragraph.
      if (mark.n === 1) {
        expected = 2;
        continue;
      }
      if (mark.n !== expected) {
        const kind = mark.n < expected ? 'repeated' : 'skipped';
        findings.push({ messageId: kind, span: ctx.helpers.textSpan(p, mark.index, mark.index + 2), data: { found: `${ORDINALS[mark.n - 1]}是`, expected: `${ORDINALS[expected - 1] ?? expected}是` } });
        break;
      }
      expected += 1;
    }
  }
  return findings;
}
