import { describe, expect, it } from 'vitest';
import { ruledTables } from './pdf-grid.js';
import type { PdfItem, PdfSegment } from './pdf-types.js';

const h = (y: number): PdfSegment => ({ x1: 100, y1: y, x2: 300, y2: y });
const v = (x: number, y1: number, y2: number): PdfSegment => ({ x1: x, y1, x2: x, y2 });
const item = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: 20, h: 10 });

describe('ruledTables: a table cut by a page break without its closing border', () => {
  const items = [item('甲', 110, 118), item('1', 210, 118), item('乙', 110, 138), item('2', 210, 138)];

  it('takes the common end of the verticals below the last horizontal ruling as the last row boundary', () => {
    // Rulings at 100 and 120; the verticals run on to 145: the second row has no bottom line.
    const segments = [h(100), h(120), v(100, 100, 145), v(200, 100, 145), v(300, 100, 145)];
    const [t] = ruledTables(1, segments, items, new Set());
    expect(t.rows).toBe(2);
    expect(t.regions.map((r) => r.text)).toEqual(['甲', '1', '乙', '2']);
  });

  it('does the same above the first horizontal ruling (the continuation page without its opening border)', () => {
    const segments = [h(120), h(145), v(100, 95, 145), v(200, 95, 145), v(300, 95, 145)];
    const [t] = ruledTables(1, segments, items, new Set());
    expect(t.rows).toBe(2);
    expect(t.regions.map((r) => r.text)).toEqual(['甲', '1', '乙', '2']);
  });

  it('adds nothing when the verticals end at the rulings (or overshoot them by a stroke)', () => {
    const segments = [h(100), h(120), h(145), v(100, 99, 146), v(200, 100, 145), v(300, 100, 145)];
    expect(ruledTables(1, segments, items, new Set())[0].rows).toBe(2);
  });
});
