// wording/brackets: round brackets and book-title marks must pair up: no "）" without its "（", no "（" left open,
// no "（二)" mixing full- and half-width forms.
//
// A paragraph may end inside a bracket when the reader split a sentence (a PDF line, a hard-wrapped source): an
// opening bracket carries over to the adjacent paragraph of the same part. Closing-only list numbers ("1）",
// "a)") are enumerators, not brackets.
const FAMILIES = [
  { open: '（(', close: '）)' },
  { open: '《', close: '》' },
];
const ENUMERATOR = /(?:^|[\s\u3000。；;：:，,、])[\s\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-z])$/;

export default function brackets(ctx) {
  const findings = [];
  const { paragraphs, headings } = ctx.model;
  /** Open brackets per family: { ch, item, at }. */
  let stacks = FAMILIES.map(() => []);
  let previous = null;
  const flush = () => {
    for (const stack of stacks) {
      for (const o of stack) findings.push({ messageId: 'unclosed', span: ctx.helpers.textSpan(o.item, o.at, o.at + 1), data: { open: o.ch, close: pairOf(o.ch) } });
    }
    stacks = FAMILIES.map(() => []);
  };
  const items = [...paragraphs.map((p, i) => ({ item: p, index: i, heading: false })), ...headings.map((h) => ({ item: h, heading: true }))];
  items.sort((a, b) => a.item.span.start.offset - b.item.span.start.offset);
  for (const { item, index, heading } of items) {
    const adjacent = !heading && previous !== null && !previous.heading && previous.index === index - 1 && previous.item.section === item.section;
    if (!adjacent) flush();
    scan(ctx, item, stacks, findings);
    previous = { item, index, heading };
  }
  flush();
  findings.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return findings;
}

/** Each bracket character → its family's index; the scan jumps from one bracket to the next. */
const FAMILY_OF = new Map(FAMILIES.flatMap((x, f) => [...x.open, ...x.close].map((ch) => [ch, f])));
const BRACKET = /[（()）《》]/g; // the characters of FAMILIES

function scan(ctx, item, stacks, findings) {
  const text = item.text;
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const f = FAMILY_OF.get(ch);
    const family = FAMILIES[f];
    const stack = stacks[f];
    if (family.open.includes(ch)) {
      stack.push({ ch, item, at: i });
      continue;
    }
    const span = ctx.helpers.textSpan(item, i, i + 1);
    if (stack.length === 0) {
      if (family.open.length > 1 && ENUMERATOR.test(text.slice(Math.max(0, i - 6), i))) continue;
      findings.push({ messageId: 'unopened', span, data: { open: family.open[0], close: ch } });
      continue;
    }
    const o = stack.pop();
    if (family.open.indexOf(o.ch) !== family.close.indexOf(ch)) findings.push({ messageId: 'mixed', span, data: { open: o.ch, close: ch, right: pairOf(o.ch) } });
  }
}

function pairOf(open) {
  const f = FAMILIES.find((x) => x.open.includes(open));
  return f.close[f.open.indexOf(open)];
}
