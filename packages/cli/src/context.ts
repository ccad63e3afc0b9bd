// Everything a command touches of the outside world, passed in rather than read from `process`, so the same
// commands run in the `govlint` process and in a test host that captures their output.
import { readStdin } from './io.js';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Writes to standard output; resolves once the text is handed over. */
  out(text: string): Promise<void>;
  stdoutIsTTY: boolean;
  /** One line to standard error. */
  stderr(line: string): void;
  /** The terminal to draw a progress bar on, when standard error is one. */
  progressStream?: NodeJS.WriteStream;
  readStdin(): Promise<Buffer>;
  stdinIsTTY: boolean;
}

export function processIo(env: Record<string, string | undefined> = process.env): CliIo {
  // `govlint … | head`: once the reader is gone, drop the rest of the output but still finish the run, so the
  // exit code says what was found. Writes in flight when the pipe closes are released too.
  let closed = false;
  const pending = new Set<() => void>();
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
    for (const release of pending) release();
    pending.clear();
  });
  return {
    cwd: process.cwd(),
    env,
    out: (text) =>
      new Promise((resolve, reject) => {
        if (text === '' || closed) return resolve();
        pending.add(resolve);
        process.stdout.write(text, (err) => {
          pending.delete(resolve);
          if (err && (err as NodeJS.ErrnoException).code !== 'EPIPE') reject(err);
          else resolve();
        });
      }),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderr: (line) => void process.stderr.write(`${line}\n`),
    progressStream: process.stderr.isTTY ? process.stderr : undefined,
    readStdin,
    stdinIsTTY: process.stdin.isTTY === true,
  };
}
