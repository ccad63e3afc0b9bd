// A lint worker thread: loads core and the packs once, then lints the files the main thread sends, one at a
// time in the order sent, and sends each outcome back (results are plain data).
import { parentPort, workerData } from 'node:worker_threads';
import { resolveConfigFor } from '@govlint/core/runtime';
import { isConfigError } from '../errors.js';
import { LintCache } from './cache.js';
import { lintOne } from './lint-one.js';
import type { FromWorker, SentError, ToWorker, WorkerData } from './messages.js';

const { job, warmUp } = workerData as WorkerData;
const cache = job.cache ? new LintCache(job.cache) : undefined;
const port = parentPort!;

function sent(err: unknown): SentError {
  if (isConfigError(err)) return { name: 'ConfigError', message: typeof err.format === 'function' ? err.format(job.lang) : err.message };
  return err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : { name: 'Error', message: String(err) };
}

// One file after another, in the order sent: the main thread times the oldest one it is waiting for.
let chain = Promise.resolve();
port.on('message', (m: ToWorker) => {
  chain = chain.then(() =>
    lintOne(m.file, job, cache).then(
      (outcome) => port.postMessage({ id: m.id, outcome } satisfies FromWorker),
      (err: unknown) => port.postMessage({ id: m.id, error: sent(err) } satisfies FromWorker),
    ),
  );
});

// Loading the packs here, before taking files, keeps a starting worker from holding a file the main thread
// could have linted meanwhile. A broken config shows up with the first file instead.
if (warmUp) await resolveConfigFor(warmUp, job.opts).catch(() => undefined);
port.postMessage({ ready: true } satisfies FromWorker);
