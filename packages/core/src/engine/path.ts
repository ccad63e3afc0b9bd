// The dot-path resolver used by json-rules-engine conditions and by `at:` of condition rules. Cell keys
// contain dots (`appeals.review.total`), so at each step the longest run of segments that is an own key wins.

export function resolvePath(value: unknown, path: string): unknown {
  const clean = path.replace(/^\$\.?/, '');
  if (clean === '') return value;
  return walk(value, clean.split('.'));
}

function walk(value: unknown, segments: string[]): unknown {
  if (segments.length === 0) return value;
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  for (let n = segments.length; n >= 1; n--) {
    const key = segments.slice(0, n).join('.');
    if (Object.prototype.hasOwnProperty.call(record, key)) {
      const found = walk(record[key], segments.slice(n));
      if (found !== undefined || n === 1) return found;
    }
  }
  return undefined;
}
