// The registry of rule types: the only place that lists them.
import type { RuleType } from '../types.js';
import { cells } from './cells.js';
import { compare } from './compare.js';
import { condition } from './condition.js';
import { consistency } from './consistency.js';
import { existence } from './existence.js';
import { labels } from './labels.js';
import { occurrence } from './occurrence.js';
import { script } from './script.js';
import { sections } from './sections.js';
import { substitution } from './substitution.js';
import { sum } from './sum.js';
import { tables } from './tables.js';
import { textTable } from './text-table.js';

export const RULE_TYPES: readonly RuleType[] = [sum, compare, cells, sections, tables, labels, existence, substitution, occurrence, consistency, textTable, condition, script];

const byName = new Map(RULE_TYPES.map((t) => [t.type, t]));

export function ruleType(name: string): RuleType | undefined {
  return byName.get(name);
}
