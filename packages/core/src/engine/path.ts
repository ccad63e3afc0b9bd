// The dot-path resolver used by json-rules-engine conditions and by `at:` of condition rules. Cell keys
// contain dots (`appeals.review.total`), so at each step the longest run of segments that is an own key wins.
import { memoize } from '../util/memoize.js';

export function resolvePath(value: unknown, path: string): unknown {
  return walk(value, keysOf(path), 0);
}

/**
 * For each segment index, the keys made of the next 1, 2… segments: `a.b.c` → [[a, a.b, a.b.c], [b, b.c], [c]].
 * json-rules-engine resolves the same few paths for every document: they are split and joined once.
 */
type PathKeys = string[][];

const keysOf = memoize((path: string): PathKeys => {
  const clean = path.replace(/^\$\.?/, '');
  const segments = clean === '' ? [] : clean.split('.');
  return segments.map((_, from) => segments.slice(from).map((__, n) => segments.slice(from, from + n + 1).join('.')));
}, 1024);

function walk(value: unknown, keys: PathKeys, from: number): unknown {
  if (from === keys.length) return value;
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const prefixes = keys[from];
  for (let n = prefixes.length; n >= 1; n--) {
    const key = prefixes[n - 1];
    if (Object.prototype.hasOwnProperty.call(record, key)) {
      const found = walk(record[key], keys, from + n);
      if (found !== undefined || n === 1) return found;
    }
  }
  return undefined;
}
