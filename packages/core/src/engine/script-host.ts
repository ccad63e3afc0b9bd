// Runs pack scripts with a time limit, in a worker thread (scripts of the packs shipped with govlint run in the
// calling thread instead: script-trust.ts): a timeout terminates the thread (that also stops a
// synchronous infinite loop) and the calls still pending go to a fresh one. The calls of one document travel
// together, with the model, in one message; the runner sends them before it evaluates the other rules, so the
// worker runs the scripts while the main thread runs the declarative checks.
// When core runs from its TypeScript sources (no compiled worker next to it, e.g. unit tests without a build)
// or GOVLINT_SCRIPT_THREAD=main is set, scripts run in the main thread and only asynchronous hangs can be cut
// off: a synchronous loop would block the run.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReportModel } from '../model/types.js';
import { exportTextMaps } from '../model/source-map.js';
import { checkFindings, loadedScriptFunction, scriptContext, scriptFunction, type ScriptInput } from './script-context.js';
import { clock, PROGRESS_SLOTS, type ScriptBatch, type ScriptReply } from './script-worker.js';
import type { Finding } from './types.js';

export class ScriptTimeout extends Error {
  constructor(readonly ms: number) {
    super(`timed out after ${ms} ms`);
  }
}

interface Job {
  moduleUrl: string;
  input: ScriptInput;
  timeoutMs: number;
  resolve(findings: Finding[]): void;
  reject(error: Error): void;
}

/** The compiled worker: next to this module in dist/, or in dist/ when running from src/. */
export function findWorker(): URL | null {
  if (process.env.GOVLINT_SCRIPT_THREAD === 'main') return null;
  const candidates = [new URL('./script-worker.js', import.meta.url), new URL('../../dist/engine/script-worker.js', import.meta.url)];
  return candidates.find((u) => existsSync(fileURLToPath(u))) ?? null;
}

export class ScriptHost {
  private worker?: Worker;
  private progress = new Int32Array(new SharedArrayBuffer(4 * PROGRESS_SLOTS));
  private readonly queue: Job[] = [];
  /** The batch the worker is running. */
  private running: { batchId: number; jobs: Job[] } | undefined;
  private timer?: NodeJS.Timeout;
  private nextBatchId = 1;
  /** The model the current worker holds. */
  private sentModel?: ReportModel;
  private readonly docIds = new WeakMap<ReportModel, number>();
  private nextDocId = 1;
  readonly mode: 'worker' | 'main-thread';

  constructor(private readonly workerUrl: URL | null = findWorker()) {
    this.mode = workerUrl ? 'worker' : 'main-thread';
  }

  /** `thread: 'calling'` runs the script here (trusted packs, script-trust.ts): only asynchronous hangs are cut off. */
  run(moduleUrl: string, input: ScriptInput, timeoutMs: number, thread: 'worker' | 'calling' = 'worker'): Promise<Finding[]> {
    if (!this.workerUrl || thread === 'calling') {
      try {
        return Promise.resolve(runHere(moduleUrl, input, timeoutMs));
      } catch (error) {
        // As the rejection of an async call would be: whatever the script threw.
        return Promise.reject(error as Error);
      }
    }
    return this.queued(moduleUrl, input, timeoutMs);
  }

  /**
   * As `run`, but a synchronous script run in this thread answers synchronously, and its errors are thrown:
   * the runner needs no promise (nor microtask) for each of a document's dozen script calls.
   */
  call(moduleUrl: string, input: ScriptInput, timeoutMs: number, thread: 'worker' | 'calling' = 'worker'): Finding[] | Promise<Finding[]> {
    if (!this.workerUrl || thread === 'calling') return runHere(moduleUrl, input, timeoutMs);
    return this.queued(moduleUrl, input, timeoutMs);
  }

  private queued(moduleUrl: string, input: ScriptInput, timeoutMs: number): Promise<Finding[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ moduleUrl, input, timeoutMs, resolve, reject });
      // Let the other rules of this document queue their calls first, then send them together.
      if (this.queue.length === 1 && !this.running) setImmediate(() => this.pump());
    });
  }

  /** Send the calls queued so far now (the runner queues a document's script calls up front, then flushes). */
  flush(): void {
    this.pump();
  }

  /** Stops the worker (a CLI run ends by itself: the worker is unref'd). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.sentModel = undefined;
    if (w) await w.terminate();
  }

  private document(model: ReportModel, previous: ReportModel | undefined): Pick<ScriptBatch, 'docId' | 'model' | 'previous' | 'textMaps'> {
    let docId = this.docIds.get(model);
    if (docId === undefined) {
      docId = this.nextDocId++;
      this.docIds.set(model, docId);
    }
    if (this.sentModel === model) return { docId };
    this.sentModel = model;
    const maps = exportTextMaps(model);
    return { docId, model: JSON.stringify(model), ...(previous ? { previous: JSON.stringify(previous) } : {}), ...(maps ? { textMaps: JSON.stringify(maps) } : {}) };
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const { model, previous } = this.queue[0].input;
    // One document per batch: files linted concurrently interleave their calls.
    const jobs: Job[] = [];
    while (this.queue.length > 0 && this.queue[0].input.model === model) jobs.push(this.queue.shift()!);
    const worker = this.ensureWorker();
    const batch: ScriptBatch = {
      batchId: this.nextBatchId++,
      ...this.document(model, previous),
      jobs: jobs.map((j) => ({ moduleUrl: j.moduleUrl, input: { options: j.input.options, settings: j.input.settings, lang: j.input.lang } })),
    };
    this.running = { batchId: batch.batchId, jobs };
    Atomics.store(this.progress, 0, -1);
    this.arm(jobs[0].timeoutMs);
    worker.postMessage(batch);
  }

  private onMessage = (reply: ScriptReply): void => {
    if (!this.running || reply.batchId !== this.running.batchId) return;
    clearTimeout(this.timer);
    const { jobs } = this.running;
    this.running = undefined;
    reply.results.forEach((res, i) => {
      const job = jobs[i];
      if (!res.ok) job.reject(new Error(res.error));
      else {
        try {
          job.resolve(checkFindings(res.findings, job.input.model));
        } catch (error) {
          job.reject(error as Error);
        }
      }
    });
    this.pump();
  };

  private onError = (error: Error): void => {
    if (!this.running) return;
    this.fail(Math.max(0, Atomics.load(this.progress, 0)), error);
  };

  private arm(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.check, ms);
  }

  /** The running call has used up its time? Otherwise wait for the rest of it (or for the next call). */
  private check = (): void => {
    if (!this.running) return;
    const index = Atomics.load(this.progress, 0);
    const job = this.running.jobs[index];
    if (!job) {
      this.arm(Math.min(...this.running.jobs.map((j) => j.timeoutMs)));
      return;
    }
    const elapsed = (clock() - Atomics.load(this.progress, 1) + 0x80000000) % 0x80000000;
    if (elapsed >= job.timeoutMs) this.fail(index, new ScriptTimeout(job.timeoutMs));
    else this.arm(job.timeoutMs - elapsed);
  };

  /** Call `index` hung or crashed the worker: it fails; the others of its batch run again in a fresh worker. */
  private fail(index: number, error: Error): void {
    clearTimeout(this.timer);
    const { jobs } = this.running!;
    this.running = undefined;
    const w = this.worker;
    this.worker = undefined;
    this.sentModel = undefined;
    void w?.terminate();
    this.queue.unshift(...jobs.filter((_, i) => i !== index));
    jobs[index].reject(error);
    setImmediate(() => this.pump());
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.progress = new Int32Array(new SharedArrayBuffer(4 * PROGRESS_SLOTS));
      this.worker = new Worker(this.workerUrl!, { workerData: { progress: this.progress.buffer } });
      this.worker.on('message', this.onMessage);
      this.worker.on('error', this.onError);
      // After the listeners: adding a 'message' listener refs the worker again. A pending call keeps the
      // process alive through its timer.
      this.worker.unref();
      this.sentModel = undefined;
    }
    return this.worker;
  }
}

/**
 * A script in this thread. Nothing here could stop its synchronous part, so only a promise it returns is timed:
 * neither importing the module nor waiting for this thread (busy with other rules and files) counts against
 * the limit, which would otherwise fail scripts at random on a loaded machine.
 */
function runHere(moduleUrl: string, input: ScriptInput, timeoutMs: number): Finding[] | Promise<Finding[]> {
  // Imported once: later calls need not wait for the import's promise.
  const fn = loadedScriptFunction(moduleUrl);
  if (!fn) return scriptFunction(moduleUrl).then((f) => settle(f(scriptContext(input)), input, timeoutMs));
  return settle(fn(scriptContext(input)), input, timeoutMs);
}

function settle(value: unknown, input: ScriptInput, timeoutMs: number): Finding[] | Promise<Finding[]> {
  if (value instanceof Promise) return withTimeout(value, timeoutMs).then((settled) => checkFindings(settled, input.model));
  return checkFindings(value, input.model);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ScriptTimeout(ms)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

let shared: ScriptHost | undefined;

/** One host per process: scripts of every pack share the worker. */
export function scriptHost(): ScriptHost {
  shared ??= new ScriptHost();
  return shared;
}
