// deadline/local: deadlines a provincial or city office sets (settings.deadlines: {bodyType: "MM-DD"}).
import { check } from './deadline.js';

export default function localDeadline(ctx) {
  const deadlines = { ...(ctx.options?.deadlines ?? {}), ...(ctx.settings?.deadlines ?? {}) };
  return Object.keys(deadlines).length ? check(ctx, deadlines) : [];
}
