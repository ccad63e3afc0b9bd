// The bridge to json-rules-engine. One Engine per pack set, built once: each rule is its gate conditions
// (cheap facts, evaluated first) followed by `findings nonEmpty`, where `findings` is a dynamic fact that
// runs the compiled check of the rule named in its (tiny) params. Rules with `levels` get one extra gate-only
// rule per entry, at a higher priority, whose success picks the level.
import { createRequire } from 'node:module';
import type { Almanac, Engine, RuleProperties, TopLevelCondition } from 'json-rules-engine';
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
  /** Findings per rule, computed at most once per run (our memo: cheaper than json-rules-engine's hashed cache). */
  findings: Map<string, Promise<Finding[]>>;
}

// json-rules-engine is loaded when a document is first run, not when packs load: a run answered from the cache
// (or `govlint rules`) never needs it (~70 ms at start).
let jreModule: typeof import('json-rules-engine') | undefined;
const jre = () => (jreModule ??= createRequire(import.meta.url)('json-rules-engine') as typeof import('json-rules-engine'));

const LEVEL_EVENT = 'level';
const FINDINGS_EVENT = 'findings';

export class RuleRunner {
  private built: Engine | undefined;
  /** Each rule as json-rules-engine rules, made up front (plain data) for the engine built on first use. */
  private readonly jreRules: RuleProperties[];
  private readonly rules: Map<string, LoadedRule>;
  private readonly scripts: LoadedRule[];
  private readonly hasScripts: boolean;
  /** The state of each run, found from its almanac without a fact lookup (a promise per rule). */
  private readonly states = new WeakMap<Almanac, RunState>();

  constructor(rules: readonly LoadedRule[]) {
    this.rules = new Map(rules.map((r) => [r.id, r]));
    // Only scripts bound for the worker start early: those of bundled packs run here, after their gates.
    this.scripts = rules.filter((r) => r.type.type === 'script' && !runsInCallingThread(scriptModuleFile(r.file, String(r.raw.module))));
    this.hasScripts = this.scripts.length > 0 && scriptHost().mode === 'worker';
    this.jreRules = rules.flatMap(jreRules);
  }

  private get engine(): Engine {
    if (!this.built) {
      const engine = new (jre().Engine)([], { allowUndefinedFacts: true, pathResolver: resolvePath });
      engine.addOperator('nonEmpty', (fact: unknown, value: unknown) => isNonEmpty(fact) === value);
      engine.addOperator('present', (fact: unknown, value: unknown) => isPresent(fact) === value);
      engine.addOperator('regionIn', regionIn);
      engine.addFact('findings', (params, almanac) => this.findings(String(params.rule), this.states.get(almanac)!), { cache: false, priority: 1 });
      for (const props of this.jreRules) engine.addRule(props);
      this.built = engine;
    }
    return this.built;
  }

  async run(doc: DocContext, plan: RunPlan): Promise<RuleOutcome[]> {
    const { model, settings } = doc;
    const state: RunState = { doc, plan, findings: new Map() };
    if (this.hasScripts) this.startScripts(state);
    // Constant facts without json-rules-engine's cache: its cache key is a hash of the params on every lookup.
    const almanac = new (jre().Almanac)({ allowUndefinedFacts: true, pathResolver: resolvePath });
    const facts = { meta: model.meta, settings, cells: model.cells, tables: model.tables, sections: model.sections, model };
    for (const [id, value] of Object.entries(facts)) almanac.addFact(id, value, { cache: false });
    this.states.set(almanac, state);
    const { events } = await this.engine.run({}, { almanac });
    const gated = new Map<string, number>();
    const fired: string[] = [];
    for (const e of events) {
      const id = String(e.params?.rule);
      if (e.type === LEVEL_EVENT) gated.set(id, Math.min(gated.get(id) ?? Infinity, Number(e.params?.index)));
      else if (e.type === FINDINGS_EVENT) fired.push(id);
    }
    const outcomes: RuleOutcome[] = [];
    for (const id of fired) {
      const rule = this.rules.get(id)!;
      const findings = await state.findings.get(id)!;
      const index = gated.get(id);
      const level = plan.level(rule) ?? (index !== undefined ? rule.raw.levels![index].level : rule.level);
      outcomes.push({ rule, findings, level });
    }
    return outcomes;
  }

  /**
   * Script checks start before json-rules-engine evaluates anything, so that the worker runs them while this
   * thread runs the other checks. A script whose gate then fails has run for nothing: its findings are dropped.
   */
  private startScripts(state: RunState): void {
    for (const rule of this.scripts) if (enabled(rule, state.plan)) void this.findings(rule.id, state);
    scriptHost().flush();
  }

  private findings(id: string, state: RunState): Promise<Finding[]> {
    let findings = state.findings.get(id);
    if (!findings) {
      findings = this.compute(id, state);
      state.findings.set(id, findings);
    }
    return findings;
  }

  private async compute(id: string, { doc, plan }: RunState): Promise<Finding[]> {
    const rule = this.rules.get(id)!;
    if (!enabled(rule, plan)) return [];
    try {
      return await rule.check(doc, plan.options(rule));
    } catch (error) {
      return [failure(error, doc)];
    }
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

function jreRules(rule: LoadedRule): RuleProperties[] {
  const own = rule.type.conditions?.(rule.raw) ?? [];
  const main: RuleProperties = {
    name: rule.id,
    priority: 1,
    conditions: {
      all: [...gateConditions(rule.raw.when), ...own, { fact: 'findings', params: { rule: rule.id }, operator: 'nonEmpty', value: true }],
    } as TopLevelCondition,
    event: { type: FINDINGS_EVENT, params: { rule: rule.id } },
  };
  const levelRules = (rule.raw.levels ?? []).map(
    (entry, index): RuleProperties => ({
      name: `${rule.id}#level${index}`,
      priority: 2,
      conditions: { all: gateConditions(entry.when) } as TopLevelCondition,
      event: { type: LEVEL_EVENT, params: { rule: rule.id, index } },
    }),
  );
  return [main, ...levelRules];
}
