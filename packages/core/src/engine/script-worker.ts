// Worker thread that runs pack scripts, so that a script stuck in a synchronous loop can be stopped by
// terminating the thread. A batch holds the script calls of one document: the model comes once (as JSON, which
// is cheaper to pass than a structured clone of many small objects), the calls run one after another and the
// results go back in one message. While a call runs, `progress` (shared memory) says which one and since when,
// so the host can time each call and name the one that hangs.
import { parentPort, workerData } from 'node:worker_threads';
import { importTextMaps, type PlainTextMaps } from '../model/source-map.js';
import type { ReportModel } from '../model/types.js';
import { runScriptModule, type ScriptInput } from './script-context.js';

export interface ScriptJob {
  moduleUrl: string;
  input: Omit<ScriptInput, 'model' | 'previous'>;
}

export interface ScriptBatch {
  batchId: number;
  docId: number;
  /** JSON of the model (and of last year's), when the worker has not seen this document yet. */
  model?: string;
  /** JSON of the model's text maps (model/source-map.ts), sent with the model when it has any. */
  textMaps?: string;
  previous?: string;
  jobs: ScriptJob[];
}

export type ScriptResult = { ok: true; findings: unknown[] } | { ok: false; error: string };

export interface ScriptReply {
  batchId: number;
  results: ScriptResult[];
}

/** progress[0]: index of the running call (-1 when idle); progress[1]: its start, Date.now() & 0x7fffffff. */
export const PROGRESS_SLOTS = 2;

export function clock(): number {
  return Date.now() & 0x7fffffff;
}

// ScriptHost starts this thread with `progress` in its workerData. The module is also loaded (script-host.ts
// imports `clock`) in every other thread that loads core, such as the CLI's lint workers: their messages are not
// script batches, so only a ScriptHost thread listens.
const shared = (workerData as { progress?: SharedArrayBuffer } | null | undefined)?.progress;
const progress = new Int32Array(shared ?? new SharedArrayBuffer(4 * PROGRESS_SLOTS));
let current: { docId: number; model: ReportModel; previous?: ReportModel } | undefined;

if (shared) {
  parentPort?.on('message', (batch: ScriptBatch) => {
    void runBatch(batch);
  });
}

async function runBatch(batch: ScriptBatch): Promise<void> {
  if (batch.model !== undefined) {
    current = { docId: batch.docId, model: JSON.parse(batch.model) as ReportModel, previous: batch.previous === undefined ? undefined : (JSON.parse(batch.previous) as ReportModel) };
    // The maps of the prose read through markup, for helpers.textSpan (model/source-map.ts).
    if (batch.textMaps !== undefined) importTextMaps(current.model, JSON.parse(batch.textMaps) as PlainTextMaps);
  }
  if (batch.jobs.length === 0) return; // the model sent ahead of its calls
  const results: ScriptResult[] = [];
  for (const [i, job] of batch.jobs.entries()) {
    Atomics.store(progress, 1, clock());
    Atomics.store(progress, 0, i);
    if (!current || current.docId !== batch.docId) results.push({ ok: false, error: 'internal: document not sent to the script worker' });
    else {
      try {
        results.push({ ok: true, findings: await runScriptModule(job.moduleUrl, { ...job.input, model: current.model, previous: current.previous }) });
      } catch (error) {
        results.push({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  Atomics.store(progress, 0, -1);
  parentPort?.postMessage({ batchId: batch.batchId, results } satisfies ScriptReply);
}
