// Lint worker threads as seen from the main thread. A worker lints the files it is sent one after another;
// the main thread keeps a couple queued so it never waits for the next one while the main thread is busy. The
// file being linted is watched: one that takes longer than the time budget gets its worker terminated and one
// fatal diagnostic, a worker that dies takes that file with it the same way, and a fresh worker carries on with
// the files queued behind it. A worker's heap is capped (the whole batch must stay within a few hundred MB); a
// file that needs more (a huge number-dense text) is handed back to the main thread, which has no such cap.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { t } from '../i18n.js';
import { fatalResult } from '../results.js';
import type { LintJob, Outcome } from './lint-one.js';
import type { FromWorker, SentError, ToWorker, WorkerData } from './messages.js';

const WORKER_URL = new URL('./lint-worker.js', import.meta.url);
/** Files queued in a worker at once: one running, the next ones ready. */
export const WORKER_DEPTH = 3;
/** A worker that cannot start this many times in a row is given up (its files fail the run). */
const MAX_RESTARTS = 3;

/**
 * Heap of one lint worker. A report needs ~15 MB live and V8 lets an uncapped heap grow to ~150 MB of garbage
 * before it collects in earnest; capped, the worker collects sooner at little cost (bench/README.md).
 * GOVLINT_WORKER_HEAP_MB overrides the old generation's size (tests use it to provoke the fallback).
 */
function heapLimits(): ResourceLimits {
  const old = Number(process.env.GOVLINT_WORKER_HEAP_MB);
  return { maxOldGenerationSizeMb: Number.isFinite(old) && old > 0 ? old : 96, maxYoungGenerationSizeMb: 24 };
}

/** Lints a file in the main thread: the worker's heap could not hold it. */
export type MainThreadLint = (file: string) => Promise<Outcome>;

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
    private readonly inMainThread?: MainThreadLint,
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
    const worker = new Worker(WORKER_URL, { workerData: this.data, resourceLimits: heapLimits() });
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
    worker.on('error', (err: NodeJS.ErrnoException) => {
      if (worker !== this.worker) return;
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' && this.inMainThread && this.queue.length > 0) this.lose(null);
      else this.lose(t(this.data.job.lang, 'lintFailed', this.shown(this.queue[0]?.file ?? ''), err.message));
    });
    worker.on('exit', (code) => {
      if (worker === this.worker && !this.closed) this.lose(t(this.data.job.lang, 'lintFailed', this.shown(this.queue[0]?.file ?? ''), `worker exited (${code})`));
    });
  }

  /**
   * The running file could not be linted here: it gets a fatal result (`message`), or, when the worker ran out of
   * heap (null), is linted in the main thread; a fresh worker takes the files behind it.
   */
  private lose(message: string | null): void {
    clearTimeout(this.timer);
    const head = this.queue.shift();
    const old = this.worker;
    void old.terminate();
    if (this.closed) return;
    if (head && message === null) this.inMainThread!(head.file).then(head.resolve, head.reject);
    else head?.resolve({ result: fatalResult(head.file, message ?? '') });
    if (!head && ++this.failedStarts > MAX_RESTARTS) {
      for (const p of this.queue.splice(0)) p.reject(new Error(message ?? 'lint worker out of memory'));
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
