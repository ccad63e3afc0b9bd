// structure/declared-parts: an opening that says the report has N parts must match the six parts it has, and
// the parts it names ("本报告由总体情况、…等六个部分组成") should be named as their headings are (an info: the
// intro copied from an older report, "因政府信息公开申请行政复议、提起行政诉讼的情况" for part 四).
import { paragraphs } from './lib.js';

const CN = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const DECLARED = /(?:由|包括|分为|共)[^。]{0,300}?([一二三四五六七八九十]|\d{1,2})\s*(?:个)?部分(?:组成|内容)?/g;
/** The names listed before the count: "由A、B、…和F等六个部分组成". */
const LISTED = /(?:由|包括|分为)([^。]{6,300}?)(?:等)?\s*(?:[一二三四五六七八九十]|\d{1,2})\s*(?:个)?部分/;
const NUMERALS = '一二三四五六七八九十';
/** A part's name ends in one of these: a "、" before anything else is inside a name ("行政复议、行政诉讼情况"). */
const NAME_END = /(?:情况|事项|措施)$/;

export default function declaredParts(ctx) {
  const { model } = ctx;
  const actual = Object.keys(model.sections).length;
  const findings = [];
  // Only the opening (before part 一) and part 一 itself declare the structure (a crawler's page header can take
  // the first few paragraphs).
  for (const p of paragraphs(model).filter((p) => p.section === null || p.section === 'overview').slice(0, 12)) {
    DECLARED.lastIndex = 0;
    for (let m = DECLARED.exec(p.text); m; m = DECLARED.exec(p.text)) {
      const n = CN[m[1]] ?? Number(m[1]);
      if (n === 6 || n === actual) continue;
      findings.push({ messageId: 'mismatch', span: ctx.helpers.textSpan(p, m.index, m.index + m[0].length), data: { declared: n, actual } });
    }
    const list = LISTED.exec(p.text);
    if (list) findings.push(...namingDrift(ctx, p, list));
  }
  return findings;
}

/** The listed names against the headings of the same number: similar but not the same is drift. */
function namingDrift(ctx, p, list) {
  const names = splitNames(list[1]);
  if (names.length < 4) return [];
  const byNumber = new Map(ctx.model.headings.map((h) => [NUMERALS.indexOf(h.text.trim()[0]) + 1, h]));
  const out = [];
  let from = list.index + list[0].indexOf(list[1]);
  names.forEach((name, i) => {
    const at = p.text.indexOf(name, from);
    from = at + name.length;
    const heading = byNumber.get(i + 1);
    if (!heading || at < 0) return;
    const title = heading.text.trim().replace(/^[一二三四五六七八九十]\s*[、.．，,]\s*/, '');
    // 和/及/与 for 、 (and a 的) is the same name.
    const [n, t] = [name, title].map((x) => x.replace(/[、和及与的]/g, ''));
    if (n.includes(t) || t.includes(n) || similarity(n, t) < 0.5) return;
    out.push({ messageId: 'naming', level: 'info', span: ctx.helpers.textSpan(p, at, at + name.length), data: { listed: name, heading: heading.text.trim(), number: NUMERALS[i] } });
  });
  return out;
}

/** "A、B、因…复议、提起…的情况、…和F" → the names, a "、" or "和" inside a name kept. */
function splitNames(text) {
  const names = [];
  let current = '';
  for (const piece of text.split('、')) {
    current = current ? `${current}、${piece}` : piece;
    if (NAME_END.test(current) || /(?:情况|事项|措施)(?:和|以及|及|与)/.test(current)) {
      names.push(...current.split(/(?<=情况|事项|措施)(?:和|以及|及|与)/));
      current = '';
    }
  }
  if (current) names.push(current);
  return names.map((n) => n.trim()).filter(Boolean);
}

/** Shared character pairs over the pairs of the shorter text. */
function similarity(a, b) {
  const pairs = (s) => new Set([...s].slice(1).map((c, i) => s[i] + c));
  const pa = pairs(a);
  const pb = pairs(b);
  let shared = 0;
  for (const x of pa) if (pb.has(x)) shared += 1;
  return shared / Math.max(1, Math.min(pa.size, pb.size));
}
