// A small work pool that keeps output order: results are handed on in input order as soon as every earlier
// item is done, so a batch streams without shuffling files.

export async function ordered<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  emit: (result: R, index: number) => Promise<void>,
): Promise<void> {
  const done = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  let failure: { error: unknown } | undefined;
  let flushing = Promise.resolve();
  const flush = () => {
    flushing = flushing.then(async () => {
      while (done.has(emitted)) {
        const r = done.get(emitted) as R;
        done.delete(emitted);
        await emit(r, emitted);
        emitted += 1;
      }
    });
    return flushing;
  };
  const worker = async () => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        done.set(i, await work(items[i]));
      } catch (error) {
        failure ??= { error };
        return;
      }
      await flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  await flushing;
  if (failure) throw failure.error;
}
