import { describe, expect, it } from 'vitest';
import { ordered } from './ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ordered', () => {
  it('emits in input order while running items side by side', async () => {
    const seen: number[] = [];
    let running = 0;
    let peak = 0;
    await ordered(
      [30, 5, 20, 1, 10],
      3,
      async (ms) => {
        peak = Math.max(peak, ++running);
        await sleep(ms);
        running--;
        return ms;
      },
      async (ms) => void seen.push(ms),
    );
    expect(seen).toEqual([30, 5, 20, 1, 10]);
    expect(peak).toBe(3);
  });

  it('stops taking new items after a failure and rethrows it', async () => {
    const started: number[] = [];
    const run = ordered(
      [1, 2, 3, 4, 5, 6],
      2,
      async (n) => {
        started.push(n);
        await sleep(5);
        if (n === 2) throw new Error('boom');
        return n;
      },
      async () => undefined,
    );
    await expect(run).rejects.toThrow('boom');
    expect(started.length).toBeLessThan(6);
  });
});
