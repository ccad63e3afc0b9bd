// `forEach` and `{name}` placeholders: one rule file states a check once for many rows or columns.
import type { Lang } from '../report/diagnostic.js';
import type { LocalizedText } from './types.js';

export type ForEach = Record<string, string[] | Record<string, string | LocalizedText>>;

export interface BoundValue {
  value: string;
  label: string | LocalizedText;
}

export type Binding = Record<string, BoundValue>;

export const forEachSchema = {
  type: 'object',
  description: 'name → list of values, or map value → label ({{name}} in messages is the label)',
  additionalProperties: {
    anyOf: [
      { type: 'array', items: { type: 'string' }, minItems: 1 },
      { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, { $ref: '#/$defs/localized' }] }, minProperties: 1 },
    ],
  },
};

/** Every combination of the forEach values (one empty binding when there is no forEach). */
export function bindings(forEach: ForEach | undefined): Binding[] {
  let out: Binding[] = [{}];
  for (const [name, values] of Object.entries(forEach ?? {})) {
    const entries: BoundValue[] = Array.isArray(values)
      ? values.map((v) => ({ value: v, label: v }))
      : Object.entries(values).map(([value, label]) => ({ value, label }));
    out = out.flatMap((b) => entries.map((e) => ({ ...b, [name]: e })));
  }
  return out;
}

const PLACEHOLDER = /\{([A-Za-z_][\w-]*)\}/g;

/** Placeholder names used in a template (to check them against forEach at load time). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

export function substitute(template: string, binding: Binding): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => binding[name]?.value ?? whole);
}

/** Message data for a binding: each forEach name → its label in `lang`. */
export function bindingData(binding: Binding, lang: Lang): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [name, { label }] of Object.entries(binding)) data[name] = typeof label === 'string' ? label : (label[lang] ?? label.zh);
  return data;
}
