// The bridge to json-rules-engine. One Engine per pack set, built once. Rules whose conditions (their `when`
// gate and their type's own conditions) are identical share one json-rules-engine rule: most rules of a pack
// gate on the same template, and json-rules-engine's cost is per rule (each evaluation deep-copies the rule's
// conditions into its result), so ~60 rules become a handful. When a group's conditions hold, the compiled
// check of each rule in it runs, and a rule with findings fires. `levels` entries are grouped the same way, at
// a higher priority; the first entry whose gate holds picks the rule's level.
import type { Engine, RuleProperties, TopLevelCondition } from 'json-rules-engine';
import type { Level } from '../report/diagnostic.js';
import type { DocContext } from './doc-context.js';
import { gateConditions, isNonEmpty, isPresent, regionIn } from './gate.js';
import { resolvePath } from './path.js';
import { scriptHost, ScriptTimeout } from './script-host.js';
import { runsInCallingThread, scriptModuleFile } from './script-trust.js';
import type { Finding, LoadedRule, RuleOptions } from './types.js';

/** What the config decides for one run: levels it overrides and options of each rule. */
export interface RunPlan {
  /** Config level of a rule, or undefined for the pack's level (with its `levels` gates). */
  level(rule: LoadedRule): Level | undefined;
  options(rule: LoadedRule): RuleOptions;
  /** Only these rules (RuleTester runs one rule). */
  only?: ReadonlySet<string>;
}

export interface RuleOutcome {
  rule: LoadedRule;
  findings: Finding[];
  level: Level;
}

interface RunState {
  doc: DocContext;
  plan: RunPlan;
  /**
   * Findings per rule, computed at most once per run (our memo: cheaper than json-rules-engine's hashed cache).
   * Declarative checks are synchronous and keep their array; only scripts give a promise.
   */
  findings: Map<LoadedRule, Finding[] | Promise<Finding[]>>;
}

/** Rules (or `levels` entries) with the same conditions, evaluated as one json-rules-engine rule. */
interface Group {
  conditions: unknown[];
  /** The rules themselves, not their ids: no lookup per rule and document. */
  members: { rule: LoadedRule; index: number }[];
}

// json-rules-engine is loaded when a document is first run, not when packs load: a run answered from the cache
// (or `govlint rules`) never needs it (~70 ms at start). Through vendor/: one bundled file in dist/.
type Jre = typeof import('../vendor/rules-engine.js');
let jreModule: Jre | undefined;

const LEVEL_EVENT = 'level';
const ALWAYS = 'always';
const FINDINGS_EVENT = 'findings';

export class RuleRunner {
  private built: Engine | undefined;
  /** The rules' checks, grouped by their conditions (made up front, plain data, for the engine built on first use). */
  private readonly checkGroups: Group[];
  /** The `levels` entries, grouped by their gates. */
  private readonly levelGroups: Group[];
  private readonly scripts: LoadedRule[];
  private readonly hasScripts: boolean;

  constructor(rules: readonly LoadedRule[]) {
    // Only scripts bound for the worker start early: those of bundled packs run here, after their gates.
    this.scripts = rules.filter((r) => r.type.type === 'script' && !runsInCallingThread(scriptModuleFile(r.file, String(r.raw.module))));
    this.hasScripts = this.scripts.length > 0 && scriptHost().mode === 'worker';
    this.checkGroups = groupByConditions(rules.map((r) => ({ rule: r, index: 0, conditions: [...gateConditions(r.raw.when), ...(r.type.conditions?.(r.raw) ?? [])] })));
    this.levelGroups = groupByConditions(
      rules.flatMap((r) => (r.raw.levels ?? []).map((entry, index) => ({ rule: r, index, conditions: gateConditions(entry.when) }))),
    );
  }

  private engine(jre: Jre): Engine {
    if (!this.built) {
      const engine = new jre.Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath });
      engine.addOperator('nonEmpty', (fact: unknown, value: unknown) => isNonEmpty(fact) === value);
      engine.addOperator('present', (fact: unknown, value: unknown) => isPresent(fact) === value);
      engine.addOperator('regionIn', regionIn);
      this.checkGroups.forEach((group, i) => engine.addRule(jreRule(group, i, FINDINGS_EVENT, 1)));
      this.levelGroups.forEach((group, i) => engine.addRule(jreRule(group, i, LEVEL_EVENT, 2)));
      this.built = engine;
    }
    return this.built;
  }

  async run(doc: DocContext, plan: RunPlan): Promise<RuleOutcome[]> {
    const { model, settings } = doc;
    const jre = (jreModule ??= await import('../vendor/rules-engine.js'));
    const state: RunState = { doc, plan, findings: new Map() };
    if (this.hasScripts) this.startScripts(state);
    // Constant facts without json-rules-engine's cache: its cache key is a hash of the params on every lookup.
    const almanac = new jre.Almanac({ allowUndefinedFacts: true, pathResolver: resolvePath });
    const facts = { meta: model.meta, settings, cells: model.cells, tables: model.tables, sections: model.sections, model };
    for (const [id, value] of Object.entries(facts)) almanac.addFact(id, value, { cache: false });
    almanac.addFact(ALWAYS, true, { cache: false });
    const { events } = await this.engine(jre).run({}, { almanac });
    const gated = new Map<LoadedRule, number>();
    const passed: LoadedRule[] = [];
    for (const e of events) {
      const group = Number(e.params?.group);
      if (e.type === LEVEL_EVENT) {
        for (const { rule, index } of this.levelGroups[group].members) gated.set(rule, Math.min(gated.get(rule) ?? Infinity, index));
      } else if (e.type === FINDINGS_EVENT) {
        for (const { rule } of this.checkGroups[group].members) passed.push(rule);
      }
    }
    // Synchronous checks give arrays: no promise (and no microtask) per rule and document.
    const results = passed.map((rule) => this.findings(rule, state));
    const found = results.some((r) => r instanceof Promise) ? await Promise.all(results) : (results as Finding[][]);
    const outcomes: RuleOutcome[] = [];
    passed.forEach((rule, i) => {
      if (found[i].length === 0) return;
      const index = gated.get(rule);
      const level = plan.level(rule) ?? (index !== undefined ? rule.raw.levels![index].level : rule.level);
      outcomes.push({ rule, findings: found[i], level });
    });
    return outcomes;
  }

  /**
   * Script checks start before json-rules-engine evaluates anything, so that the worker runs them while this
   * thread runs the other checks. A script whose gate then fails has run for nothing: its findings are dropped.
   */
  private startScripts(state: RunState): void {
    for (const rule of this.scripts) if (enabled(rule, state.plan)) void this.findings(rule, state);
    scriptHost().flush();
  }

  private findings(rule: LoadedRule, state: RunState): Finding[] | Promise<Finding[]> {
    let findings = state.findings.get(rule);
    if (!findings) {
      findings = this.compute(rule, state);
      state.findings.set(rule, findings);
    }
    return findings;
  }

  private compute(rule: LoadedRule, { doc, plan }: RunState): Finding[] | Promise<Finding[]> {
    if (!enabled(rule, plan)) return [];
    let result: Finding[] | Promise<Finding[]>;
    try {
      result = rule.check(doc, plan.options(rule));
    } catch (error) {
      return [failure(error, doc)];
    }
    return result instanceof Promise ? result.catch((error: unknown) => [failure(error, doc)]) : result;
  }
}

/** Whether the config lets the rule run at all (a `levels` gate may still switch a rule shipped `off` on). */
function enabled(rule: LoadedRule, plan: RunPlan): boolean {
  if (plan.only && !plan.only.has(rule.id)) return false;
  const level = plan.level(rule);
  return level === undefined ? rule.level !== 'off' || rule.raw.levels !== undefined : level !== 'off';
}

/** A check that threw or timed out: one fatal finding for that rule; the other rules still run. */
function failure(error: unknown, doc: DocContext): Finding {
  const timeout = error instanceof ScriptTimeout;
  const reason = error instanceof Error ? error.message : String(error);
  return {
    messageId: timeout ? 'timeout' : 'crash',
    level: 'error',
    fatal: true,
    span: doc.documentStart,
    data: { reason, ms: timeout ? error.ms : '' },
  };
}

function groupByConditions(entries: { rule: LoadedRule; index: number; conditions: unknown[] }[]): Group[] {
  const groups = new Map<string, Group>();
  for (const { rule, index, conditions } of entries) {
    const key = JSON.stringify(conditions);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { conditions, members: [] }));
    group.members.push({ rule, index });
  }
  return [...groups.values()];
}

/** A group as one json-rules-engine rule; `always` stands for no condition (json-rules-engine needs one). */
function jreRule(group: Group, index: number, type: string, priority: number): RuleProperties {
  const all = group.conditions.length > 0 ? group.conditions : [{ fact: ALWAYS, operator: 'equal', value: true }];
  return { name: `${type}#${index}`, priority, conditions: { all } as TopLevelCondition, event: { type, params: { group: index } } };
}
