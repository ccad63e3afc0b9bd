// The config of one file: config files (outermost first) + overrides matching the file + command-line options,
// checked against the packs they load (unknown rule ids and bad options are errors with their position).
import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from '../vendor/picomatch.js';
import { resolvePackDir } from '../engine/pack-loader.js';
import { loadPackSet, type PackSet } from '../engine/pack-set.js';
import type { LoadedRule } from '../engine/types.js';
import { assertValid, compileSchema, didYouMean } from '../engine/validate.js';
import { parseSource, type DataPath } from '../engine/yaml-source.js';
import type { Lang, Level } from '../report/diagnostic.js';
import { configChain, loadConfigFile, skippedConfigs, type LoadedConfig } from './discover.js';
import { ConfigError } from './errors.js';
import { hasRegionPack, regionPackEntry } from './region-pack.js';
import { unknownRegion } from './provinces.js';
import type { ResolvedConfig, ResolvedRuleSetting, RuleSetting, Settings } from './types.js';
import { levelOf } from './levels.js';

export const DEFAULT_PACK = '@govlint/rules-national';

export interface ConfigOptions {
  cwd?: string;
  configFile?: string;
  noConfig?: boolean;
  packs?: string[];
  ruleOverrides?: Record<string, Level | [Level, unknown]>;
  settings?: Partial<Settings>;
  lang?: Lang;
  previous?: string;
}

/** Pseudo file name of errors in command-line options. */
export const COMMAND_LINE = '<command line>';

export async function resolveConfig(filePath: string, opts: ConfigOptions = {}): Promise<{ config: ResolvedConfig; packSet: PackSet }> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const abs = resolve(cwd, filePath);
  const lang0 = opts.lang ?? 'zh';
  const chain = opts.noConfig ? [] : opts.configFile ? [await loadConfigFile(resolve(cwd, opts.configFile), lang0)] : await configChain(dirname(abs), lang0);
  const skipped = opts.noConfig || opts.configFile ? [] : await skippedConfigs(dirname(abs), lang0);
  const lang = opts.lang ?? [...chain].reverse().find((c) => c.data.lang)?.data.lang ?? 'zh';

  // Settings first (config files, matching overrides, command line): `region` can bring in a provincial pack.
  const userSettings: Settings = {};
  for (const c of chain) {
    Object.assign(userSettings, absolutePrevious(c.data.settings, c.dir));
    for (const o of c.data.overrides ?? []) {
      if (overrideMatches(o.files, o.excludedFiles, abs, c.dir)) Object.assign(userSettings, absolutePrevious(o.settings, c.dir));
    }
  }
  Object.assign(userSettings, absolutePrevious(opts.settings as Settings | undefined, cwd));
  if (opts.previous) userSettings.previous = resolve(cwd, opts.previous);

  const packs = packDirs(chain, opts, cwd, lang);
  let packSet = await loadPackSet(packs, lang);
  const region = typeof userSettings.region === 'string' ? userSettings.region : undefined;
  if (region) assertKnownRegion(region, chain, opts, lang);
  const entry = region ? regionPackEntry(region, chain.length > 0 ? chain[chain.length - 1].dir : cwd) : undefined;
  if (region && entry && !packs.includes(entry.dir) && !hasRegionPack(packSet, region, entry.key)) {
    packs.push(entry.dir);
    packSet = await loadPackSet(packs, lang);
  }

  const rules: Record<string, ResolvedRuleSetting> = {};
  for (const c of chain) {
    applyRules(rules, c.data.rules, c, ['rules'], packSet, lang);
    for (const [i, o] of (c.data.overrides ?? []).entries()) {
      if (overrideMatches(o.files, o.excludedFiles, abs, c.dir)) applyRules(rules, o.rules, c, ['overrides', i, 'rules'], packSet, lang);
    }
  }
  applyCommandLineRules(rules, opts.ruleOverrides, packSet, lang);
  // Pack defaults (local deadlines…) under what the user set.
  const settings: Settings = { ...packSet.settings, ...userSettings };

  const configFiles = chain.map((c) => c.file);
  return { config: { configFiles, ...(skipped.length > 0 ? { skippedConfigs: skipped } : {}), packs, rules, settings, lang }, packSet };
}

function packDirs(chain: readonly LoadedConfig[], opts: ConfigOptions, cwd: string, lang: Lang): string[] {
  const dirs: string[] = [];
  const add = (dir: string) => {
    if (!dirs.includes(dir)) dirs.push(dir);
  };
  for (const c of chain) {
    const list = typeof c.data.extends === 'string' ? [c.data.extends] : (c.data.extends ?? []);
    list.forEach((spec, i) => {
      try {
        add(resolvePackDir(spec, c.dir, lang));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        throw new ConfigError(c.file, error.texts, c.source.locate(typeof c.data.extends === 'string' ? ['extends'] : ['extends', i]), lang);
      }
    });
  }
  const fromCli = (opts.packs ?? []).map((spec) => {
    try {
      return resolvePackDir(spec, cwd, lang);
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(COMMAND_LINE, error.texts, undefined, lang);
      throw error;
    }
  });
  // No pack named anywhere: the national rules. `--pack` alone replaces them (a pack extends what it needs).
  if (dirs.length === 0 && fromCli.length === 0) add(resolvePackDir(DEFAULT_PACK, cwd, lang));
  fromCli.forEach(add);
  return dirs;
}

function overrideMatches(files: string | string[], excluded: string | string[] | undefined, abs: string, base: string): boolean {
  const rel = relative(base, abs).split(sep).join('/');
  if (rel.startsWith('../')) return false;
  return globsMatch(files, rel) && !(excluded && globsMatch(excluded, rel));
}

/** A glob with a slash matches the path relative to the config; one without (`*.txt`) matches the file name. */
function globsMatch(globs: string | string[], rel: string): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return (Array.isArray(globs) ? globs : [globs]).some((g) => picomatch(g, { dot: true })(g.includes('/') ? rel : name));
}

function absolutePrevious(settings: Settings | undefined, base: string): Settings {
  if (!settings) return {};
  return typeof settings.previous === 'string' ? { ...settings, previous: resolve(base, settings.previous) } : settings;
}

function splitSetting(setting: RuleSetting | [Level, unknown]): { level: Level; options?: Record<string, unknown> } {
  // The schema admitted the written level, so it names one (warn, 0/1/2 included).
  if (!Array.isArray(setting)) return { level: levelOf(setting) as Level };
  return { level: levelOf(setting[0]) as Level, options: setting[1] as Record<string, unknown> | undefined };
}

/** A region that names no provincial-level division is a typo: say so where it was written. */
function assertKnownRegion(region: string, chain: readonly LoadedConfig[], opts: ConfigOptions, lang: Lang): void {
  const unknown = unknownRegion(region);
  if (!unknown) return;
  const guess = unknown.guess ? { zh: `（是否应为“${unknown.guess}”？）`, en: ` (did you mean "${unknown.guess}"?)` } : { zh: '', en: '' };
  const texts = {
    zh: `未知的地区“${region}”：“${unknown.province}”不是省级行政区${guess.zh}`,
    en: `unknown region "${region}": "${unknown.province}" is not a province-level division${guess.en}`,
  };
  if (opts.settings?.region === region) throw new ConfigError(COMMAND_LINE, texts, undefined, lang);
  const from = [...chain].reverse().find((c) => c.data.settings?.region === region) ?? [...chain].reverse().find((c) => (c.data.overrides ?? []).some((o) => o.settings?.region === region));
  if (!from) throw new ConfigError(COMMAND_LINE, texts, undefined, lang);
  const at = from.data.settings?.region === region ? ['settings', 'region'] : ['overrides', (from.data.overrides ?? []).findIndex((o) => o.settings?.region === region), 'settings', 'region'];
  throw new ConfigError(from.file, texts, from.source.locate(at), lang);
}

function applyRules(
  into: Record<string, ResolvedRuleSetting>,
  rules: Record<string, RuleSetting> | undefined,
  config: LoadedConfig,
  at: DataPath,
  packSet: PackSet,
  lang: Lang,
): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const rule = packSet.byId.get(id);
    if (!rule) {
      const guess = didYouMean(id, [...packSet.byId.keys()]);
      throw new ConfigError(
        config.file,
        { zh: `未知的规则 \`${id}\`${guess ? `（是否应为 \`${guess}\`？）` : ''}`, en: `unknown rule \`${id}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}` },
        config.source.locate([...at, id], { key: true }),
        lang,
      );
    }
    const { level, options } = splitSetting(setting);
    if (options) assertValid(compileSchema(optionsSchemaOf(rule)), config.source, lang, [...at, id, 1], options);
    const pos = config.source.locate([...at, id], { key: true });
    into[id] = { ...into[id], level, ...(options ? { options } : {}), source: { file: config.file, line: pos.line, column: pos.column } };
  }
}

function applyCommandLineRules(into: Record<string, ResolvedRuleSetting>, rules: ConfigOptions['ruleOverrides'], packSet: PackSet, lang: Lang): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const rule = packSet.byId.get(id);
    if (!rule) {
      const guess = didYouMean(id, [...packSet.byId.keys()]);
      throw new ConfigError(COMMAND_LINE, { zh: `未知的规则 \`${id}\`${guess ? `（是否应为 \`${guess}\`？）` : ''}`, en: `unknown rule \`${id}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}` }, undefined, lang);
    }
    const { level, options } = splitSetting(setting);
    if (options) {
      const source = parseSource(JSON.stringify(options), COMMAND_LINE);
      assertValid(compileSchema(optionsSchemaOf(rule)), source, lang);
    }
    into[id] = { ...into[id], level, ...(options ? { options } : {}), source: { file: COMMAND_LINE } };
  }
}

/** The schema config options of a rule must satisfy: its own, else its type's, else "an object". */
export function optionsSchemaOf(rule: LoadedRule): object {
  return rule.raw.optionsSchema ?? rule.type.optionsSchema ?? { type: 'object' };
}

/** Rule options for a run: type defaults < rule file `options` < config. */
export function effectiveOptions(rule: LoadedRule, config: ResolvedConfig): Record<string, unknown> {
  return { ...rule.type.defaultOptions, ...rule.raw.options, ...config.rules[rule.id]?.options };
}
