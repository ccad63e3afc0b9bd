// content/copy-previous-year: a report nearly identical to last year's (numbers and years masked) is 内容雷同.
export default function copyPreviousYear(ctx) {
  if (!ctx.previous) return [];
  const mask = (m) => m.paragraphs.map((p) => p.text).join('\n').replace(/\d+(?:\.\d+)?/g, '#').replace(/[\s\u00a0\u3000]+/g, '');
  const a = shingles(mask(ctx.model));
  const b = shingles(mask(ctx.previous));
  if (a.size === 0 || b.size === 0) return [];
  let common = 0;
  for (const s of a) if (b.has(s)) common += 1;
  const similarity = common / Math.max(a.size, b.size);
  const threshold = ctx.options?.threshold ?? 0.9;
  if (similarity < threshold) return [];
  const span = ctx.model.meta.title?.span ?? ctx.helpers.span(0, 0);
  return [{ messageId: 'similar', span, data: { percent: Math.round(similarity * 100) } }];
}

/** Character 5-grams: robust to small edits, cheap for texts of a few thousand characters. */
function shingles(text, n = 5) {
  const out = new Set();
  for (let i = 0; i + n <= text.length; i += 1) out.add(text.slice(i, i + n));
  return out;
}
