// `when` / `levels[].when` → json-rules-engine conditions on the cheap facts `meta` and `settings`. They get a
// high priority so that json-rules-engine evaluates them before the (costly) `findings` fact and skips it.
import type { Gate } from './types.js';

export type JreCondition = Record<string, unknown>;

export const GATE_PRIORITY = 10;

export function gateConditions(gate: Gate | undefined): JreCondition[] {
  if (!gate) return [];
  const out: JreCondition[] = [];
  const meta = (path: string, operator: string, value: unknown) => out.push({ fact: 'meta', path, operator, value, priority: GATE_PRIORITY });
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  if (gate.template) meta('template', 'in', list(gate.template));
  if (gate.bodyType) meta('bodyType', 'in', list(gate.bodyType));
  if (gate.format) meta('format', 'in', list(gate.format));
  if (gate.year) {
    const ops = { gte: 'greaterThanInclusive', lte: 'lessThanInclusive', gt: 'greaterThan', lt: 'lessThan', eq: 'equal' } as const;
    for (const [k, v] of Object.entries(gate.year)) meta('year', ops[k as keyof typeof ops], v);
  }
  if (gate.region) out.push({ fact: 'settings', path: 'region', operator: 'regionIn', value: list(gate.region), priority: GATE_PRIORITY });
  for (const [key, value] of Object.entries(gate.setting ?? {})) {
    out.push(
      typeof value === 'boolean'
        ? { fact: 'settings', path: key, operator: 'present', value, priority: GATE_PRIORITY }
        : { fact: 'settings', path: key, operator: 'equal', value, priority: GATE_PRIORITY },
    );
  }
  if (gate.conditions) out.push({ ...gate.conditions, priority: GATE_PRIORITY });
  return out;
}

/** "山东/淄博" is in ["山东"]; "山东省" is not in ["山东/淄博"]. */
export function regionIn(region: unknown, wanted: unknown): boolean {
  if (typeof region !== 'string' || !Array.isArray(wanted)) return false;
  return wanted.some((w) => typeof w === 'string' && (region === w || region.startsWith(`${w}/`)));
}

export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== '';
}

export function isNonEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value !== '';
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return false;
}
