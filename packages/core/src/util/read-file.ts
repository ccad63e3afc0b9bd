// Reading a file that a config, a pack or the command line names: only a regular file, and only up to a size.
// A FIFO or a device (/dev/zero, a link to it committed as .govlintrc.yaml) would block the read forever or fill the
// memory; a huge file named as a config is a mistake, not a config.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export class NotReadable extends Error {
  constructor(
    readonly reason: 'not-a-file' | 'too-large' | 'io',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'NotReadable';
  }
}

/** What a NotReadable means, in both languages. */
export function notReadableText(error: NotReadable, maxBytes: number): { zh: string; en: string } {
  if (error.reason === 'not-a-file') return { zh: `不是普通文件（${error.detail}），未读取`, en: `not a regular file (${error.detail}), not read` };
  if (error.reason === 'too-large') return { zh: `文件过大（${error.detail} 字节，上限 ${maxBytes}），未读取`, en: `file too large (${error.detail} bytes, limit ${maxBytes}), not read` };
  return { zh: `无法读取文件（${error.detail}）`, en: `cannot read the file (${error.detail})` };
}

/** The bytes of `path` if it is a regular file of at most `maxBytes`; throws NotReadable otherwise. */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // Opened first and checked on the descriptor: the file that is read is the one that was checked. Without
    // blocking: opening a FIFO for reading would wait for a writer forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new NotReadable('io', (error as NodeJS.ErrnoException).code ?? String(error));
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new NotReadable('not-a-file', info.isFIFO() ? 'FIFO' : info.isCharacterDevice() || info.isBlockDevice() ? 'device' : 'not a regular file');
    if (info.size > maxBytes) throw new NotReadable('too-large', String(info.size));
    // Read to the end, not to the size stat gives: files of /proc say 0 and have content (or fail to read).
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(info.size - total, 64 * 1024));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new NotReadable('too-large', String(total));
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof NotReadable) throw error;
    throw new NotReadable('io', (error as NodeJS.ErrnoException).code ?? String(error));
  } finally {
    closeSync(fd);
  }
}
