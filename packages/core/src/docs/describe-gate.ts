// A gate (`when`) in words, for rule pages: "template ∈ gov-2021 · year ≥ 2021".
import type { Gate } from '../engine/types.js';

const YEAR_OPS: Record<string, string> = { gte: '≥', lte: '≤', gt: '>', lt: '<', eq: '=' };

export function describeGate(gate: Gate | undefined): string {
  if (!gate) return '—';
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]).map((x) => `\`${x}\``).join(', ');
  const parts: string[] = [];
  if (gate.template) parts.push(`template ∈ ${list(gate.template)}`);
  if (gate.year) parts.push(Object.entries(gate.year).map(([k, v]) => `year ${YEAR_OPS[k]} ${v}`).join(' · '));
  if (gate.bodyType) parts.push(`bodyType ∈ ${list(gate.bodyType)}`);
  if (gate.region) parts.push(`region ∈ ${list(gate.region)}`);
  if (gate.format) parts.push(`format ∈ ${list(gate.format)}`);
  for (const [k, v] of Object.entries(gate.setting ?? {})) parts.push(v === true ? `settings.${k} set` : v === false ? `settings.${k} not set` : `settings.${k} = ${JSON.stringify(v)}`);
  if (gate.conditions) parts.push(`\`${JSON.stringify(gate.conditions)}\``);
  return parts.join(' · ') || '—';
}
