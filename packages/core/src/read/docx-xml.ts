// Small DOM helpers for WordprocessingML. Elements are matched by local name, so that the transitional
// (`w:` = schemas.openxmlformats.org) and strict (purl.oclc.org) namespaces both work.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

export class XmlError extends Error {}

export function parseXml(xml: string, part: string): Element {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new XmlError(`${part}: ${message}`);
    },
  });
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = parser.parseFromString(xml, 'text/xml');
  } catch (err) {
    // xmldom wraps what onError throws in its own ParseError.
    throw err instanceof XmlError ? err : new XmlError(`${part}: ${(err as Error).message.replace(/^.*caused Error: /s, '')}`);
  }
  if (!doc.documentElement) throw new XmlError(`${part}: no root element`);
  return doc.documentElement;
}

export function isElement(n: Node | null): n is Element {
  return n !== null && n.nodeType === ELEMENT_NODE;
}

export function children(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n) && (!name || n.localName === name)) out.push(n);
  return out;
}

export function child(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n) && n.localName === name) return n;
  return undefined;
}

/** First descendant on a path of local names: `path(tc, 'tcPr', 'gridSpan')`. */
export function path(el: Element | undefined, ...names: string[]): Element | undefined {
  let cur = el;
  for (const n of names) cur = child(cur, n);
  return cur;
}

/** An attribute by local name (`w:val`, `w:id`…), whatever its prefix. */
export function attr(el: Element | undefined, local: string): string | undefined {
  if (!el) return undefined;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i);
    if (a && (a.localName === local || a.name === local)) return a.value;
  }
  return undefined;
}

/** The text content of a `w:t`-like element (text and CDATA children). */
export function textOf(el: Element): string {
  let s = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) s += n.nodeValue ?? '';
  return s;
}

/** Depth-first walk without recursion; `enter` returns false to skip an element's subtree. */
export function walkElements(root: Element, enter: (el: Element) => boolean): void {
  const stack: Element[] = children(root).reverse();
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (!enter(el)) continue;
    const kids = children(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

export function intAttr(el: Element | undefined, local: string, fallback: number): number {
  const v = attr(el, local);
  const n = v === undefined ? Number.NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : fallback;
}
