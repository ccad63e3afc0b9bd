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
 * Remaining single-thread time above which starting workers pays. A worker takes ~0.7 s to start and its first
 * files run cold (no JIT yet): below a few seconds of work it costs more than it brings (bench/README.md).
 */
const PAYOFF_MS = 3000;

export function planConcurrency(setting: Concurrency, files: number, cores: number): ConcurrencyPlan {
  if (setting === 'off' || files < 2) return { workers: 0, adaptive: false, mainLints: true };
  // An explicit number means that many workers; the main thread then only coordinates and prints.
  if (typeof setting === 'number') return { workers: Math.min(setting, files), adaptive: false, mainLints: false };
  return { workers: Math.max(0, cores - 1), adaptive: true, mainLints: true };
}

/** `auto`: whether the files left, at the pace so far, would take long enough to pay for workers. */
export function worthWorkers(elapsedMs: number, completed: number, remaining: number): boolean {
  if (remaining === 0) return false;
  if (completed === 0) return elapsedMs >= PAYOFF_MS;
  return (remaining * elapsedMs) / completed > PAYOFF_MS;
}
