// Lint worker threads as seen from the main thread. Each lints one file at a time and is watched: a file that
// takes longer than the time budget gets its worker terminated and one fatal diagnostic, a worker that dies
// takes its file with it the same way, and a fresh worker carries on with the rest of the batch.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { t } from '../i18n.js';
import { fatalResult } from '../results.js';
import type { LintJob, Outcome } from './lint-one.js';
import type { FromWorker, SentError, ToWorker, WorkerData } from './messages.js';

const WORKER_URL = new URL('./lint-worker.js', import.meta.url);

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
  timer?: NodeJS.Timeout;
}

export class LintWorker {
  private worker!: Worker;
  private ready!: Promise<void>;
  private pending: Pending | undefined;
  private nextId = 1;
  private closed = false;

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
      p.timer = setTimeout(() => this.lose(p, t(this.lang, 'fileTimeout', this.shown(file), Math.round(this.budgetMs / 1000))), this.budgetMs);
      this.pending = p;
      this.worker.postMessage({ id: p.id, file } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }

  private get lang() {
    return this.data.job.lang;
  }

  private shown(file: string): string {
    return path.relative(this.data.job.opts.cwd, file) || file;
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, { workerData: this.data });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`lint worker exited with code ${code}`)));
    });
    this.ready.catch(() => undefined);
    // Events of a worker already replaced (terminated after a timeout) concern nobody.
    worker.on('message', (m: FromWorker) => {
      if ('ready' in m || worker !== this.worker) return;
      const p = this.pending;
      if (!p || p.id !== m.id) return;
      this.settle(p);
      if ('error' in m) p.reject(received(m.error));
      else p.resolve(m.outcome);
    });
    worker.on('error', (err) => {
      if (this.pending && worker === this.worker) this.lose(this.pending, t(this.lang, 'lintFailed', this.shown(this.pending.file), err.message));
    });
    worker.on('exit', (code) => {
      if (this.pending && worker === this.worker && !this.closed) this.lose(this.pending, t(this.lang, 'lintFailed', this.shown(this.pending.file), `worker exited (${code})`));
    });
  }

  private settle(p: Pending): void {
    clearTimeout(p.timer);
    this.pending = undefined;
  }

  /** The file could not be linted here: it gets a fatal result, and a fresh worker takes the next one. */
  private lose(p: Pending, message: string): void {
    if (this.pending !== p) return;
    this.settle(p);
    const old = this.worker;
    if (!this.closed) this.spawn();
    void old.terminate();
    p.resolve({ result: fatalResult(p.file, message) });
  }
}
