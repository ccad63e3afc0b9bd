// `sections`: the six parts present, in order, once each, with the template's wording.
import type { Heading, SectionKey } from '../../model/types.js';
import { SECTIONS } from '../../model/template.js';
import type { DocContext } from '../doc-context.js';
import type { Finding, LocalizedText, RuleType } from '../types.js';
import { namedList, namedListSchema } from './shared.js';

type CheckKind = 'present' | 'order' | 'unique' | 'wording';

interface Part {
  key: SectionKey;
  index: number;
  numeral: string;
  canonical: string;
}

export const sections: RuleType = {
  type: 'sections',
  schema: {
    properties: {
      check: { enum: ['present', 'order', 'unique', 'wording'] },
      sections: namedListSchema,
    },
    required: ['check', 'sections'],
  },
  messages: {
    missing: { zh: '缺少第{{number}}部分“{{canonical}}”', en: 'part {{number}} “{{canonical}}” is missing' },
    order: { zh: '“{{text}}”出现在“{{after}}”之后', en: '“{{text}}” comes after “{{after}}”' },
    duplicate: { zh: '部分标题“{{text}}”重复出现（首次在第 {{firstLine}} 行）', en: 'part heading “{{text}}” appears again (first on line {{firstLine}})' },
    variant: { zh: '标题“{{text}}”是变体写法，模板为“{{canonical}}”', en: 'heading “{{text}}” is a variant of “{{canonical}}”' },
    near: { zh: '标题“{{text}}”应为“{{canonical}}”', en: 'heading “{{text}}” should read “{{canonical}}”' },
  },
  compile(rule, ctx) {
    const kind = rule.check as CheckKind;
    const parts: Part[] = namedList(rule.sections).map(({ key, label }, index) => {
      const spec = SECTIONS.find((s) => s.key === key);
      if (!spec) return ctx.fail({ zh: `未知的部分 \`${key}\``, en: `unknown part \`${key}\`` }, ['sections']);
      const canonical = typeof label === 'string' ? label : label ? (label as LocalizedText).zh : spec.canonical;
      return { key: key as SectionKey, index, numeral: spec.numeral, canonical };
    });
    const byKey = new Map(parts.map((p) => [p.key, p]));
    const checks: Record<CheckKind, (doc: DocContext) => Finding[]> = {
      present: (doc) => missing(doc, parts),
      order: (doc) => order(doc, byKey),
      unique: (doc) => unique(doc, byKey),
      wording: (doc) => wording(doc, byKey),
    };
    return checks[kind];
  },
};

function missing(doc: DocContext, parts: readonly Part[]): Finding[] {
  const { sections: found, text } = doc.model;
  return parts
    .filter((p) => !found[p.key])
    .map((p) => {
      // Where the part belongs: before the next part that is there, else on the last line of the text.
      const next = parts.slice(p.index + 1).find((q) => found[q.key]);
      const end = text.trimEnd().length;
      const at = next ? found[next.key]!.heading.span.start.offset : Math.max(text.lastIndexOf('\n', end - 1) + 1, 0);
      return { messageId: 'missing', span: doc.span(at, at), data: { section: p.key, number: p.numeral, canonical: p.canonical } };
    });
}

function firstHeadings(doc: DocContext, byKey: Map<SectionKey, Part>): Heading[] {
  const seen = new Set<SectionKey>();
  return doc.model.headings.filter((h) => {
    if (!byKey.has(h.key) || seen.has(h.key)) return false;
    seen.add(h.key);
    return true;
  });
}

function order(doc: DocContext, byKey: Map<SectionKey, Part>): Finding[] {
  const findings: Finding[] = [];
  let last: Heading | undefined;
  for (const h of firstHeadings(doc, byKey)) {
    if (last && byKey.get(h.key)!.index < byKey.get(last.key)!.index) {
      findings.push({
        messageId: 'order',
        span: h.span,
        data: { text: h.text, canonical: h.canonical, after: last.text },
        related: [{ message: last.text, span: last.span }],
      });
    } else last = h;
  }
  return findings;
}

function unique(doc: DocContext, byKey: Map<SectionKey, Part>): Finding[] {
  const first = new Map<SectionKey, Heading>();
  const findings: Finding[] = [];
  for (const h of doc.model.headings) {
    if (!byKey.has(h.key)) continue;
    const earlier = first.get(h.key);
    if (!earlier) {
      first.set(h.key, h);
      continue;
    }
    findings.push({
      messageId: 'duplicate',
      span: h.span,
      data: { text: h.text, canonical: h.canonical, firstLine: earlier.span.start.line },
      related: [{ message: earlier.text, span: earlier.span }],
    });
  }
  return findings;
}

function wording(doc: DocContext, byKey: Map<SectionKey, Part>): Finding[] {
  return firstHeadings(doc, byKey)
    .filter((h) => h.match !== 'exact')
    .map((h) => {
      const canonical = byKey.get(h.key)!.canonical;
      return {
        messageId: h.match,
        span: h.span,
        data: { text: h.text, canonical },
        fix: { range: [h.span.start.offset, h.span.end.offset] as [number, number], text: canonical },
      };
    });
}
