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

/**
 * "山东/淄博" is in ["山东"]; "山东" is not in ["山东/淄博"]. Places compare by name, without the administrative
 * suffix people often write: "山东省/淄博市" is in ["山东/淄博"], "上海市" in ["上海"].
 */
export function regionIn(region: unknown, wanted: unknown): boolean {
  if (typeof region !== 'string' || !Array.isArray(wanted)) return false;
  const have = regionKey(region);
  return wanted.some((w) => {
    if (typeof w !== 'string') return false;
    const want = regionKey(w);
    return have === want || have.startsWith(`${want}/`);
  });
}

// Longest first: "维吾尔自治区" before "自治区". Only stripped when a name of two characters or more remains, so
// that a place whose name ends in one of these characters keeps it ("沙市" stays, it is not "沙").
const PLACE_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|地区|省|市|盟)$/;

/** "湖南省 / 怀化市" → "湖南/怀化": the region as regions.yaml and `when.region` spell it. */
export function regionKey(region: string): string {
  return region
    .split('/')
    .map((part) => {
      const name = part.trim();
      const bare = name.replace(PLACE_SUFFIX, '');
      return bare.length >= 2 ? bare : name;
    })
    .join('/');
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
