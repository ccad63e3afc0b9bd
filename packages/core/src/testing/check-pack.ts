// `govlint check-pack`: everything a pack author needs to know before publishing a pack, as a list of
// problems at file:line:column. Schema and load errors of every rule file (not only the first), conflicts with
// the packs it extends, failing examples, and softer advice (no examples, no namespace, stale doc pages).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, type Localized } from '../config/errors.js';
import { loadPack, loadRule, packFolder, readVocab, ruleFiles, type LoadedPack, type PackManifest } from '../engine/pack-loader.js';
import { loadPackSet } from '../engine/pack-set.js';
import { clearCaches } from '../util/disk-caches.js';
import { readSourceFile } from '../engine/yaml-source.js';
import type { Lang } from '../report/diagnostic.js';
import { renderTemplate } from '../report/messages.js';
import { staleRuleDocs } from '../docs/generate.js';
import { runPackExamples, type ExampleResult } from './rule-tester.js';

export interface PackProblem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  column?: number;
  message: string;
  ruleId?: string;
}

export interface PackCheck {
  /** Null when pack.yaml itself could not be read. */
  name: string | null;
  dir: string;
  rules: number;
  /** Null when the examples could not run (the pack does not load). */
  examples: { total: number; failed: number } | null;
  problems: PackProblem[];
}

const T = {
  exampleFailed: { zh: '{{id}}：{{kind}}示例 {{n}}（{{name}}）未通过：', en: '{{id}}: {{kind}} example {{n}} ({{name}}) fails:' },
  valid: { zh: '正确', en: 'valid' },
  invalid: { zh: '错误', en: 'invalid' },
  noValid: { zh: '{{id}} 没有正确示例（examples.valid）：示例就是规则的测试，也是文档', en: '{{id}} has no valid example (examples.valid): examples are the rule\'s tests and its documentation' },
  noInvalid: { zh: '{{id}} 没有错误示例（examples.invalid）：无法证明规则会报告问题', en: '{{id}} has no invalid example (examples.invalid): nothing shows that the rule reports anything' },
  noNamespace: {
    zh: '未设置 namespace：规则 id 可能与其他规则包冲突（建议设置 namespace，并把规则放在 rules/<namespace>/ 下）',
    en: 'no namespace: rule ids may clash with other packs (set namespace and keep the rules under rules/<namespace>/)',
  },
  staleDoc: { zh: '文档页已过期，请运行 govlint docs {{dir}}', en: 'the doc page is out of date: run govlint docs {{dir}}' },
  missingDoc: { zh: '缺少规则 {{id}} 的文档页，请运行 govlint docs {{dir}}', en: 'no doc page for {{id}}: run govlint docs {{dir}}' },
  orphanDoc: { zh: '文档页没有对应的规则（规则已删除或改名？）', en: 'the doc page has no rule (was the rule removed or renamed?)' },
} satisfies Record<string, Localized>;

function say(lang: Lang, key: keyof typeof T, data?: Record<string, string | number>): string {
  return renderTemplate(T[key][lang], data);
}

function fromConfigError(error: ConfigError, lang: Lang): PackProblem {
  return { severity: 'error', file: error.file, line: error.line, column: error.column, message: error.texts[lang] };
}

/** Checks the pack in `dir`. Never throws for a broken pack: every problem is in the result. */
/** `opts.shownAs`: the folder as the user named it, for the commands the advice suggests (default: `dir`). */
export async function checkPack(dir: string, opts: { lang?: Lang; shownAs?: string } = {}): Promise<PackCheck> {
  const lang = opts.lang ?? 'zh';
  const shown = opts.shownAs ?? dir;
  const packDir = resolve(dir);
  // A checker must see the files as they are now, not as an earlier run in this process loaded them.
  clearCaches();
  const result: PackCheck = { name: null, dir: packDir, rules: 0, examples: null, problems: [] };

  let pack: LoadedPack;
  try {
    pack = await loadPack(packDir, packDir, lang);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    result.problems.push(fromConfigError(error, lang));
    // The loader stops at the first bad file: look at every rule file to report all of them at once.
    const more = await ruleFileErrors(packDir, lang);
    result.name = more.name;
    for (const p of more.problems) if (!result.problems.some((q) => sameProblem(p, q))) result.problems.push(p);
    return result;
  }
  result.name = pack.name;
  result.rules = pack.rules.length;

  try {
    // Conflicts only show once the extended packs are merged: an id defined twice, `levels` naming no rule.
    await loadPackSet([pack.dir], lang);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    result.problems.push(fromConfigError(error, lang));
    return result;
  }

  const examples = await runPackExamples(pack.dir, { lang });
  result.examples = { total: examples.length, failed: examples.filter((e) => !e.ok).length };
  for (const e of examples) if (!e.ok) result.problems.push(exampleProblem(e, pack, lang));

  result.problems.push(...advice(pack, shown, lang), ...(await docProblems(pack, shown, lang)));
  return result;
}

function exampleProblem(e: ExampleResult, pack: LoadedPack, lang: Lang): PackProblem {
  const rule = pack.rules.find((r) => r.id === e.ruleId);
  const at = rule?.locate?.(['examples', e.kind, e.index]);
  const head = say(lang, 'exampleFailed', { id: e.ruleId, kind: say(lang, e.kind), n: e.index + 1, name: e.name });
  return { severity: 'error', file: e.file, line: at?.line ?? e.line, column: at?.column, ruleId: e.ruleId, message: `${head}\n  ${e.problems.join('\n  ')}` };
}

function advice(pack: LoadedPack, dir: string, lang: Lang): PackProblem[] {
  const out: PackProblem[] = [];
  // `namespace: ""` written out is a choice (the national pack); only a manifest that never mentions it gets the advice.
  if (pack.manifest.namespace === undefined && pack.rules.length > 0) {
    const at = pack.locate(['name']);
    out.push({ severity: 'warning', file: pack.file, line: at.line, column: at.column, message: say(lang, 'noNamespace') });
  }
  for (const rule of pack.rules) {
    const { valid = [], invalid = [] } = rule.raw.examples ?? {};
    // A rule that needs last year's report may have no invalid example of its own; a valid one it always can.
    const key = valid.length === 0 ? 'noValid' : invalid.length === 0 ? 'noInvalid' : undefined;
    if (!key) continue;
    const at = rule.locate?.(rule.raw.examples ? ['examples'] : ['id']);
    out.push({ severity: 'warning', file: rule.file, line: at?.line, column: at?.column, ruleId: rule.id, message: say(lang, key, { id: rule.id, dir }) });
  }
  return out;
}

/** Only for a pack that keeps its doc pages (docs/rules/ exists): they must match the rule files. */
async function docProblems(pack: LoadedPack, dir: string, lang: Lang): Promise<PackProblem[]> {
  const docs = join(pack.dir, 'docs', 'rules');
  if (!existsSync(docs) || pack.rules.length === 0) return [];
  const stale = await staleRuleDocs(pack.dir, docs);
  return stale.map((s) => ({
    severity: 'warning' as const,
    file: s.file,
    ruleId: s.ruleId,
    message: s.kind === 'orphan' ? say(lang, 'orphanDoc') : say(lang, s.kind === 'missing' ? 'missingDoc' : 'staleDoc', { id: s.ruleId ?? '', dir }),
  }));
}

/** Load every rule file on its own, collecting the errors (pack.yaml must be readable for this). */
async function ruleFileErrors(packDir: string, lang: Lang): Promise<{ name: string | null; problems: PackProblem[] }> {
  const problems: PackProblem[] = [];
  let manifest: PackManifest;
  try {
    manifest = (await readSourceFile(join(packDir, 'pack.yaml'))).data as PackManifest;
  } catch {
    return { name: null, problems };
  }
  if (!manifest || typeof manifest !== 'object') return { name: null, problems };
  const name = typeof manifest.name === 'string' ? manifest.name : null;
  // A `rules` or `vocab` folder outside the pack is the loader's error already: never read outside the pack.
  const outside = (): never => {
    throw new Error('outside');
  };
  let rulesDir: string;
  let vocabDir: string;
  try {
    rulesDir = packFolder(packDir, typeof manifest.rules === 'string' ? manifest.rules : 'rules', outside);
    vocabDir = packFolder(packDir, typeof manifest.vocab === 'string' ? manifest.vocab : 'vocab', outside);
  } catch {
    return { name, problems };
  }
  if (!existsSync(rulesDir)) return { name, problems };
  const vocab = await readVocab(vocabDir);
  for (const file of await ruleFiles(rulesDir)) {
    try {
      await loadRule(file, rulesDir, manifest, packDir, vocab, lang);
    } catch (error) {
      if (error instanceof ConfigError) problems.push(fromConfigError(error, lang));
      else throw error;
    }
  }
  return { name, problems };
}

function sameProblem(a: PackProblem, b: PackProblem): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column && a.message === b.message;
}
