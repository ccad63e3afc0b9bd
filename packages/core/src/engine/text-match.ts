// Running a compiled pattern over scope segments, with absolute offsets. Patterns carry `g` and `d`.
import type { Segment } from './scopes.js';

export interface Hit {
  start: number;
  end: number;
  text: string;
  match: RegExpExecArray;
  segment: Segment;
}

export function* hits(re: RegExp, segments: readonly Segment[]): Generator<Hit> {
  for (const segment of segments) {
    re.lastIndex = 0;
    for (let m = re.exec(segment.text); m; m = re.exec(segment.text)) {
      if (m[0] === '') {
        // An empty match finds nothing to report; step over it so the scan ends.
        re.lastIndex += 1;
        continue;
      }
      yield { start: segment.start + m.index, end: segment.start + m.index + m[0].length, text: m[0], match: m, segment };
    }
  }
}

/** Absolute [start, end) of a capture group (named `name`, else the first group), using the `d` flag. */
export function groupRange(hit: Hit, name = 'n'): [number, number] | null {
  const indices = hit.match.indices;
  if (!indices) return null;
  const range = indices.groups?.[name] ?? indices[1];
  if (!range) return null;
  return [hit.segment.start + range[0], hit.segment.start + range[1]];
}
