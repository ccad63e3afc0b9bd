// The bridge to json-rules-engine. One Engine per pack set, built once. Rules whose conditions (their `when`
// gate and their type's own conditions) are identical share one json-rules-engine rule: most rules of a pack
// gate on the same template, and json-rules-engine's cost is per rule (each evaluation deep-copies the rule's
// conditions into its result), so ~60 rules become a handful. When a group's conditions hold, the compiled
// check of each rule in it runs, and a rule with findings fires. `levels` entries are grouped the same way, at
// a higher priority; the first entry whose gate holds picks the rule's level. The Engine and the memo of its
// answers live in jre-stage.ts.
import type { Level } from '../report/diagnostic.js';
import type { DocContext } from './doc-context.js';
import { gateConditions } from './gate.js';
import { Stage, type Facts, type Group } from './jre-stage.js';
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
  /** Milliseconds per rule id, when the caller times the run. */
  times?: Record<string, number>;
}

/** Where a run's gate time goes in `times` (not a rule id: ids have a `/`). */
export const GATES_TIME = '(gates)';

const LEVEL_EVENT = 'level';
const FINDINGS_EVENT = 'findings';

export class RuleRunner {
  /** json-rules-engine over every group, with its memo (jre-stage.ts). */
  private readonly stage: Stage;
  /** The rules' checks, grouped by their conditions (made up front, plain data, for the engine built on first use). */
  private readonly checkGroups: Group[];
  /** The `levels` entries, grouped by their gates. */
  private readonly levelGroups: Group[];
  private readonly scripts: LoadedRule[];
  private readonly hasScripts: boolean;
  private readonly rules: readonly LoadedRule[];
  private prepared = false;

  constructor(rules: readonly LoadedRule[]) {
    this.rules = rules;
    // Only scripts bound for the worker start early: those of bundled packs run here, after their gates.
    this.scripts = rules.filter((r) => r.type.type === 'script' && !runsInCallingThread(scriptModuleFile(r.file, String(r.raw.module))));
    this.hasScripts = this.scripts.length > 0 && scriptHost().mode === 'worker';
    this.checkGroups = groupByConditions(rules.map((r) => ({ rule: r, index: 0, conditions: [...gateConditions(r.when), ...(r.type.conditions?.(r.raw) ?? [])] })));
    this.levelGroups = groupByConditions(
      rules.flatMap((r) => (r.raw.levels ?? []).map((entry, index) => ({ rule: r, index, conditions: gateConditions(entry.when) }))),
    );
    const all = [
      ...this.checkGroups.map((group, index) => ({ group, index, type: FINDINGS_EVENT, priority: 1 })),
      ...this.levelGroups.map((group, index) => ({ group, index, type: LEVEL_EVENT, priority: 2 })),
    ];
    this.stage = new Stage(all);
  }

  /** `times`, when given, gets each rule's milliseconds added (and the gates' under GATES_TIME). */
  async run(doc: DocContext, plan: RunPlan, times?: Record<string, number>): Promise<RuleOutcome[]> {
    if (!this.prepared) await this.prepare();
    const { model, settings } = doc;
    const state: RunState = { doc, plan, findings: new Map(), times };
    if (this.hasScripts) this.startScripts(state);
    const facts: Facts = { meta: model.meta, settings, cells: model.cells, tables: model.tables, sections: model.sections, model };
    const started = times ? performance.now() : 0;
    const events = await this.stage.events(facts);
    if (times) addTime(times, GATES_TIME, started);
    const gated = new Map<LoadedRule, number>();
    const passedGroups: number[] = [];
    for (const e of events) {
      if (e.type === LEVEL_EVENT) {
        for (const { rule, index } of this.levelGroups[e.group].members) gated.set(rule, Math.min(gated.get(rule) ?? Infinity, index));
      } else passedGroups.push(e.group);
    }
    // In the order of the groups, whichever stage said so: the findings come out in the same order every run.
    passedGroups.sort((a, b) => a - b);
    const passed = passedGroups.flatMap((g) => this.checkGroups[g].members.map((m) => m.rule));
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
   * Loads json-rules-engine and what the rules preload (their type's `preload`: the modules of the scripts
   * that run in this thread); run() does it before its first document. Not when packs load: a run answered
   * from the cache needs none of it.
   */
  async prepare(): Promise<void> {
    if (this.prepared) return;
    await Promise.all([this.stage.prepare(), ...this.rules.map((r) => r.type.preload?.(r))]);
    this.prepared = true;
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

  private compute(rule: LoadedRule, { doc, plan, times }: RunState): Finding[] | Promise<Finding[]> {
    if (!enabled(rule, plan)) return [];
    const started = times ? performance.now() : 0;
    let result: Finding[] | Promise<Finding[]>;
    try {
      result = rule.check(doc, plan.options(rule));
    } catch (error) {
      result = [failure(error, doc)];
    }
    if (result instanceof Promise) {
      const settled = result.catch((error: unknown) => [failure(error, doc)]);
      return times ? settled.finally(() => addTime(times, rule.id, started)) : settled;
    }
    if (times) addTime(times, rule.id, started);
    return result;
  }
}

function addTime(times: Record<string, number>, id: string, since: number): void {
  times[id] = (times[id] ?? 0) + performance.now() - since;
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
