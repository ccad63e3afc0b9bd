// Finding and reading config files: the nearest one upward from each linted file, then its parents until one
// says `root: true`. Lookups are cached per folder: a run over a directory tree reads each config once.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configValidator } from '../engine/schemas.js';
import { assertValid } from '../engine/validate.js';
import { readSourceFile, type SourceFile } from '../engine/yaml-source.js';
import type { Lang } from '../report/diagnostic.js';
import type { ConfigFile } from './types.js';
import { diskCache } from '../util/disk-caches.js';

export const CONFIG_NAMES = ['.govlintrc.yaml', '.govlintrc.yml', '.govlintrc.json', 'govlint.config.json', 'govlint.config.yaml'] as const;

export interface LoadedConfig {
  file: string;
  dir: string;
  data: ConfigFile;
  source: SourceFile;
}

const files = diskCache<string, { mtime: number; config: Promise<LoadedConfig> }>();
const chains = diskCache<string, Promise<LoadedConfig[]>>();

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

/** Configs that apply to files of `dir`, outermost first. */
export function configChain(dir: string, lang: Lang = 'zh'): Promise<LoadedConfig[]> {
  const key = resolve(dir);
  let chain = chains.get(key);
  if (!chain) {
    chain = buildChain(key, lang);
    chains.set(key, chain);
    chain.catch(() => chains.delete(key));
  }
  return chain;
}

async function buildChain(dir: string, lang: Lang): Promise<LoadedConfig[]> {
  const here = configFileIn(dir);
  const config = here ? await loadConfigFile(here, lang) : undefined;
  if (config?.data.root) return [config];
  const parent = dirname(dir);
  const above = parent === dir ? [] : await configChain(parent, lang);
  return config ? [...above, config] : above;
}

