// Lint worker threads as seen from the main thread. A worker lints the files it is sent one after another;
// the main thread keeps a couple queued so it never waits for the next one while the main thread is busy. The
// file being linted is watched: one that takes longer than the time budget gets its worker terminated and one
// fatal diagnostic, a worker that dies takes that file with it the same way, and a fresh worker carries on with
// the files queued behind it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { t } from '../i18n.js';
import { fatalResult } from '../results.js';
import type { LintJob, Outcome } from './lint-one.js';
import type { FromWorker, SentError, ToWorker, WorkerData } from './messages.js';

const WORKER_URL = new URL('./lint-worker.js', import.meta.url);
/** Files queued in a worker at once: one running, the next ones ready. */
export const WORKER_DEPTH = 3;
/** A worker that cannot start this many times in a row is given up (its files fail the run). */
const MAX_RESTARTS = 3;

/** Whether worker threads can be used: the compiled worker exists (not when the CLI runs from its sources). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

function received(e: SentError): Error {
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

interface Pending {
  id: number;
  file: string;
  resolve(outcome: Outcome): void;
  reject(error: Error): void;
}

export class LintWorker {
  private worker!: Worker;
  private ready!: Promise<void>;
  /** Sent and not answered yet, oldest (the one running) first. */
  private readonly queue: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private closed = false;
  private failedStarts = 0;

  constructor(
    private readonly data: WorkerData,
    /** Time budget of one file, in ms. */
    private readonly budgetMs: number,
  ) {
    this.spawn();
  }

  /** Resolves once the worker has loaded core and the packs; rejects if it could not start. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  async lint(file: string): Promise<Outcome> {
    await this.ready;
    return new Promise<Outcome>((resolve, reject) => {
      const p: Pending = { id: this.nextId++, file, resolve, reject };
      this.queue.push(p);
      this.send(p);
      if (this.queue.length === 1) this.arm();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.worker.terminate();
  }

  private send(p: Pending): void {
    this.worker.postMessage({ id: p.id, file: p.file } satisfies ToWorker);
  }

  /** The budget runs for the oldest file: the worker takes files in order, so that is the one running. */
  private arm(): void {
    clearTimeout(this.timer);
    const head = this.queue[0];
    if (!head) return;
    this.timer = setTimeout(() => this.lose(t(this.data.job.lang, 'fileTimeout', this.shown(head.file), Math.round(this.budgetMs / 1000))), this.budgetMs);
  }

  private shown(file: string): string {
    return path.relative(this.data.job.opts.cwd, file) || file;
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, { workerData: this.data });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => {
        this.failedStarts = 0;
        resolve();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`lint worker exited with code ${code}`)));
    });
    this.ready.catch(() => undefined);
    // Events of a worker already replaced (terminated after a timeout) concern nobody.
    worker.on('message', (m: FromWorker) => {
      if ('ready' in m || worker !== this.worker) return;
      const p = this.queue[0];
      if (!p || p.id !== m.id) return;
      this.queue.shift();
      this.arm();
      if ('error' in m) p.reject(received(m.error));
      else p.resolve(m.outcome);
    });
    worker.on('error', (err) => {
      if (worker === this.worker) this.lose(t(this.data.job.lang, 'lintFailed', this.shown(this.queue[0]?.file ?? ''), err.message));
    });
    worker.on('exit', (code) => {
      if (worker === this.worker && !this.closed) this.lose(t(this.data.job.lang, 'lintFailed', this.shown(this.queue[0]?.file ?? ''), `worker exited (${code})`));
    });
  }

  /** The running file could not be linted: it gets a fatal result; a fresh worker takes the files behind it. */
  private lose(message: string): void {
    clearTimeout(this.timer);
    const head = this.queue.shift();
    const old = this.worker;
    void old.terminate();
    if (this.closed) return;
    head?.resolve({ result: fatalResult(head.file, message) });
    if (!head && ++this.failedStarts > MAX_RESTARTS) {
      for (const p of this.queue.splice(0)) p.reject(new Error(message));
      return;
    }
    this.spawn();
    const rest = [...this.queue];
    void this.ready.then(
      () => {
        rest.forEach((p) => this.send(p));
        this.arm();
      },
      (err: Error) => {
        for (const p of this.queue.splice(0)) p.reject(err);
      },
    );
  }
}
