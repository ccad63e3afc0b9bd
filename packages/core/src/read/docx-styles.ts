// Which paragraph styles are headings, from word/styles.xml: an outline level, a built-in heading name
// ("heading 2", which Word keeps in English whatever the UI language) or the Title style, through `basedOn`.
import type { Element } from '@xmldom/xmldom';
import { attr, child, children, path } from './docx-xml.js';

interface StyleInfo {
  name: string;
  basedOn?: string;
  outline?: number;
}

/** Heading depth (1–6) of an outline level (0-based; 9 means body text). */
export function depthOfOutline(level: number | undefined): number {
  return level !== undefined && level >= 0 && level < 9 ? Math.min(6, level + 1) : 0;
}

function depthOfName(name: string): number {
  const m = /^(?:heading|标题)\s*(\d)$/i.exec(name.trim());
  if (m) return Math.min(6, Math.max(1, Number(m[1])));
  return /^(?:title|标题)$/i.test(name.trim()) ? 1 : 0;
}

function outlineOf(pPr: Element | undefined): number | undefined {
  const v = attr(child(pPr, 'outlineLvl'), 'val');
  return v === undefined ? undefined : Number.parseInt(v, 10);
}

/** styleId → heading depth, 0 for body styles. Without styles.xml, ids like "Heading2" still count. */
export function headingDepths(styles: Element | undefined): (styleId: string | undefined) => number {
  const info = new Map<string, StyleInfo>();
  for (const s of styles ? children(styles, 'style') : []) {
    const id = attr(s, 'styleId');
    if (!id) continue;
    info.set(id, { name: attr(child(s, 'name'), 'val') ?? id, basedOn: attr(child(s, 'basedOn'), 'val'), outline: outlineOf(path(s, 'pPr')) });
  }
  const memo = new Map<string, number>();
  return (styleId) => {
    if (!styleId) return 0;
    const known = memo.get(styleId);
    if (known !== undefined) return known;
    let depth = 0;
    let id: string | undefined = styleId;
    // basedOn chains are short; the bound guards against cycles in hand-made files.
    for (let hops = 0; id && hops < 16; hops++) {
      const s = info.get(id);
      if (!s) {
        depth = depthOfName(id.replace(/^heading/i, 'heading '));
        break;
      }
      if (s.outline !== undefined) {
        depth = depthOfOutline(s.outline);
        break;
      }
      depth = depthOfName(s.name);
      if (depth > 0) break;
      id = s.basedOn;
    }
    memo.set(styleId, depth);
    return depth;
  };
}
