// wording/enumeration: 一是、二是、三是… must not skip or repeat ("一信息…二是…" lost its 是), and a declared count
// ("从以下三个方面…") must match the items that follow it.
//
// A list may run on into the next paragraph of the same part ("…一是…。" / "二是…三是…"): the count carries over
// to an adjacent paragraph, so the second paragraph is not "missing 一是".
import { paragraphs } from './lib.js';

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const MARK = /([一二三四五六七八九十])是/g;
/**
 * A declared count introducing a list: "以下三个方面", "如下两点", "从三个方面…：". Either 以下/如下/下列 before the
 * number or a colon soon after it says a list follows; otherwise "三个方面" is just a phrase. "第三项" is an ordinal.
 */
const DECLARED = /(?:(?<lead>以下|如下|下列)(?:的)?)?(?<![第\d（(一二三四五六七八九十两])(?<n>[两二三四五六七八九十])(?:个|大)?(?<noun>方面|点|项|条)(?<tail>[^。；;：:\d]{0,12}?[：:])?/g;

export default function enumeration(ctx) {
  const findings = [];
  const list = paragraphs(ctx.model);
  /** Every mark of the prose, with its paragraph's index, for the declared counts. */
  const marks = [];
  /** The list in progress at the end of the previous paragraph with marks: { index, section, expected }. */
  let open = null;
  list.forEach((p, i) => {
    // Every mark ends in 是: most paragraphs have none, and need no scan.
    if (!p.text.includes('是')) return;
    const found = [...p.text.matchAll(MARK)].map((m) => ({ n: ORDINALS.indexOf(m[1]) + 1, index: m.index, para: i }));
    if (found.length === 0) return;
    marks.push(...found);
    const carried = open !== null && open.index === i - 1 && open.section === p.section;
    if (found.length < 2 && !carried) {
      open = { index: i, section: p.section, expected: found[0].n + 1 };
      return;
    }
    let expected = carried ? open.expected : 1;
    open = null;
    for (const mark of found) {
      // A new 一是 starts a new list.
      if (mark.n === 1) {
        expected = 2;
        continue;
      }
      if (mark.n !== expected) {
        const kind = mark.n < expected ? 'repeated' : 'skipped';
        findings.push({ messageId: kind, span: ctx.helpers.textSpan(p, mark.index, mark.index + 2), data: { found: `${ORDINALS[mark.n - 1]}是`, expected: `${ORDINALS[expected - 1] ?? expected}是` } });
        return;
      }
      expected += 1;
    }
    open = { index: i, section: p.section, expected };
  });
  list.forEach((p, i) => {
    for (const d of p.text.matchAll(DECLARED)) {
      if (!d.groups.lead && !d.groups.tail) continue;
      const declared = d.groups.n === '两' ? 2 : ORDINALS.indexOf(d.groups.n) + 1;
      const items = itemsAfter(marks, list, i, d.index + d[0].length);
      if (items < 2 || items === declared) continue;
      findings.push({
        messageId: 'declared',
        span: ctx.helpers.textSpan(p, d.index, d.index + d[0].length),
        data: { declared: `${d.groups.n}${d[0].includes('个') ? '个' : ''}${d.groups.noun}`, count: items },
      });
    }
  });
  return findings;
}

/** How many items 一是、二是… follow a declaration at `offset` of paragraph `i`, in it and the adjacent paragraphs of its part. */
function itemsAfter(marks, list, i, offset) {
  const section = list[i].section;
  let k = 0;
  let lastPara = i;
  for (const m of marks) {
    if (m.para < i || (m.para === i && m.index < offset)) continue;
    if (m.para > lastPara + 1 || list[m.para].section !== section) break;
    if (m.n !== k + 1) break;
    k += 1;
    lastPara = m.para;
  }
  return k;
}
