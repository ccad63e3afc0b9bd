// hast-util-from-parse5 recurses once per nesting level and overflows the stack somewhere below 10 000 levels
// (an unclosed `<div>` repeated, a broken CMS export). When that happens the reader blanks every tag nested
// deeper than a limit and parses again. Tags become spaces of the same length, newlines kept, so every offset,
// line and column of the remaining text is unchanged.

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

// Tags that carry the structure the reader needs (tables, blocks, headings): kept at any depth when possible.
const STRUCTURE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'title']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/**
 * Blanks the tags nested deeper than `maxDepth`. With `keepStructure`, table, paragraph and heading tags are
 * kept (only wrappers such as div/span/font go), which suffices unless the structure itself is what nests.
 */
export function flattenDeepTags(html: string, maxDepth: number, keepStructure = true): { html: string; dropped: number } {
  const out: string[] = [];
  const open: boolean[] = []; // per open element: was its start tag blanked?
  let last = 0;
  let dropped = 0;
  let lower: string | undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const tag = m[2]?.toLowerCase();
    if (!tag) continue; // a comment: keep as is
    const closing = m[1] === '/';
    let drop = false;
    if (closing) {
      if (!VOID.has(tag) && open.length > 0) drop = open.pop() === true;
    } else if (!VOID.has(tag) && !m[0].endsWith('/>')) {
      drop = open.length >= maxDepth && !(keepStructure && STRUCTURE.has(tag));
      open.push(drop);
      if (RAW_TEXT.has(tag)) {
        // Skip the raw text so that a `<div>` inside a script is not counted.
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${tag}`, TOKEN.lastIndex);
        TOKEN.lastIndex = close < 0 ? html.length : close;
      }
    }
    if (drop) {
      dropped++;
      out.push(html.slice(last, m.index), blank(m[0]));
      last = m.index + m[0].length;
    }
  }
  if (dropped === 0) return { html, dropped };
  out.push(html.slice(last));
  return { html: out.join(''), dropped };
}
