// table3/fee-notice-link (I9): if table 三 （六）2 counts requests dropped for unpaid fees, part 六 must report
// fee notices sent, at least that many; a "no fees" statement contradicts the table.
import { partSentences } from './lib.js';

export default function feeNoticeLink(ctx) {
  const cell = ctx.model.cells['requests.otherHandling.overdueFee.total'];
  if (!cell || cell.value == null || cell.value <= 0) return [];
  const related = [{ message: '表三（六）2', span: cell.span, key: 'requests.otherHandling.overdueFee.total' }];
  if (!ctx.model.sections.other) return [];
  const other = partSentences(ctx, 'other');
  for (const s of other) {
    const notices = /发出收费通知[^。]{0,10}?(\d+)\s*(?:件|份|次)/.exec(s.text);
    if (notices) {
      if (Number(notices[1]) >= cell.value) return [];
      return [{ messageId: 'tooFew', span: s.span(notices.index, notices.index + notices[0].length), key: cell && 'requests.otherHandling.overdueFee.total', data: { notices: notices[1], dropped: cell.value }, related }];
    }
  }
  for (const s of other) {
    if (/信息处理费/.test(s.text) && /未收取|均为\s*0|未发出|不收取/.test(s.text)) {
      return [{ messageId: 'contradiction', span: s.span(0, s.text.length), data: { dropped: cell.value }, related }];
    }
  }
  return [{ messageId: 'missing', span: ctx.model.sections.other.heading.span, data: { dropped: cell.value }, related }];
}
