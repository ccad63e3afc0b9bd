// text/breakdown-sum: a stated total and the itemised counts after it ("共N条，其中a条、b条、c条") must add up, and
// no category may be listed twice.
//
// Where a list starts: "N条[，。]其中" (any total right before 其中), "共N条，" and "在…N条…中，" followed by at least
// two itemised counts. Where it ends: at 。, at an item in another unit, at text that is no item; at ；/， once
// the items reach the total (what follows is another statement). A number without its unit inside the list
// ("主动公开10，") makes the list unreadable: no check; a clause between two counts ends it (highlights, not a
// breakdown). A hedge (等, 约, 余, 多…) counts only right next to a count
// ("20条等", "等20条", "约20条") and only excuses a sum below the total; items above the total are always wrong.
import { paragraphs } from './lib.js';

const UNITS = '条|件|篇|个|份|项';
const SP = '[\\s\\u00a0]*';
/** Starts of a list; `q` marks the 其中 form, the others need two items and names that are categories. */
const STARTS = new RegExp(
  [
    `(?:共(?:计)?${SP})?(?<n1>\\d+)${SP}(?<u1>${UNITS})${SP}[。，,；;：:]?${SP}(?<q>其中)`,
    `共(?:计)?${SP}(?<n2>\\d+)${SP}(?<u2>${UNITS})${SP}[，,：:](?!${SP}其中)`,
    `在[^。，,；;]{0,30}?(?<n3>\\d+)${SP}(?<u3>${UNITS})[^。，,；;\\d]{0,20}?中${SP}[，,：:]`,
  ].join('|'),
  'g',
);
/** One item: a name (no digits, no sentence end), its count and unit; an optional 等 after it. */
const ITEM = new RegExp(`([^\\d。！？!?]{0,30}?)${SP}(\\d+)${SP}(${UNITS})(${SP}等)?`, 'y');
/** A hedge right next to a count. */
const HEDGE_BEFORE = /(?:等|约|近|超过|逾|共约)$/;
const HEDGE_AFTER = /^(?:余|多|以上|左右)/;
/** Item names that say what was done with something, not what kind it is: not a breakdown (办结10件, 结转2件). */
const NOT_CATEGORY = /办结|答复|受理|结转|转办|告知|回复|处理|同比|较上|比上|增长|减少|下降|上升/;
const TOTAL_WORD = /共|合计|总计|累计/;
/**
 * The outcomes of requests (表三): a text lists the ones it has ("办结67件，其中予以公开25件、部分公开13件…") and
 * text/t3-figures checks each against the table; their sum is no breakdown of the total.
 */
const REQUEST_OUTCOME = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|结转|办结|答复/;

export default function breakdownSum(ctx) {
  const findings = [];
  for (const p of paragraphs(ctx.model)) {
    const text = p.text;
    let checkedTo = -1;
    STARTS.lastIndex = 0;
    for (let m = STARTS.exec(text); m; m = STARTS.exec(text)) {
      const g = m.groups;
      const total = Number(g.n1 ?? g.n2 ?? g.n3);
      const unit = g.u1 ?? g.u2 ?? g.u3;
      const listStart = m.index + m[0].length;
      if (listStart <= checkedTo) continue;
      const list = readItems(text, listStart, unit, total);
      if (!list) continue;
      const { items, end, hedged } = list;
      const strict = !g.q;
      if (items.length < 2) continue;
      if (items.some((x) => REQUEST_OUTCOME.test(x.name)) || (strict && items.some((x) => NOT_CATEGORY.test(x.name)))) continue;
      checkedTo = end;
      const sum = items.reduce((acc, x) => acc + x.count, 0);
      const span = ctx.helpers.textSpan(p, m.index, end);
      const names = items.map((x) => x.name.replace(/^(涉及|包括|含)/, ''));
      if (sum > total || (sum < total && !hedged)) {
        findings.push({ messageId: 'sum', span, data: { total, sum, unit, items: items.map((x, i) => `${names[i]}${x.count}${unit}`).join('、') } });
      }
      const repeated = names.find((n, i) => n && names.indexOf(n) !== i);
      if (repeated) findings.push({ messageId: 'repeated', span, data: { name: repeated } });
    }
  }
  return findings;
}

/**
 * The items from `from` on, or null when the list cannot be read (a count without its unit, another total
 * inside it). Names are cut after the last separator (、，；) before the count: "安全生产、应急管理类7条" is one
 * item named by its last part (for the repeated-name check).
 */
function readItems(text, from, unit, total) {
  const items = [];
  let pos = from;
  let sum = 0;
  let hedged = false;
  for (;;) {
    ITEM.lastIndex = pos;
    const m = ITEM.exec(text);
    if (!m) {
      // What follows is no item: a number in it up to the sentence's end is a count without its unit.
      const rest = text.slice(pos).split(/[。！？!?]/)[0];
      if (items.length > 0 && /\d/.test(rest.split(/[；;]/)[0]) && sum < total) return null;
      break;
    }
    const [, rawName, countText, itemUnit, deng] = m;
    if (itemUnit !== unit) break;
    const sep = rawName.match(/^[\s\u00a0，,、；;：:]*/)[0];
    // At a clause boundary after a complete list, what follows is another statement.
    if (items.length > 0 && sum === total && /[；;，,]/.test(sep)) break;
    const body = rawName.slice(sep.length);
    // A clause between two counts ("191条，持续保持高频更新；行政规范性文件3条") comments on highlights: not a breakdown.
    if (items.length > 0 && /[，,；;：:]/.test(body)) break;
    const name = body.split(/[、]/).pop().trim();
    if (TOTAL_WORD.test(name)) return null;
    const count = Number(countText);
    const before = rawName.trimEnd();
    if (deng || HEDGE_BEFORE.test(before) || HEDGE_AFTER.test(text.slice(ITEM.lastIndex))) hedged = true;
    items.push({ name, count });
    sum += count;
    pos = ITEM.lastIndex;
  }
  if (items.length === 0) return null;
  return { items, end: pos, hedged };
}
