// RuleTester (ESLint's shape, textlint-tester's runner independence) and runPackExamples, which every pack's
// test and `govlint check-pack` use. With a global describe/it (vitest, mocha, jest) each example is a test;
// without them, run() resolves when all pass and rejects with every failure otherwise.
import { loadPack } from '../engine/pack-loader.js';
import { loadPackSet } from '../engine/pack-set.js';
import type { Example, LoadedRule } from '../engine/types.js';
import type { Lang } from '../report/diagnostic.js';
import { runExample, type ExampleResult } from './run-example.js';

export type { ExampleResult } from './run-example.js';

export interface RuleTesterOptions {
  /** Pack folder(s) holding the rule. */
  pack: string | string[];
  lang?: Lang;
}

export interface TestCases {
  valid?: Example[];
  invalid?: Example[];
}

type Describe = (name: string, fn: () => void) => void;
type It = (name: string, fn: () => Promise<void>) => void;

export class RuleTester {
  private readonly packs: string[];
  private readonly lang?: Lang;

  constructor(opts: RuleTesterOptions) {
    this.packs = Array.isArray(opts.pack) ? opts.pack : [opts.pack];
    this.lang = opts.lang;
  }

  /**
   * Run `cases` (default: the examples in the rule file) against rule `ruleId`. Fixture paths are relative to
   * `baseDir` (default: the rule file's folder).
   */
  run(ruleId: string, cases?: TestCases, opts: { baseDir?: string } = {}): Promise<void> {
    const g = globalThis as { describe?: Describe; it?: It };
    const jobs = async () => {
      const rule = await this.rule(ruleId);
      const c = cases ?? rule.raw.examples ?? {};
      return { rule, list: [...(c.valid ?? []).map((e, i) => ({ e, i, kind: 'valid' as const })), ...(c.invalid ?? []).map((e, i) => ({ e, i, kind: 'invalid' as const }))] };
    };
    const one = async (rule: LoadedRule, e: Example, i: number, kind: 'valid' | 'invalid') => {
      const r = await runExample({ packs: this.packs, rule, example: e, kind, index: i, baseDir: opts.baseDir, lang: this.lang, inRuleFile: !cases });
      if (!r.ok) throw new Error(formatFailure(r));
    };
    const all = () =>
      jobs().then(async ({ rule, list }) => {
        const failures: string[] = [];
        for (const { e, i, kind } of list) {
          await one(rule, e, i, kind).catch((error: Error) => failures.push(error.message));
        }
        if (failures.length > 0) throw new Error(`${ruleId}: ${failures.length} example(s) failed\n${failures.join('\n')}`);
      });
    if (typeof g.describe === 'function' && typeof g.it === 'function') {
      // Tests must be registered synchronously: one per example when the cases are given, else one for the
      // examples of the rule file (which are only known once the pack is loaded).
      const it = g.it;
      g.describe(ruleId, () => {
        if (!cases) {
          it('examples of the rule file', all);
          return;
        }
        const list = [...(cases.valid ?? []).map((e, i) => ({ e, i, kind: 'valid' as const })), ...(cases.invalid ?? []).map((e, i) => ({ e, i, kind: 'invalid' as const }))];
        for (const { e, i, kind } of list) it(`${kind} ${i + 1}: ${e.name ?? e.fixture ?? firstLine(e.text ?? '')}`, async () => one(await this.rule(ruleId), e, i, kind));
      });
      return Promise.resolve();
    }
    return all();
  }

  private async rule(ruleId: string): Promise<LoadedRule> {
    const set = await loadPackSet(this.packs, this.lang);
    const rule = set.byId.get(ruleId);
    if (!rule) throw new Error(`rule ${ruleId} is not in ${this.packs.join(', ')}`);
    return rule;
  }
}

/** Every example of every rule the pack defines (not those of the packs it extends). */
export async function runPackExamples(packDir: string, opts: { lang?: Lang; filter?: (ruleId: string) => boolean } = {}): Promise<ExampleResult[]> {
  const pack = await loadPack(packDir, process.cwd(), opts.lang);
  const set = await loadPackSet([pack.dir], opts.lang);
  const results: ExampleResult[] = [];
  for (const own of pack.rules) {
    if (opts.filter && !opts.filter(own.id)) continue;
    const rule = set.byId.get(own.id) ?? own;
    const { valid = [], invalid = [] } = rule.raw.examples ?? {};
    for (const [kind, list] of [['valid', valid], ['invalid', invalid]] as const) {
      for (const [index, example] of list.entries()) {
        results.push(await runExample({ packs: [pack.dir], rule, example, kind, index, lang: opts.lang, inRuleFile: true }));
      }
    }
  }
  return results;
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').slice(0, 40);
}

export function formatFailure(r: ExampleResult): string {
  const where = r.line ? `${r.file}:${r.line}` : r.file;
  return `${where}: ${r.ruleId} ${r.kind} example ${r.index + 1} (${r.name}):\n  ${r.problems.join('\n  ')}`;
}
