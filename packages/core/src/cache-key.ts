// Everything a lint result depends on besides the linted bytes, as one hash, so that a result cache (the CLI's
// --cache) can tell when a stored result still holds: core's version, the resolved config (rules, settings,
// language), the lint options outside the config, every pack in force with the contents of its folder (a pack
// author editing a rule or a script), and last year's report when `previous` is set.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveConfig } from './config/resolve.js';
import type { LoadedPack } from './engine/pack-loader.js';
import type { PackSet } from './engine/pack-set.js';
import type { LintOptions } from './lint.js';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

let coreVersion: string | undefined;
function version(): string {
  coreVersion ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return coreVersion;
}

/** Folders a pack never reads from. */
const SKIPPED = new Set(['node_modules', '.git']);
/** Code a script may import, wherever it lies in the pack (reports and fixtures beside it are not read). */
const CODE = /\.(?:m?js|cjs|json)$/i;

/**
 * Hash of what a pack's results depend on, names and contents in a stable order: pack.yaml, everything under
 * its rules and vocab folders, and every script or JSON file anywhere in its folder. Not the rest: a pack kept
 * next to the reports it checks must not make every run hash the reports.
 */
export function packHash(pack: Pick<LoadedPack, 'dir' | 'manifest'>): string {
  const hash = createHash('sha256');
  const add = (path: string) => hash.update(`${relative(pack.dir, path)}\0`).update(readFileSync(path)).update('\0');
  const walk = (at: string, all: boolean) => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      return; // no such folder (a pack without vocab)
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path, all);
      else if (entry.isFile() && (all || CODE.test(entry.name))) add(path);
    }
  };
  add(join(pack.dir, 'pack.yaml'));
  const own = [pack.manifest.rules ?? 'rules', pack.manifest.vocab ?? 'vocab'].map((d) => join(pack.dir, d));
  for (const dir of own) walk(dir, true);
  walk(pack.dir, false);
  return hash.digest('hex');
}

// Packs are loaded once per process (pack-loader.ts), so their contents are hashed once per process too.
const packHashes = new WeakMap<PackSet, string>();
function packsHash(packSet: PackSet): string {
  let hash = packHashes.get(packSet);
  if (hash === undefined) {
    hash = sha256(JSON.stringify(packSet.packs.map((p) => [p.name, p.version ?? '', p.dir, packHash(p)])));
    packHashes.set(packSet, hash);
  }
  return hash;
}

/** Last year's report by path and modification time: hashed again only when it changes. */
const previousHashes = new Map<string, { mtime: number; hash: string }>();
function previousHash(path: string): string {
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    return 'missing';
  }
  const hit = previousHashes.get(path);
  if (hit && hit.mtime === mtime) return hit.hash;
  const hash = sha256(readFileSync(path));
  previousHashes.set(path, { mtime, hash });
  return hash;
}

/**
 * The hash of everything but the file's bytes that `lintFile(filePath, opts)` depends on. Throws ConfigError
 * like lintFile for a broken config.
 */
export async function lintFingerprint(filePath: string, opts: LintOptions = {}): Promise<string> {
  const { config, packSet } = await resolveConfig(filePath, opts);
  const previous = typeof config.settings.previous === 'string' ? previousHash(config.settings.previous) : '';
  const options = [opts.reportUnusedDirectives === true, opts.includeModel === true, opts.includeMeta === true, opts.onlyRules ?? null];
  return sha256(JSON.stringify([version(), config, options, packsHash(packSet), previous]));
}
