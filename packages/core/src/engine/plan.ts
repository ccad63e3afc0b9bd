// A RunPlan from a resolved config: config levels and options per rule. A plan is made per document (lint.ts),
// the config is shared by many: options are merged once per config and rule, not once per document.
import { effectiveOptions } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Level } from '../report/diagnostic.js';
import type { RunPlan } from './runner.js';
import type { LoadedRule, RuleOptions } from './types.js';

/** Each rule's merged options, per config. */
const perConfig = new WeakMap<ResolvedConfig, WeakMap<LoadedRule, RuleOptions>>();

export function planFor(config: ResolvedConfig, only?: ReadonlySet<string>): RunPlan {
  let options = perConfig.get(config);
  if (!options) {
    options = new WeakMap();
    perConfig.set(config, options);
  }
  return {
    level: (rule: LoadedRule): Level | undefined => config.rules[rule.id]?.level,
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
