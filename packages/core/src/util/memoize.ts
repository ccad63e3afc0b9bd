// A pure function's answers kept per argument: for functions of a few hundred distinct inputs that every report
// asks again (label pieces, cell labels, condition paths). Bounded so that a long batch of odd reports cannot
// grow it without limit: when full it starts over, which costs nothing on a hit (an LRU reorders on every hit).

/** `make` must not return undefined (undefined is how a miss looks). */
export function memoize<K, V extends NonNullable<unknown> | null>(make: (key: K) => V, limit: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = make(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
