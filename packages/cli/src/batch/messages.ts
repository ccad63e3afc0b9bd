// What the main thread and the lint workers say to each other.
import type { LintJob, Outcome } from './lint-one.js';

export interface WorkerData {
  job: LintJob;
  /** A file of the batch: its config and packs are loaded before the worker says it is ready. */
  warmUp?: string;
}

export type ToWorker = { id: number; file: string };

/** An error that ends the run, as text: a ConfigError keeps its name so the CLI prints it as one (exit 2). */
export interface SentError {
  name: string;
  message: string;
  stack?: string;
}

export type FromWorker = { ready: true } | { id: number; outcome: Outcome } | { id: number; error: SentError };
