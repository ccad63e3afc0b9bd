import { describe, expect, it } from 'vitest';
import { lineContentEnd, lineCount, lineIndex, lineText, pointAt, pointFromLineColumn, spanAt } from './position.js';

describe('line index', () => {
  const text = 'ab\r\ncd\ref\n\ngh';
  const index = lineIndex(text);

  it('treats \\r\\n, lone \\r and \\n as one break each', () => {
    expect(index.starts).toEqual([0, 4, 7, 10, 11]);
    expect(lineCount(index)).toBe(5);
    expect([1, 2, 3, 4, 5].map((l) => lineText(index, l))).toEqual(['ab', 'cd', 'ef', '', 'gh']);
  });

  it('offset → point, at line starts, inside the break and at the end', () => {
    expect(pointAt(index, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(pointAt(index, 2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(pointAt(index, 4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(pointAt(index, 8)).toEqual({ line: 3, column: 2, offset: 8 });
    expect(pointAt(index, 13)).toEqual({ line: 5, column: 3, offset: 13 });
    expect(pointAt(index, 99)).toEqual({ line: 5, column: 3, offset: 13 });
  });

  it('line/column → point, clamped to the line content', () => {
    expect(pointFromLineColumn(index, 2, 2)).toEqual({ line: 2, column: 2, offset: 5 });
    expect(pointFromLineColumn(index, 1, 9)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(lineContentEnd(index, 1)).toBe(2);
    expect(spanAt(index, 4, 6)).toEqual({ start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 3, offset: 6 } });
  });

  it('a trailing break opens an empty last line', () => {
    expect(lineIndex('a\n').starts).toEqual([0, 2]);
    expect(lineIndex('').starts).toEqual([0]);
  });
});
