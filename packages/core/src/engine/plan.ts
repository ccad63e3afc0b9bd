// A RunPlan from a resolved config: config levels and options per rule (options merged once per config).
import { effectiveOptions } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import type { RunPlan } from './runner.js';
import type { LoadedRule, RuleOptions } from './types.js';

export function planFor(config: ResolvedConfig, only?: ReadonlySet<string>): RunPlan {
  const options = new Map<string, RuleOptions>();
  return {
    level: (rule: LoadedRule) => config.rules[rule.id]?.level,
    options(rule: LoadedRule) {
      let o = options.get(rule.id);
      if (!o) {
        o = effectiveOptions(rule, config);
        options.set(rule.id, o);
      }
      return o;
    },
    only,
  };
}
