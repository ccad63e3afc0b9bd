// Rule and pack metadata for formatters and `govlint rules`: what is in force for one file (or the current
// folder).
import path from 'node:path';
import { listRules, loadPack, resolveConfigFor, type Level, type LoadedPack, type RuleInfo, type RuleMeta } from '@govlint/core/runtime';
import type { CliLintOptions } from './options.js';

export interface RulesContext {
  rules: RuleInfo[];
  rulesMeta: Record<string, RuleMeta>;
  packs: { name: string; version?: string }[];
}

/** Every pack of the config with the packs it extends, extended ones first, each once. */
function flatten(packs: readonly LoadedPack[], seen = new Set<string>(), out: LoadedPack[] = []): LoadedPack[] {
  for (const pack of packs) {
    if (seen.has(pack.dir)) continue;
    seen.add(pack.dir);
    flatten(pack.extends, seen, out);
    out.push(pack);
  }
  return out;
}

export async function rulesContext(opts: CliLintOptions, forFile?: string): Promise<RulesContext> {
  // Config lookup starts at a file's folder; without a file, at a hypothetical report in the cwd.
  const file = forFile && !forFile.startsWith('<') ? forFile : path.join(opts.cwd, 'report.md');
  const config = await resolveConfigFor(file, opts);
  const rules = await listRules(config);
  const rulesMeta: Record<string, RuleMeta> = {};
  for (const r of rules) {
    rulesMeta[r.id] = { docs: r.url, level: r.level as Level, description: r.description, pack: r.pack, fixable: r.fixable, ...(r.help ? { help: r.help } : {}) };
  }
  // The config's pack folders are resolved already, so loading them again hits core's pack cache.
  const loaded = await Promise.all(config.packs.map((dir) => loadPack(dir, opts.cwd, config.lang)));
  const packs = flatten(loaded).map((p) => (p.version ? { name: p.name, version: p.version } : { name: p.name }));
  return { rules, rulesMeta, packs };
}
