// deadline/statutory and deadline/local: the publication date against 条例第四十九条 (部门 by 1月31日,
// 县级以上地方人民政府 by 3月31日 of the following year; before 2019 every body by 3月31日, 2008 条例第三十一条) or
// against deadlines configured in settings.
import { bodyType, reportYear } from './lib.js';

const STATUTORY = { department: '01-31', office: '01-31', government: '03-31' };
/** Reports for 2018 and before: the 2008 条例第三十一条 gave every 行政机关 the same date, 3月31日. */
const REGIME_2008 = Object.fromEntries(['department', 'office', 'government', 'township', 'subdistrict', 'unknown'].map((t) => [t, '03-31']));

export function check(ctx, deadlines) {
  const year = reportYear(ctx);
  const type = bodyType(ctx);
  const due = deadlines[type];
  if (!due || year == null) return [];
  const date = ctx.model.meta.publicationDate;
  const dueDate = `${year + 1}-${due}`;
  if (!date) {
    // Text dumps often lose the page's date: say that it cannot be checked rather than pass silently.
    return [{ messageId: 'unknown', level: 'info', span: ctx.helpers.span(0, 0), data: { due: dueDate } }];
  }
  if (date.value > dueDate) {
    return [{ messageId: 'late', span: date.span, data: { date: date.value, due: dueDate } }];
  }
  return [];
}

export default function statutoryDeadline(ctx) {
  const year = reportYear(ctx);
  return check(ctx, year != null && year < 2019 ? REGIME_2008 : STATUTORY);
}
