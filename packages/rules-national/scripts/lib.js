// Small helpers shared by this pack's script rules. Only model data in, plain data out.

/** The report year: settings override what the model inferred. */
export function reportYear(ctx) {
  return ctx.settings?.reportYear ?? ctx.model.meta.year ?? null;
}

export function bodyType(ctx) {
  return ctx.settings?.bodyType ?? ctx.model.meta.bodyType;
}

/** Prose paragraphs of the given parts (all prose when `keys` is empty). */
export function paragraphs(model, keys = []) {
  return model.paragraphs.filter((p) => keys.length === 0 || keys.includes(p.section));
}

/** A part's text as a reader reads it (HTML without its tags and wrapped lines): its paragraphs, one a line. */
export function partText(model, key) {
  return model.sections[key] ? paragraphs(model, [key]).map((p) => p.text).join('\n') : null;
}

/**
 * The sentences of a part's paragraphs as read, each with `span(from, to)`: the source Span of its text[from, to)
 * (helpers.textSpan: right also where the source holds markup).
 */
export function partSentences(ctx, key) {
  const out = [];
  for (const p of paragraphs(ctx.model, [key])) {
    for (const s of sentences(p.text)) out.push({ text: s.text, span: (from, to) => ctx.helpers.textSpan(p, s.start + from, s.start + to) });
  }
  return out;
}

/** Sentences of a text, split on Chinese and Western sentence ends, with their offsets. */
export function sentences(text, base = 0) {
  const out = [];
  const re = /[^。！？!?；;\n]+[。！？!?；;]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ text: m[0], start: base + m.index });
  }
  return out;
}

/** Whitespace (incl. NBSP and ideographic space) removed, NFKC applied: for comparing names. */
export function squash(s) {
  return s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

export function documentStart(ctx) {
  return ctx.helpers.span(0, 0);
}
