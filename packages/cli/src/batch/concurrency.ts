// How many threads lint a batch. A lint worker costs a few hundred ms to start (it loads core and the packs
// again), so `auto` starts in the main thread alone and adds workers only once the batch has shown that what
// is left takes longer than that: small batches, and runs answered from the cache, stay in one thread.
import type { Concurrency } from '../args.js';

export interface ConcurrencyPlan {
  /** Worker threads to start (at most). */
  workers: number;
  /** Start them only if the batch turns out long enough (`worthWorkers`). */
  adaptive: boolean;
  /** Whether the main thread lints too (it always formats and writes). */
  mainLints: boolean;
}

/** When `auto` looks at the batch's pace. */
export const AUTO_CHECK_MS = 250;
/**
 * Remaining single-thread time above which starting workers pays. A worker takes ~0.5 s to start and its first
 * files run cold (no JIT yet): only batches of many seconds get workers.
 */
const PAYOFF_MS = 8000;

/**
 * Cores `auto` needs before it uses workers at all. One linting thread already keeps ~1.3 cores busy (V8 collects
 * garbage on helper threads), so on 2 cores a second linting thread has no core of its own: measured on a 2-core
 * machine, main + 1 worker was 0.78× as fast as one thread on 10 000 reports, 0.84× on 1000, while even two
 * independent processes only reached 1.36× (bench/README.md). `--concurrency N` still starts N workers.
 */
const MIN_CORES_FOR_WORKERS = 3;

export function planConcurrency(setting: Concurrency, files: number, cores: number): ConcurrencyPlan {
  if (setting === 'off' || files < 2) return { workers: 0, adaptive: false, mainLints: true };
  // An explicit number means that many workers; the main thread then only coordinates and prints.
  if (typeof setting === 'number') return { workers: Math.min(setting, files), adaptive: false, mainLints: false };
  return { workers: cores >= MIN_CORES_FOR_WORKERS ? cores - 1 : 0, adaptive: true, mainLints: true };
}

/** `auto`: whether the files left, at the pace so far, would take long enough to pay for workers. */
export function worthWorkers(elapsedMs: number, completed: number, remaining: number): boolean {
  if (remaining === 0) return false;
  if (completed === 0) return elapsedMs >= PAYOFF_MS;
  return (remaining * elapsedMs) / completed > PAYOFF_MS;
}
