// A RunPlan from a resolved config: config levels and options per rule. A plan is made per document (lint.ts),
// the config is shared by many: options are merged once per config and rule, not once per document.
import { effectiveOptions } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Level } from '../report/diagnostic.js';
import type { RunPlan } from './runner.js';
import type { LoadedRule, RuleOptions } from './types.js';

interface PerConfig {
  options: WeakMap<LoadedRule, RuleOptions>;
  /** The config's level of each rule, null for none (one lookup, not has + get). */
  levels: Map<string, Level | null>;
}

const perConfig = new WeakMap<ResolvedConfig, PerConfig>();

export function planFor(config: ResolvedConfig, only?: ReadonlySet<string>): RunPlan {
  let cached = perConfig.get(config);
  if (!cached) {
    cached = { options: new WeakMap(), levels: new Map() };
    perConfig.set(config, cached);
  }
  const { options, levels } = cached;
  return {
    level(rule: LoadedRule) {
      let level = levels.get(rule.id);
      if (level === undefined) {
        level = config.rules[rule.id]?.level ?? null;
        levels.set(rule.id, level);
      }
      return level ?? undefined;
    },
    options(rule: LoadedRule) {
      let o = options.get(rule);
      if (!o) {
        o = effectiveOptions(rule, config);
        options.set(rule, o);
      }
      return o;
    },
    only,
  };
}
