// text/breakdown-sum: "共N条，其中a条、b条、c条" must add up to N, and no category may be listed twice.
import { paragraphs, sentences } from './lib.js';

const TOTAL = /共(?:计)?[\s\u00a0]*(\d+)[\s\u00a0]*(条|件|篇|个|份|项)[。，,；;]?[\s\u00a0]*其中([^。]+)/g;
const HEDGES = /等|余|约|主要|多|近|超过|以上|包括/;

export default function breakdownSum(ctx) {
  const findings = [];
  for (const p of paragraphs(ctx.model)) {
    TOTAL.lastIndex = 0;
    for (let m = TOTAL.exec(p.text); m; m = TOTAL.exec(p.text)) {
      const [, totalText, unit, rest] = m;
      if (HEDGES.test(rest)) continue;
      const item = new RegExp(`([^\\d，,、；;。\\s\\u00a0]{1,20}?)[\\s\\u00a0]*(\\d+)[\\s\\u00a0]*${unit}`, 'g');
      const parts = [...rest.matchAll(item)];
      if (parts.length < 2) continue;
      const sum = parts.reduce((acc, x) => acc + Number(x[2]), 0);
      const total = Number(totalText);
      const span = ctx.helpers.textSpan(p, m.index, m.index + m[0].length);
      if (sum !== total) {
        findings.push({ messageId: 'sum', span, data: { total, sum, unit, items: parts.map((x) => `${x[1].replace(/^(涉及|包括)/, '')}${x[2]}${unit}`).join('、') } });
      }
      const names = parts.map((x) => x[1].replace(/^(涉及|包括|含)/, ''));
      const repeated = names.find((n, i) => names.indexOf(n) !== i);
      if (repeated) findings.push({ messageId: 'repeated', span, data: { name: repeated } });
    }
  }
  return findings;
}
