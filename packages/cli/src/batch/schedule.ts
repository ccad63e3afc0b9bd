// A batch run in input order over any number of lanes (the main thread, worker threads), lanes joining at any
// time: each takes the next item when it has a free slot, and results are handed on in input order as soon as
// every earlier item is done. At most `window` items run or wait ahead of the first one not yet handed on, so
// one slow file cannot make a fast lane pile up results in memory.

export class OrderedBatch<T, R> {
  private next = 0;
  private emitted = 0;
  private readonly done = new Map<number, R>();
  private failure: { error: unknown } | undefined;
  private flushing = Promise.resolve();
  private running = 0;
  /** Resolved (and replaced) whenever an item is handed on: lanes waiting for the window wait on it. */
  private advanced = deferred<void>();
  private readonly finished = deferred<void>();

  constructor(
    private readonly items: readonly T[],
    private readonly emit: (result: R, index: number) => Promise<void>,
    private readonly window = 256,
  ) {
    if (items.length === 0) this.finished.resolve();
    // The caller may add its lanes later (or never, when it fails first): no unhandled rejection meanwhile.
    this.finished.promise.catch(() => undefined);
  }

  /** Items no lane has taken yet. */
  get remaining(): number {
    return Math.max(0, this.items.length - this.next);
  }

  /** Items handed on so far. */
  get completed(): number {
    return this.emitted;
  }

  /** Runs items through `work`, `slots` at a time, until none is left (or one fails). */
  addLane(work: (item: T) => Promise<R>, slots = 1): void {
    for (let s = 0; s < slots; s++) void this.slot(work);
  }

  /** Resolves once every item is handed on; rejects with the first failure once no item is running. */
  whenDone(): Promise<void> {
    return this.finished.promise;
  }

  private async slot(work: (item: T) => Promise<R>): Promise<void> {
    this.running += 1;
    try {
      while (!this.failure && this.next < this.items.length) {
        if (this.next - this.emitted >= this.window) {
          await this.advanced.promise;
          continue;
        }
        const i = this.next++;
        this.done.set(i, await work(this.items[i]));
        await this.flush();
      }
    } catch (error) {
      this.failure ??= { error };
    } finally {
      this.running -= 1;
      if (this.failure && this.running === 0) this.finished.reject(this.failure.error);
    }
  }

  private flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      while (this.done.has(this.emitted)) {
        const r = this.done.get(this.emitted) as R;
        this.done.delete(this.emitted);
        await this.emit(r, this.emitted);
        this.emitted += 1;
        const { resolve } = this.advanced;
        this.advanced = deferred<void>();
        resolve();
      }
      if (this.emitted === this.items.length) this.finished.resolve();
    });
    return this.flushing;
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
