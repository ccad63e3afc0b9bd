// deadline/statutory and deadline/local: the publication date against 条例第四十九条 (部门 by 1月31日,
// 县级以上地方人民政府 by 3月31日 of the following year) or against deadlines configured in settings.
import { bodyType, reportYear } from './lib.js';

const STATUTORY = { department: '01-31', office: '01-31', government: '03-31' };

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
  return check(ctx, STATUTORY);
}
