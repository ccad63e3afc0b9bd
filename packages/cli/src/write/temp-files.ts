// Temp files of writes under way, removed when the run is stopped by SIGINT or SIGTERM (Ctrl-C, a CI job's
// timeout): a stopped `govlint --fix` must not leave `.年报.txt.1234.abcd.tmp` files beside the reports.
// The main thread knows its own temp files. Fixes are also written in lint worker threads, and signals reach
// the main thread only, which cannot ask a worker anything synchronously: it sweeps the folders of the batch's
// files for temp files of this process (the name holds the pid, which workers share) instead.
import { readdirSync, realpathSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const live = new Set<string>();
let swept: readonly string[] = [];
let watching = false;

/** The name writeFileAtomic gives the temp file of `file` in this process. */
export function tempName(file: string, random: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${random}.tmp`);
}

function remove(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already renamed into place, or never created: nothing to remove.
  }
}

/** This process's temp files beside `files` (the targets of symlinks: that is where they are written). */
function tempFilesBeside(files: readonly string[]): string[] {
  const byDir = new Map<string, Set<string>>();
  for (const file of files) {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // Gone: its folder is still worth a look.
    }
    const dir = path.dirname(real);
    byDir.set(dir, (byDir.get(dir) ?? new Set()).add(path.basename(real)));
  }
  const found: string[] = [];
  for (const [dir, bases] of byDir) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = /^\.(.+)\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
      if (m && Number(m[2]) === process.pid && bases.has(m[1])) found.push(path.join(dir, name));
    }
  }
  return found;
}

function onSignal(signal: NodeJS.Signals): void {
  for (const file of [...live, ...tempFilesBeside(swept)]) remove(file);
  live.clear();
  // Die of the signal as if nobody had listened, so the shell and CI see the usual status (130, 143).
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/**
 * In the main thread: from now on a SIGINT or SIGTERM removes the temp files of this process, the tracked ones
 * and any beside `files` (what --fix writes, perhaps in a worker).
 */
export function watchTempFiles(files: readonly string[] = []): void {
  if (!isMainThread) return;
  swept = files;
  if (watching) return;
  watching = true;
  for (const s of SIGNALS) process.on(s, onSignal);
}

/** Call before creating `file`; call the returned function once it is renamed or removed. */
export function trackTemp(file: string): () => void {
  if (!isMainThread) return () => undefined;
  live.add(file);
  return () => void live.delete(file);
}
