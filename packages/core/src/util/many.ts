// Arrays whose size the input decides (findings, rows, lines) must not be spread into a call: `Math.max(...a)` and
// `out.push(...a)` pass every element as an argument and overflow the stack past ~100 000 of them.

/** The largest `f(item)`, or `floor` when there are no items (or all are smaller). */
export function maxOf<T>(items: readonly T[], f: (item: T) => number, floor = -Infinity): number {
  let best = floor;
  for (const item of items) {
    const v = f(item);
    if (v > best) best = v;
  }
  return best;
}

/** The smallest `f(item)`, or `ceiling` when there are no items. */
export function minOf<T>(items: readonly T[], f: (item: T) => number, ceiling = Infinity): number {
  let best = ceiling;
  for (const item of items) {
    const v = f(item);
    if (v < best) best = v;
  }
  return best;
}

/** Appends `items` to `out` one by one; returns `out`. */
export function appendAll<T>(out: T[], items: Iterable<T>): T[] {
  for (const item of items) out.push(item);
  return out;
}
