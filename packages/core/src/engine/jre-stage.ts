// The runner's json-rules-engine Engine, and a memo of its answers. A batch has thousands of documents and few
// distinct gate outcomes: most gates read the template, the report year or the body type, and the few that read
// cells ask a yes/no question of them (“more than 10 requests?”). So each leaf condition of the groups is
// evaluated with json-rules-engine's own operators, and the vector of their truth values keys a memo of the
// events json-rules-engine gave for that vector: the `all`/`any`/`not` trees above the leaves are a function of
// it. json-rules-engine decides each distinct vector once; the other documents with the same vector get its
// answer. When some tree cannot be keyed exactly (a named condition, a fact with params), there is no memo:
// json-rules-engine runs for every document.
import type { Almanac, Engine, RuleProperties, TopLevelCondition } from 'json-rules-engine';
import type { LoadedRule } from './types.js';
import { isNonEmpty, isPresent, regionIn } from './gate.js';
import { resolvePath } from './path.js';

/** Rules (or `levels` entries) with the same conditions, evaluated as one json-rules-engine rule. */
export interface Group {
  conditions: unknown[];
  /** The rules themselves, not their ids: no lookup per rule and document. */
  members: { rule: LoadedRule; index: number }[];
}

/** The facts of one document (all constant: json-rules-engine computes nothing). */
export interface Facts {
  meta: unknown;
  settings: unknown;
  cells: unknown;
  tables: unknown;
  sections: unknown;
  model: unknown;
}

export interface StageEntry {
  group: Group;
  /** The group's index in its list (check groups or level groups): the event carries it back. */
  index: number;
  type: string;
  priority: number;
}

export interface StageEvent {
  type: string;
  group: number;
}

/** A leaf condition: a fact (at a path) compared by an operator with a value (or with another fact). */
interface Leaf {
  fact: string;
  path: string | undefined;
  operator: string;
  value: unknown;
}

// json-rules-engine is loaded when a document is first evaluated, not when packs load: a run answered from the
// cache (or `govlint rules`) never needs it (~70 ms at start). Through vendor/: one bundled file in dist/.
type Jre = typeof import('../vendor/rules-engine.js');
let jreModule: Jre | undefined;

async function loadJre(): Promise<Jre> {
  jreModule ??= await import('../vendor/rules-engine.js');
  return jreModule;
}

const ALWAYS = 'always';
const MAX_MEMO = 512;

export class Stage {
  private built: Engine | undefined;
  /** The leaves whose truth values key the memo, or undefined when the trees cannot be keyed. */
  private readonly leaves: Leaf[] | undefined;
  private readonly memo = new Map<string, readonly StageEvent[]>();
  private operators: (Operator | null)[] | undefined;

  constructor(private readonly entries: readonly StageEntry[]) {
    const lists = entries.map((e) => leavesOf(e.group.conditions));
    this.leaves = lists.every((l) => l !== undefined) ? distinct(lists.flat()) : undefined;
  }

  /** Loads json-rules-engine (events() does it too, if need be). */
  async prepare(): Promise<void> {
    if (this.entries.length > 0) await loadJre();
  }

  /** The events of the groups whose conditions hold for these facts. The list is shared: do not change it. */
  async events(facts: Facts): Promise<readonly StageEvent[]> {
    if (this.entries.length === 0) return [];
    const jre = jreModule ?? (await loadJre());
    let key: string | undefined;
    try {
      key = this.leaves && this.memoKey(this.leaves, facts, jre);
    } catch {
      // An operator that throws on a value json-rules-engine might never reach (it stops at the first false
      // of an `all`): no memo for this document.
    }
    if (key !== undefined) {
      const known = this.memo.get(key);
      if (known) return known;
    }
    const almanac = new jre.Almanac({ allowUndefinedFacts: true, pathResolver: resolvePath });
    // Constant facts without json-rules-engine's cache: its cache key is a hash of the params on every lookup.
    for (const [id, value] of Object.entries(facts)) almanac.addFact(id, value, { cache: false });
    almanac.addFact(ALWAYS, true, { cache: false });
    const { events } = await this.engine(jre).run({}, { almanac: almanac as Almanac });
    const out = events.map((e) => ({ type: e.type, group: Number(e.params?.group) }));
    if (key !== undefined) {
      if (this.memo.size >= MAX_MEMO) this.memo.clear();
      this.memo.set(key, out);
    }
    return out;
  }

  /**
   * The leaves' truth values as a string of 0s and 1s, each leaf evaluated as json-rules-engine's Condition does
   * it (constant facts, the path resolved only inside an object, the operator from the engine's own map);
   * undefined for an unknown operator (json-rules-engine then reports it).
   */
  private memoKey(leaves: readonly Leaf[], facts: Facts, jre: Jre): string | undefined {
    // The operators are looked up once: OperatorMap.get parses decorated names (`not:equal`) on every call.
    const ops = (this.operators ??= leaves.map((l) => this.engine(jre).operators.get(l.operator)));
    let key = '';
    for (let i = 0; i < leaves.length; i++) {
      const leaf = leaves[i];
      const op = ops[i];
      if (!op) return undefined;
      const right = isFactRef(leaf.value) ? factValue(facts, leaf.value.fact, leaf.value.path) : leaf.value;
      key += op.evaluate(factValue(facts, leaf.fact, leaf.path), right) ? '1' : '0';
    }
    return key;
  }

  private engine(jre: Jre): Engine & { operators: OperatorMap } {
    if (!this.built) {
      const engine = new jre.Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath });
      engine.addOperator('nonEmpty', (fact: unknown, value: unknown) => isNonEmpty(fact) === value);
      engine.addOperator('present', (fact: unknown, value: unknown) => isPresent(fact) === value);
      engine.addOperator('regionIn', regionIn);
      for (const e of this.entries) engine.addRule(jreRule(e));
      this.built = engine;
    }
    return this.built as Engine & { operators: OperatorMap };
  }
}

/** The part of json-rules-engine's OperatorMap the memo uses (not in its type declarations). */
interface OperatorMap {
  get(name: string): Operator | null;
}

interface Operator {
  evaluate(factValue: unknown, jsonValue: unknown): boolean;
}

/** A group as one json-rules-engine rule; `always` stands for no condition (json-rules-engine needs one). */
function jreRule({ group, index, type, priority }: StageEntry): RuleProperties {
  const all = group.conditions.length > 0 ? group.conditions : [{ fact: ALWAYS, operator: 'equal', value: true }];
  return { name: `${type}#${index}`, priority, conditions: { all } as TopLevelCondition, event: { type, params: { group: index } } };
}

/** Almanac.factValue for constant facts: a missing fact is undefined, a path applies inside an object only. */
function factValue(facts: Facts, fact: string, path: string | undefined): unknown {
  const value = fact === ALWAYS ? true : Object.prototype.hasOwnProperty.call(facts, fact) ? (facts as unknown as Record<string, unknown>)[fact] : undefined;
  return path && value !== null && typeof value === 'object' ? resolvePath(value, path) : value;
}

function isFactRef(value: unknown): value is { fact: string; path?: string } {
  return value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, 'fact');
}

/**
 * The leaf conditions of a tree, or undefined when it has something a memo key cannot stand for: a named
 * condition (its tree lives elsewhere), a fact with params, a shape json-rules-engine would reject.
 */
export function leavesOf(conditions: unknown): Leaf[] | undefined {
  const out: Leaf[] = [];
  return collect(conditions, out) ? out : undefined;
}

function collect(node: unknown, out: Leaf[]): boolean {
  if (Array.isArray(node)) return node.every((n) => collect(n, out));
  if (node === null || typeof node !== 'object') return false;
  const c = node as Record<string, unknown>;
  if ('all' in c || 'any' in c) return collect(c.all ?? c.any, out);
  if ('not' in c) return collect(c.not, out);
  if (typeof c.fact !== 'string' || typeof c.operator !== 'string' || 'params' in c || 'condition' in c) return false;
  if (c.path !== undefined && typeof c.path !== 'string') return false;
  const v = c.value;
  if (isFactRef(v) && (typeof v.fact !== 'string' || 'params' in v || (v.path !== undefined && typeof v.path !== 'string'))) return false;
  out.push({ fact: c.fact, path: c.path, operator: c.operator, value: v });
  return true;
}

function distinct(leaves: readonly Leaf[]): Leaf[] {
  const seen = new Map<string, Leaf>();
  for (const l of leaves) seen.set(JSON.stringify([l.fact, l.path ?? null, l.operator, l.value]), l);
  return [...seen.values()];
}
