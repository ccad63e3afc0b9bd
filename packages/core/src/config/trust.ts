// Where config discovery may look, on a shared machine. It stops at the project root, so a config above the
// project (a home folder's, /tmp's) never joins in; and it does not use a config that another user could have
// put there: one in a folder others may write in (/tmp, a shared drop folder: o+w, sticky or not), one others
// may write themselves, or one owned by another user (root excepted). Such a config would run its packs'
// scripts and silence rules for whoever lints below it. A config named with -c is the user's choice: trusted.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Distrust = 'othersCanWrite' | 'otherOwner';

const OTHERS_WRITE = 0o002;

/** Why a config found by discovery must not be used, if it must not. */
export function distrustOf(file: string): Distrust | undefined {
  // No owners nor modes to speak of on Windows.
  const me = process.getuid?.();
  if (me === undefined) return undefined;
  const info = statSync(file);
  // Not a file (/dev/zero, a FIFO): loading it says so, which is the clearer message.
  if (!info.isFile()) return undefined;
  // A symlinked config: the folder it is found in and the one it lives in.
  const folders = new Set([dirname(file), dirname(realpathSync(file))]);
  if ((info.mode & OTHERS_WRITE) !== 0 || [...folders].some((d) => (statSync(d).mode & OTHERS_WRITE) !== 0)) return 'othersCanWrite';
  if (info.uid !== me && info.uid !== 0) return 'otherOwner';
  return undefined;
}

/** A folder that ends discovery: it holds `.git` (a folder, or a worktree's file) or a package.json with a `govlint` key. */
export function isProjectRoot(dir: string): boolean {
  if (existsSync(join(dir, '.git'))) return true;
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg)) return false;
  try {
    const data: unknown = JSON.parse(readFileSync(pkg, 'utf8'));
    return typeof data === 'object' && data !== null && !Array.isArray(data) && 'govlint' in data;
  } catch {
    // A broken package.json is not ours to report: it marks nothing.
    return false;
  }
}
