// Writing a whole file so that the file stays the file: a crash, a full disk or a failing formatter never
// leaves half of it, and the write does not change what the name is. Usually a temp file in the same folder,
// then rename (atomic), with the old mode, owner and group. In place instead, where a rename would break
// something: a device or FIFO (`-o /dev/null` must not turn /dev/null into a regular file), a file with
// other hard links (they would keep the old text), a file whose owner we could not give the temp file, or a
// folder we cannot create the temp file in. A symlink is followed: its target is written, the link stays.
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, open, readlink, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { tempName, trackTemp } from './temp-files.js';

export interface WriteOptions {
  /** Mode of a new file (an existing one keeps its own); 0o644 by default. */
  mode?: number;
  /** What the file holds now: written back if an in-place write fails half-way (a full disk). */
  previous?: Uint8Array;
}

const MAX_LINKS = 40; // as the kernel's ELOOP limit

function code(err: unknown): string | undefined {
  return err && typeof err === 'object' && 'code' in err ? String((err as NodeJS.ErrnoException).code) : undefined;
}

/** The file a path names once symlinks are followed, also when the last link points at nothing yet. */
export async function resolveTarget(file: string): Promise<string> {
  let current = path.resolve(file);
  for (let i = 0; i < MAX_LINKS; i++) {
    let info: Stats;
    try {
      info = await lstat(current);
    } catch (err) {
      if (code(err) === 'ENOENT') return current;
      throw err;
    }
    if (!info.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`too many symbolic links: ${file}`), { code: 'ELOOP' });
}

async function statOrNothing(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch (err) {
    if (code(err) === 'ENOENT') return undefined;
    throw err;
  }
}

async function writeAll(handle: FileHandle, data: Uint8Array): Promise<void> {
  await handle.write(data, 0, data.length, 0);
  await handle.truncate(data.length);
}

/** Into the existing file itself: same inode, so hard links, owner, group and mode all stay. */
async function writeInPlace(file: string, data: Uint8Array, info: Stats, previous?: Uint8Array): Promise<void> {
  if (!info.isFile()) {
    // A device or FIFO: no position, no truncation, no fsync (EINVAL on /dev/null).
    const handle = await open(file, 'w');
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    return;
  }
  const handle = await open(file, 'r+');
  try {
    await writeAll(handle, data);
    await handle.sync();
  } catch (err) {
    if (previous) await writeAll(handle, previous).catch(() => undefined);
    throw err;
  } finally {
    await handle.close();
  }
}

/** Thrown inside replaceByRename when the rename route cannot keep the file as it is. */
class UseInPlace extends Error {}

async function replaceByRename(file: string, data: Uint8Array, info: Stats | undefined, mode: number): Promise<void> {
  const tmp = tempName(file, randomBytes(4).toString('hex'));
  const done = trackTemp(tmp);
  let handle: FileHandle;
  try {
    handle = await open(tmp, 'wx', 0o600);
  } catch (err) {
    done();
    // A folder we may not write in, holding a file we may: only an in-place write can change it.
    if (info && ['EACCES', 'EPERM', 'EROFS'].includes(code(err) ?? '')) throw new UseInPlace();
    throw err;
  }
  try {
    try {
      // Not left to open's mode: the umask would take bits off.
      await handle.chmod(info ? info.mode & 0o7777 : mode);
      const own = await handle.stat();
      if (info && (own.uid !== info.uid || own.gid !== info.gid)) await handle.chown(info.uid, info.gid);
    } catch (err) {
      if (code(err) === 'EPERM') throw new UseInPlace();
      throw err;
    }
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    await rename(tmp, file);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  } finally {
    done();
  }
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const target = await resolveTarget(file);
  const info = await statOrNothing(target);
  if (info?.isDirectory()) throw Object.assign(new Error(`illegal operation on a directory: ${file}`), { code: 'EISDIR' });
  if (info && (!info.isFile() || info.nlink > 1)) return writeInPlace(target, bytes, info, options.previous);
  try {
    await replaceByRename(target, bytes, info, options.mode ?? 0o644);
  } catch (err) {
    if (!(err instanceof UseInPlace) || !info) throw err;
    await writeInPlace(target, bytes, info, options.previous);
  }
}
