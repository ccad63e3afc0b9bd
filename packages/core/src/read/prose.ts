// The text of a prose node as the reader gave it, with a map back to Document.text. Slicing Document.text
// by a node's position gives the source, which for HTML holds tags, entities and hard-wrapped lines, and for
// PDF the line breaks of the layout; the node's text children hold what a reader of the page sees.
import type { Nodes } from 'mdast';

export interface ProseText {
  text: string;
  /** `offsets[i]` is the Document.text offset of `text[i]`; `offsets[text.length]` is where the text ends. */
  offsets: number[];
}

/**
 * Concatenates the text descendants of a paragraph, heading or cell; a hard line break (`break` node) becomes
 * "\n". Within a text node whose value has the length of its source extent the map is exact. Otherwise
 * (entities, escapes, collapsed whitespace, continuation-line indents) the value is aligned with `source`
 * when it is given, else each character maps to the nearest offset inside its node's extent.
 */
export function proseText(node: Nodes, source?: string): ProseText {
  let text = '';
  const offsets: number[] = [];
  let end = node.position?.end.offset ?? 0;
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.type === 'text' || n.type === 'inlineCode') {
      const start = n.position?.start.offset;
      const stop = n.position?.end.offset;
      if (start === undefined || stop === undefined) continue;
      if (stop - start === n.value.length) for (let i = 0; i < n.value.length; i++) offsets.push(start + i);
      else if (source !== undefined) align(n.value, source, start, stop, offsets);
      else for (let i = 0; i < n.value.length; i++) offsets.push(Math.min(start + i, Math.max(start, stop - 1)));
      text += n.value;
      end = stop;
      continue;
    }
    if (n.type === 'break') {
      const at = n.position?.start.offset ?? end;
      offsets.push(at);
      text += '\n';
      continue;
    }
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  offsets.push(end);
  return { text, offsets };
}

const WHITESPACE = /[ \t\r\n\f\u00a0]/;

/**
 * Maps each character of `value` to an offset in source[start, stop) by walking both once: equal characters
 * pair up; an entity (`&lt;`) or an escape (`\*`) in the source stands for one character of the value; source
 * whitespace the value does not have (a collapsed run, a continuation-line indent) is skipped; a character
 * the source does not have maps where the walk is. Linear, monotonic, and never outside the extent.
 */
function align(value: string, source: string, start: number, stop: number, out: number[]): void {
  const last = Math.max(start, stop - 1);
  let j = start;
  for (let i = 0; i < value.length; ) {
    const c = value[i];
    const s = j < stop ? source[j] : '';
    if (s === c) {
      out.push(j++);
      i++;
    } else if (s === '&') {
      // Entity names are short: look for the ";" nearby only, so that a text full of "&" stays linear.
      let semi = j + 1;
      while (semi < stop && semi - j <= 32 && source[semi] !== ';') semi++;
      const width = value.codePointAt(i)! > 0xffff ? 2 : 1;
      for (let k = 0; k < width; k++) out.push(j);
      i += width;
      j = semi < stop && source[semi] === ';' ? semi + 1 : j + 1;
    } else if (s === '\\' && source[j + 1] === c) j++;
    else if (s !== '' && WHITESPACE.test(s) && WHITESPACE.test(c)) {
      out.push(j++);
      i++;
    } else if (s !== '' && WHITESPACE.test(s)) j++;
    else {
      out.push(Math.min(j, last));
      i++;
    }
  }
}
