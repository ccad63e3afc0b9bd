// Finding and reading config files: the nearest one upward from each linted file, then its parents until one
// says `root: true` or the project root (trust.ts) is reached; a config others could have planted is skipped
// and said so. Lookups are cached per folder: a run over a directory tree reads each config once.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configValidator } from '../engine/schemas.js';
import { assertValid } from '../engine/validate.js';
import { readSourceFile, type SourceFile } from '../engine/yaml-source.js';
import type { Lang } from '../report/diagnostic.js';
import type { ConfigFile, SkippedConfig } from './types.js';
import { diskCache } from '../util/disk-caches.js';
import { distrustOf, isProjectRoot } from './trust.js';

export const CONFIG_NAMES = ['.govlintrc.yaml', '.govlintrc.yml', '.govlintrc.json', 'govlint.config.json', 'govlint.config.yaml'] as const;

export interface LoadedConfig {
  file: string;
  dir: string;
  data: ConfigFile;
  source: SourceFile;
}

const files = diskCache<string, { mtime: number; config: Promise<LoadedConfig> }>();
interface Chain {
  configs: LoadedConfig[];
  skipped: SkippedConfig[];
}

const chains = diskCache<string, Promise<Chain>>();

/** Read and validate one config file (cached until the file changes). */
export function loadConfigFile(path: string, lang: Lang = 'zh'): Promise<LoadedConfig> {
  const file = resolve(path);
  const mtime = existsSync(file) ? statSync(file).mtimeMs : -1;
  const hit = files.get(file);
  if (hit && hit.mtime === mtime) return hit.config;
  const config = (async (): Promise<LoadedConfig> => {
    const source = await readSourceFile(file);
    assertValid(configValidator(), source, lang);
    return { file, dir: dirname(file), data: (source.data ?? {}) as ConfigFile, source };
  })();
  files.set(file, { mtime, config });
  config.catch(() => files.delete(file));
  return config;
}

/** The config file of one folder, if any (the first of CONFIG_NAMES present). */
export function configFileIn(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

function chainOf(dir: string, lang: Lang): Promise<Chain> {
  const key = resolve(dir);
  let chain = chains.get(key);
  if (!chain) {
    chain = buildChain(key, lang);
    chains.set(key, chain);
    chain.catch(() => chains.delete(key));
  }
  return chain;
}

/** Configs that apply to files of `dir`, outermost first. */
export async function configChain(dir: string, lang: Lang = 'zh'): Promise<LoadedConfig[]> {
  return (await chainOf(dir, lang)).configs;
}

/** Configs discovery found for files of `dir` and did not use (see trust.ts), outermost first. */
export async function skippedConfigs(dir: string, lang: Lang = 'zh'): Promise<SkippedConfig[]> {
  return (await chainOf(dir, lang)).skipped;
}

async function buildChain(dir: string, lang: Lang): Promise<Chain> {
  const here = configFileIn(dir);
  // Not even read: its packs and scripts must not load.
  const why = here ? distrustOf(here) : undefined;
  const skipped: SkippedConfig[] = here && why ? [{ file: here, why }] : [];
  const config = here && !why ? await loadConfigFile(here, lang) : undefined;
  if (config?.data.root) return { configs: [config], skipped };
  const parent = dirname(dir);
  const above = parent === dir || isProjectRoot(dir) ? { configs: [], skipped: [] } : await chainOf(parent, lang);
  return { configs: config ? [...above.configs, config] : above.configs, skipped: [...above.skipped, ...skipped] };
}

