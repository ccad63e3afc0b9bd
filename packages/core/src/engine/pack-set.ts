// The packs a config asks for, flattened (extended packs first), their rules merged (an id defined twice is an
// error), `levels` overrides applied, and one RuleRunner built for the lot. Cached by the list of folders, so
// every file that resolves to the same packs shares one engine.
import { ConfigError } from '../config/errors.js';
import type { Lang } from '../report/diagnostic.js';
import type { LoadedPack } from './pack-loader.js';
import { loadPack } from './pack-loader.js';
import { RuleRunner } from './runner.js';
import type { LoadedRule } from './types.js';
import { diskCache } from '../util/disk-caches.js';

export interface PackSet {
  /** Every pack, extended ones first, each once. */
  packs: LoadedPack[];
  rules: LoadedRule[];
  byId: Map<string, LoadedRule>;
  /** Default settings of the packs (later packs win). */
  settings: Record<string, unknown>;
  runner: RuleRunner;
}

const cache = diskCache<string, Promise<PackSet>>();

/** `dirs` are pack folders (already resolved). */
export function loadPackSet(dirs: readonly string[], lang: Lang = 'zh'): Promise<PackSet> {
  const key = dirs.join('\n');
  let pending = cache.get(key);
  if (!pending) {
    pending = buildPackSet(dirs, lang);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}


async function buildPackSet(dirs: readonly string[], lang: Lang): Promise<PackSet> {
  const roots: LoadedPack[] = [];
  for (const dir of dirs) roots.push(await loadPack(dir, dir, lang));
  const packs = flatten(roots);
  const byId = new Map<string, LoadedRule>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const other = byId.get(rule.id);
      if (other) {
        throw new ConfigError(
          rule.file,
          {
            zh: `规则 id \`${rule.id}\` 重复：${other.file}（${other.pack}）与 ${rule.file}（${rule.pack}）都定义了它`,
            en: `duplicate rule id \`${rule.id}\`: defined in ${other.file} (${other.pack}) and in ${rule.file} (${rule.pack})`,
          },
          rule.locate?.(['id']) ?? { line: 1, column: 1 },
          lang,
        );
      }
      byId.set(rule.id, rule);
    }
  }
  for (const pack of packs) {
    for (const [id, level] of Object.entries(pack.manifest.levels ?? {})) {
      const rule = byId.get(id);
      if (!rule) {
        throw new ConfigError(pack.file, { zh: `levels 中的规则 \`${id}\` 不存在`, en: `levels names an unknown rule \`${id}\`` }, pack.locate(['levels', id], { key: true }), lang);
      }
      // Loaded rules are shared between pack sets: override on a copy. The pack's level replaces the rule's
      // `levels` gates too: a regional pack that turns a national rule off means off for every kind of body.
      byId.set(id, { ...rule, level, raw: { ...rule.raw, levels: undefined } });
    }
  }
  const rules = [...byId.values()];
  const settings = Object.assign({}, ...packs.map((p) => p.manifest.settings ?? {})) as Record<string, unknown>;
  return { packs, rules, byId, settings, runner: new RuleRunner(rules) };
}

function flatten(roots: readonly LoadedPack[]): LoadedPack[] {
  const seen = new Set<string>();
  const out: LoadedPack[] = [];
  const visit = (p: LoadedPack) => {
    if (seen.has(p.dir)) return;
    seen.add(p.dir);
    p.extends.forEach(visit);
    out.push(p);
  };
  roots.forEach(visit);
  return out;
}
