// Small helpers shared by this pack's script rules. Only model data in, plain data out.

/** The report year: settings override what the model inferred. */
export function reportYear(ctx) {
  return ctx.settings?.reportYear ?? ctx.model.meta.year ?? null;
}

export function bodyType(ctx) {
  return ctx.settings?.bodyType ?? ctx.model.meta.bodyType;
}

/** The text of a part (without its heading line) and the offset where it starts. */
export function sectionBody(model, key) {
  const section = model.sections[key];
  if (!section) return null;
  const start = section.heading.span.end.offset;
  const end = section.span.end.offset;
  return { text: model.text.slice(start, end), start };
}

/** Prose paragraphs of the given parts (all prose when `keys` is empty). */
export function paragraphs(model, keys = []) {
  return model.paragraphs.filter((p) => keys.length === 0 || keys.includes(p.section));
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
