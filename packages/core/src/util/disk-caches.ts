// The one owner of every module-level cache of what was read from disk: configs and their lookups, ignore files,
// packs and pack sets, regions.yaml. Each is made here (`diskCache()`), so `clearCaches()` forgets them all at
// once: the language server calls it when a watched config, pack or vocabulary file changes, tests that rewrite
// files in place call it too. Caches of pure computations (memoize.ts, the WeakMaps keyed by a model) need no
// clearing and do not belong here. Script modules are not cleared: an ES module cannot be imported twice.
const caches: Map<unknown, unknown>[] = [];

/** A Map that `clearCaches()` empties. */
export function diskCache<K, V>(): Map<K, V> {
  const map = new Map<K, V>();
  caches.push(map as Map<unknown, unknown>);
  return map;
}

/** Forget everything read from disk: the next lint reads configs and packs anew. */
export function clearCaches(): void {
  for (const map of caches) map.clear();
}
