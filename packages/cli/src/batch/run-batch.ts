// A batch of files through the main thread and, when it pays, lint worker threads; outcomes are handed to
// `emit` in input order as they are ready, and nothing else of them is kept.
import { performance } from 'node:perf_hooks';
import type { Concurrency } from '../args.js';
import { LintCache } from './cache.js';
import { AUTO_CHECK_MS, planConcurrency, worthWorkers } from './concurrency.js';
import { lintOne, type LintJob, type Outcome } from './lint-one.js';
import { LintWorker, WORKER_DEPTH, workersAvailable } from './pool.js';
import { OrderedBatch } from './schedule.js';

/** Files the main thread lints side by side: overlap hides file reads and PDF/zip waits. */
const MAIN_SLOTS = 4;
/** How long the main thread lints before it lets the event loop turn (workers' answers, the `auto` check). */
const YIELD_EVERY_MS = 8;
/** Default time budget of one file in a worker (GOVLINT_FILE_TIMEOUT_MS overrides it). */
export const DEFAULT_FILE_BUDGET_MS = 120_000;

export interface BatchOptions {
  job: LintJob;
  concurrency: Concurrency;
  cores: number;
  fileBudgetMs: number;
}

export async function runBatch(files: readonly string[], options: BatchOptions, emit: (outcome: Outcome) => Promise<void>): Promise<void> {
  const { job } = options;
  const cache = job.cache ? new LintCache(job.cache) : undefined;
  const batch = new OrderedBatch<string, Outcome>(files, emit);
  const plan = planConcurrency(options.concurrency, files.length, options.cores);
  const useWorkers = plan.workers > 0 && workersAvailable();

  let mainLane = false;
  const addMainLane = () => {
    if (mainLane) return;
    mainLane = true;
    let turned = performance.now();
    // Timed files go one at a time: a file's stages would otherwise take in other files' work between its awaits.
    const slots = job.opts.timing ? 1 : MAIN_SLOTS;
    batch.addLane(async (file) => {
      // Linting chains promises that settle at once, so without a turn of the event loop now and then the main
      // thread would never read the workers' answers (nor fire the `auto` check), and they would starve. Not
      // before every file: a cache hit costs less than the turn.
      if (performance.now() - turned >= YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        turned = performance.now();
      }
      return lintOne(file, job, cache);
    }, slots);
  };
  if (!useWorkers || plan.mainLints) addMainLane();

  const workers: LintWorker[] = [];
  const startWorkers = () => {
    for (let i = 0; i < plan.workers; i++) {
      const worker = new LintWorker({ job, warmUp: files[0] }, options.fileBudgetMs, (file) => lintOne(file, job, cache));
      workers.push(worker);
      worker.whenReady().then(
        () => batch.addLane((file) => worker.lint(file), WORKER_DEPTH),
        // No worker thread at all (a sandbox without them?): the main thread does the work.
        addMainLane,
      );
    }
  };

  let watch: NodeJS.Timeout | undefined;
  if (useWorkers && !plan.adaptive) startWorkers();
  else if (useWorkers) {
    const start = performance.now();
    watch = setInterval(() => {
      if (batch.remaining === 0) clearInterval(watch);
      else if (worthWorkers(performance.now() - start, batch.completed, batch.remaining)) {
        clearInterval(watch);
        startWorkers();
      }
    }, AUTO_CHECK_MS);
  }

  try {
    await batch.whenDone();
  } finally {
    clearInterval(watch);
    await Promise.all(workers.map((w) => w.close()));
  }
}
