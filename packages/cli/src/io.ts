// File and stream helpers. Whole-file writes are in write/write-file.ts.
import { readFileSync } from 'node:fs';

export { writeFileAtomic } from './write/write-file.js';

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

let cachedVersion: string | undefined;
export function cliVersion(): string {
  if (cachedVersion === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    cachedVersion = pkg.version;
  }
  return cachedVersion;
}

export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') {
    const e = err as NodeJS.ErrnoException;
    return e.code === 'ENOENT' ? 'ENOENT' : `${e.code}: ${e.message.replace(/^[A-Z]+: /, '')}`;
  }
  return err instanceof Error ? err.message : String(err);
}
