import { describe, expect, it } from 'vitest';
import { planConcurrency, worthWorkers } from './concurrency.js';
import { OrderedBatch } from './schedule.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('OrderedBatch', () => {
  it('hands results on in input order whichever lane finishes first, lanes joining late', async () => {
    const gates = new Map<number, () => void>();
    const seen: string[] = [];
    const batch = new OrderedBatch<number, string>([0, 1, 2, 3, 4, 5], async (r) => void seen.push(r));
    batch.addLane((n) => new Promise((resolve) => gates.set(n, () => resolve(`slow${n}`))));
    await tick();
    batch.addLane(async (n) => `fast${n}`, 2);
    await tick();
    // The fast lane has done 1…5 while 0 waits: nothing may be handed on before 0.
    expect(seen).toEqual([]);
    gates.get(0)!();
    await batch.whenDone();
    expect(seen).toEqual(['slow0', 'fast1', 'fast2', 'fast3', 'fast4', 'fast5']);
  });

  it('takes at most `window` items ahead of the first one not handed on', async () => {
    let release!: () => void;
    const taken: number[] = [];
    const batch = new OrderedBatch<number, number>(Array.from({ length: 20 }, (_, i) => i), async () => undefined, 4);
    batch.addLane(async (n) => {
      taken.push(n);
      if (n === 0) await new Promise<void>((r) => (release = r));
      return n;
    }, 8);
    await tick();
    expect(taken).toEqual([0, 1, 2, 3]);
    release();
    await batch.whenDone();
    expect(taken).toHaveLength(20);
  });

  it('rejects with the first failure and takes no new item after it', async () => {
    const taken: number[] = [];
    const batch = new OrderedBatch<number, number>([1, 2, 3, 4, 5, 6], async () => undefined);
    batch.addLane(async (n) => {
      taken.push(n);
      if (n === 2) throw new Error('boom');
      return n;
    });
    await expect(batch.whenDone()).rejects.toThrow('boom');
    expect(taken).toEqual([1, 2]);
  });

  it('an empty batch is done at once', async () => {
    await new OrderedBatch<number, number>([], async () => undefined).whenDone();
  });
});

describe('concurrency plan', () => {
  it('off and one file stay in the main thread; a number means that many workers; auto adds up to cores − 1 from 3 cores', () => {
    expect(planConcurrency('off', 1000, 8)).toEqual({ workers: 0, adaptive: false, mainLints: true });
    expect(planConcurrency('auto', 1, 8)).toEqual({ workers: 0, adaptive: false, mainLints: true });
    expect(planConcurrency(3, 1000, 2)).toEqual({ workers: 3, adaptive: false, mainLints: false });
    expect(planConcurrency(3, 2, 2)).toEqual({ workers: 2, adaptive: false, mainLints: false });
    expect(planConcurrency('auto', 1000, 2)).toEqual({ workers: 0, adaptive: true, mainLints: true });
    expect(planConcurrency('auto', 1000, 4)).toEqual({ workers: 3, adaptive: true, mainLints: true });
    expect(planConcurrency('auto', 1000, 1)).toEqual({ workers: 0, adaptive: true, mainLints: true });
  });

  it('auto starts workers only when what is left would take a while at the pace so far', () => {
    expect(worthWorkers(250, 25, 975)).toBe(true); // 10 ms a file, ~10 s left
    expect(worthWorkers(250, 25, 50)).toBe(false); // 0.5 s left
    expect(worthWorkers(250, 5000, 5000)).toBe(false); // cache hits: 0.05 ms a file
    expect(worthWorkers(250, 0, 100)).toBe(false);
    expect(worthWorkers(250, 50, 950)).toBe(false); // 5 ms a file, ~5 s left: a 1000-report batch stays in one thread
    expect(worthWorkers(250, 50, 9950)).toBe(true); // ~50 s left
    expect(worthWorkers(9000, 0, 100)).toBe(true); // the first file alone took seconds
    expect(worthWorkers(250, 25, 0)).toBe(false);
  });
});
