// hits/countHits skip segments with one scan of the joined text and a substring pre-check: the hits must be
// exactly those of the plain scan, segment by segment, for any pattern and any segments.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern } from './regex.js';
import type { Segment } from './scopes.js';
import { countHits, hits, requiredLiterals, setSource } from './text-match.js';

/** The reference: every non-empty match of `re` in each segment, in order, with absolute offsets. */
function plainScan(re: RegExp, segments: readonly Segment[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  const r = new RegExp(re.source, re.flags);
  for (const s of segments) {
    r.lastIndex = 0;
    for (let m = r.exec(s.text); m; m = r.exec(s.text)) {
      if (m[0] === '') {
        r.lastIndex += 1;
        continue;
      }
      out.push([s.start + m.index, s.start + m.index + m[0].length, m[0]]);
    }
  }
  return out;
}

const compiled = (source: string, flags = '') => {
  const r = compilePattern(source, flags);
  if (!r.ok) throw new Error(r.error.en);
  return r.regex;
};

// Patterns of the kinds the packs use, and the ones that make a joined scan differ if done carelessly: anchors,
// word boundaries, lookarounds, classes that take a line break, empty matches, alternations, `i`.
const PATTERNS = [
  compiled('予以公开\\s*(?<n>\\d+)\\s*件'),
  compiled('(?:办结|答复|(?:共|累计)(?:办理|处理))[^0-9。，；,;]{0,24}?(?<n>\\d+)\\s*件'),
  compiled('^[一二三四五六]、'),
  compiled('。$'),
  compiled('^$'),
  compiled('\\b\\d+\\b'),
  compiled('(?<=[：:])\\s*\\d+'),
  compiled('件(?!数)'),
  // A string boundary is not a line break: these match at a segment's edge but not next to the joining `\n`.
  compiled('(?<!\\s)件'),
  compiled('件(?!\\s)'),
  compiled('[^。]{0,6}公开[\\s\\S]{0,3}'),
  compiled('\\s+'),
  compiled('x*'),
  compiled('截止|截至'),
  compiled('abc', 'i'),
  compiled('申请.{0,4}\\n?.{0,4}件'),
];

const ALPHABET = ['予', '以', '公', '开', '件', '数', '办', '结', '一', '、', '。', '：', ':', '1', '2', ' ', '\n', '\t', 'a', 'b', 'c', 'A', '截', '止', '至', '申', '请', '共', 'x'];
const segmentText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((cs) => cs.join(''));

/** Segments as scopes make them: slices of one text, in order, maybe adjacent, maybe apart. */
function segmentsOf(texts: string[], gaps: number[]): { source: string; segments: Segment[] } {
  let source = '';
  const segments: Segment[] = [];
  texts.forEach((text, i) => {
    source += i === 0 ? '' : gaps[i % gaps.length] === 0 ? '\n' : '\n'.repeat(gaps[i % gaps.length]) + '…';
    segments.push({ text, start: source.length });
    source += text;
  });
  return { source, segments };
}

describe('hits and countHits', () => {
  it('give exactly the plain per-segment scan, with or without a known source text', () => {
    fc.assert(
      fc.property(
        fc.array(segmentText, { maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('in order', 'overlapping', 'out of order'),
        (texts, gaps, withSource, order) => {
          for (const re of PATTERNS) {
            const { source, segments } = segmentsOf(texts, gaps);
            // Merged scopes may overlap (the same paragraph in two of them); a hand-made list may be in any order.
            if (order === 'overlapping' && segments.length > 1) segments.splice(1, 0, { text: segments[0].text.slice(1, -1), start: segments[0].start + 1 });
            if (order === 'out of order' && segments.length > 1) segments.push(segments.shift() as Segment);
            if (withSource) setSource(segments, source);
            const expected = plainScan(re, segments);
            expect(hits(re, segments).map((h) => [h.start, h.end, h.text]), re.source).toEqual(expected);
            expect(hits(re, segments, false).map((h) => [h.start, h.end, h.text]), re.source).toEqual(expected);
            expect(countHits(re, segments), re.source).toBe(expected.length);
            // A limit ends the count there, never below the true count.
            for (const limit of [1, 2, 3]) expect(countHits(re, segments, limit), `${re.source} limit ${limit}`).toBe(Math.min(limit, expected.length));
          }
        },
      ),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('find the same hits as the plain scan in the lines of the seeds, for every pattern', () => {
    const seed = readFileSync(new URL('../../../rules-national/fixtures/seed-004.txt', import.meta.url), 'utf8');
    const segments: Segment[] = [];
    let at = 0;
    for (const line of seed.split('\n')) {
      segments.push({ text: line, start: at });
      at += line.length + 1;
    }
    setSource(segments, seed);
    for (const re of PATTERNS) expect(hits(re, segments).map((h) => [h.start, h.end, h.text]), re.source).toEqual(plainScan(re, segments));
    expect(countHits(PATTERNS[0], segments)).toBeGreaterThan(0);
  });
});

describe('hits over segments read through a map', () => {
  it('are the plain scan of the texts, from the first character\'s source offset to just past the last one\'s', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(segmentText, fc.array(fc.nat(30), { maxLength: 4 })), { maxLength: 6 }), (items) => {
        // Each text sits in the source with markup ("<b>") before some of its characters, and apart from the next.
        let at = 0;
        const offsets: number[][] = [];
        const segments: Segment[] = items.map(([text, cuts]) => {
          const own: number[] = [];
          for (let k = 0; k < text.length; k++) {
            if (cuts.includes(k)) at += 3;
            own.push(at++);
          }
          const end = at;
          at += 5;
          offsets.push(own);
          return { text, start: own[0] ?? end, at: (k: number) => (k >= text.length ? end : own[k]) };
        });
        for (const re of PATTERNS) {
          const expected = segments.flatMap((s, i) =>
            plainScan(re, [{ text: s.text, start: 0 }]).map(([a, b, text]) => [offsets[i][a], offsets[i][b - 1] + 1, text]),
          );
          expect(hits(re, segments).map((h) => [h.start, h.end, h.text]), re.source).toEqual(expected);
          expect(countHits(re, segments), re.source).toBe(expected.length);
        }
      }),
      { numRuns: 200, seed: 20261124 },
    );
  });
});

describe('requiredLiterals', () => {
  it('lists the plain runs every match contains, and nothing when a match could do without them', () => {
    expect(requiredLiterals(compiled('予以公开\\s*(?<n>\\d+)\\s*件'))).toEqual(['予以公开', '件']);
    expect(requiredLiterals(compiled('截止|截至'))).toEqual([]);
    expect(requiredLiterals(compiled('abc', 'i'))).toEqual([]);
    expect(requiredLiterals(compiled('公开件?数'))).toEqual(['公开', '数']);
    expect(requiredLiterals(compiled('(?:办结|答复)共'))).toEqual(['共']);
  });
});
