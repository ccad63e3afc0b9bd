// A small work pool that keeps output order: results are handed on in input order as soon as every earlier
// item is done, so a batch streams without shuffling files (one lane of batch/schedule.ts).
import { OrderedBatch } from '../batch/schedule.js';

export async function ordered<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  emit: (result: R, index: number) => Promise<void>,
): Promise<void> {
  const batch = new OrderedBatch(items, emit);
  batch.addLane(work, Math.min(limit, items.length));
  await batch.whenDone();
}
