// text/percent-change: "收到申请61件，较上年减少20.8%" must agree with last year's report when it is given.
import { paragraphs } from './lib.js';

const CHANGE = /(?:收到|新收|受理)[^。，,]{0,20}?申请[^0-9。，,]{0,6}?(\d+)\s*件[，,]?\s*(?:较|比)(?:上年|上一年|去年|20\d\d年)(?:度)?(?:同期)?(增长|增加|上升|减少|下降)\s*(\d+(?:\.\d+)?)\s*%/g;

export default function percentChange(ctx) {
  const before = ctx.previous?.cells['requests.newReceived.total']?.value;
  if (before == null || before === 0) return [];
  const findings = [];
  for (const p of paragraphs(ctx.model)) {
    CHANGE.lastIndex = 0;
    for (let m = CHANGE.exec(p.text); m; m = CHANGE.exec(p.text)) {
      const now = Number(m[1]);
      const sign = /减少|下降/.test(m[2]) ? -1 : 1;
      const stated = sign * Number(m[3]);
      const actual = ((now - before) / before) * 100;
      if (Math.abs(actual - stated) > (ctx.options?.tolerance ?? 0.6)) {
        findings.push({ messageId: 'mismatch', span: ctx.helpers.textSpan(p, m.index, m.index + m[0].length), data: { stated: m[3], actual: actual.toFixed(1), before } });
      }
    }
  }
  return findings;
}
