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
 * Concatenates the text descendants of a paragraph, heading or cell. Within a text node whose value has the
 * length of its source extent the map is exact; otherwise (entities, collapsed whitespace) each character
 * maps to the nearest offset inside its node's extent.
 */
export function proseText(node: Nodes): ProseText {
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
      const exact = stop - start === n.value.length;
      for (let i = 0; i < n.value.length; i++) offsets.push(exact ? start + i : Math.min(start + i, Math.max(start, stop - 1)));
      text += n.value;
      end = stop;
      continue;
    }
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  offsets.push(end);
  return { text, offsets };
}
