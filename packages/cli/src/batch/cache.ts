// --cache: one small JSON file per linted file, in the cache folder, holding the hash its result was made under
// and the result. The hash covers the file's bytes and everything else the result depends on (core's
// lintFingerprint: config, packs and their files, previous report, versions) plus what this run adds (CLI
// version, fix mode), so an entry is used only when the result would come out the same. One file per entry
// keeps memory flat (nothing is loaded up front), lets worker threads read and write side by side, and an
// edited file simply overwrites its own entry. A torn or foreign entry reads as a miss.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lintFingerprint, type FileResult, type LintOptions } from '@govlint/core/runtime';

const FORMAT = 1;
export const DEFAULT_CACHE_LOCATION = '.govlintcache';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What a worker thread needs to open the same cache. */
export interface CacheSettings {
  dir: string;
  /** Hash of this run's own inputs to every result (CLI version, fix mode). */
  runKey: string;
}

interface Entry {
  format: number;
  key: string;
  result: FileResult;
}

export function cacheSettings(cwd: string, location: string | undefined, runInputs: unknown): CacheSettings {
  return { dir: path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION), runKey: sha256(JSON.stringify(runInputs)) };
}

export class LintCache {
  private made = false;

  constructor(private readonly settings: CacheSettings) {}

  /** The hash a stored result of `file` with these bytes must carry to be used. */
  async key(file: string, bytes: Uint8Array, opts: LintOptions): Promise<string> {
    return sha256(`${this.settings.runKey}\n${await lintFingerprint(file, opts)}\n${sha256(bytes)}`);
  }

  /** Synchronous, like the read of the file itself (lint-one.ts): a hit should cost next to nothing. */
  get(file: string, key: string): FileResult | undefined {
    let entry: Entry;
    try {
      entry = JSON.parse(readFileSync(this.entryPath(file), 'utf8')) as Entry;
    } catch {
      return undefined;
    }
    if (entry.format !== FORMAT || entry.key !== key) return undefined;
    return { ...entry.result, filePath: file };
  }

  /** Stores a result; a cache that cannot be written costs the next run time, never this run its result. */
  async set(file: string, key: string, result: FileResult): Promise<void> {
    const target = this.entryPath(file);
    const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      if (!this.made) {
        mkdirSync(this.settings.dir, { recursive: true });
        this.made = true;
      }
      await writeFile(tmp, JSON.stringify({ format: FORMAT, key, result } satisfies Entry));
      await rename(tmp, target);
    } catch {
      await unlink(tmp).catch(() => undefined);
    }
  }

  private entryPath(file: string): string {
    return path.join(this.settings.dir, `${sha256(file).slice(0, 32)}.json`);
  }
}
