// Which files a directory walk skips: `.govlintignore` (gitignore syntax) in the working folder and next to each
// config file, plus `ignorePatterns` of the configs. Patterns are relative to the file that holds them.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from '../vendor/ignore.js';
import { configChain, loadConfigFile, type LoadedConfig } from './discover.js';
import { diskCache } from '../util/disk-caches.js';
import { NotReadable, notReadableText, readRegularFile } from '../util/read-file.js';
import { MAX_SOURCE_BYTES } from '../engine/yaml-source.js';
import { ConfigError } from './errors.js';

export interface IgnoreOptions {
  cwd?: string;
  configFile?: string;
  noConfig?: boolean;
  /** `--no-ignore`: neither .govlintignore nor `ignorePatterns` apply (node_modules and .git still do). */
  noIgnore?: boolean;
  /** `--ignore-pattern`: more patterns (gitignore syntax), relative to the working folder. */
  ignorePatterns?: readonly string[];
}

const ALWAYS = ['node_modules/', '.git/'];
const IGNORE_FILE = '.govlintignore';

interface Matcher {
  base: string;
  ig: Ignore;
}

const fileMatchers = diskCache<string, Matcher | null>();
/**
 * The `ALWAYS` matcher of each working folder and the `ignorePatterns` matcher of each loaded config: the walk
 * asks for every file, and compiling the same patterns again for each (`ignore().add`) cost more than the rest.
 */
const alwaysMatchers = new Map<string, Matcher>();
const patternMatchers = new WeakMap<LoadedConfig, Matcher | null>();

function alwaysMatcher(cwd: string): Matcher {
  let m = alwaysMatchers.get(cwd);
  if (!m) {
    m = { base: cwd, ig: ignore().add(ALWAYS) };
    alwaysMatchers.set(cwd, m);
  }
  return m;
}

function patternMatcher(config: LoadedConfig): Matcher | null {
  let m = patternMatchers.get(config);
  if (m === undefined) {
    const patterns = config.data.ignorePatterns;
    m = patterns?.length ? { base: config.dir, ig: ignore().add(patterns) } : null;
    patternMatchers.set(config, m);
  }
  return m;
}

const argumentMatchers = diskCache<string, Matcher>();
function argumentMatcher(cwd: string, patterns: readonly string[]): Matcher {
  const key = `${cwd}\0${patterns.join('\0')}`;
  let m = argumentMatchers.get(key);
  if (!m) {
    m = { base: cwd, ig: ignore().add([...patterns]) };
    argumentMatchers.set(key, m);
  }
  return m;
}

/** A .govlintignore is a small text file; one that is not (a FIFO, a device, megabytes) is a config error. */
function ignoreFileText(file: string): string {
  try {
    return readRegularFile(file, MAX_SOURCE_BYTES).toString('utf8');
  } catch (error) {
    if (error instanceof NotReadable) throw new ConfigError(file, notReadableText(error, MAX_SOURCE_BYTES));
    throw error;
  }
}

function ignoreFileMatcher(dir: string): Matcher | null {
  const file = join(dir, IGNORE_FILE);
  if (!fileMatchers.has(file)) {
    fileMatchers.set(file, existsSync(file) ? { base: dir, ig: ignore().add(ignoreFileText(file)) } : null);
  }
  return fileMatchers.get(file) ?? null;
}

function matches(m: Matcher, filePath: string): boolean {
  const rel = relative(m.base, filePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return m.ig.ignores(rel.split(sep).join('/'));
}

/** True when `filePath` should not be linted (the CLI's directory walk asks before reading each file). */
export async function isIgnored(filePath: string, opts: IgnoreOptions = {}): Promise<boolean> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const abs = resolve(cwd, filePath);
  const matchers: Matcher[] = [alwaysMatcher(cwd)];
  if (opts.ignorePatterns?.length) matchers.push(argumentMatcher(cwd, opts.ignorePatterns));
  if (opts.noIgnore) return matchers.some((m) => matches(m, abs));
  const cwdFile = ignoreFileMatcher(cwd);
  if (cwdFile) matchers.push(cwdFile);
  if (!opts.noConfig) {
    const configs = opts.configFile ? [await loadConfigFile(resolve(cwd, opts.configFile))] : await configChain(dirname(abs));
    for (const c of configs) {
      const beside = c.dir === cwd ? null : ignoreFileMatcher(c.dir);
      if (beside) matchers.push(beside);
      const patterns = patternMatcher(c);
      if (patterns) matchers.push(patterns);
    }
  }
  return matchers.some((m) => matches(m, abs));
}

