// Borderless tables, read from text positions alone. Rows are driven by the numbers: the values of one row
// share a baseline, while a multi-line label wraps around them (the numbers sit vertically centred), so label
// fragments are gathered into cells and each cell joins the row of numbers its extent covers.
import { isValue, SAME_LINE } from './pdf-lines.js';
import type { PageTable } from './pdf-layout.js';
import type { Chunk, LayoutRow, Line } from './pdf-types.js';
import { minOf } from '../util/many.js';

type Element = { kind: 'line'; line: Line } | { kind: 'table'; table: PageTable };

/** A part heading ("四、政府信息公开行政复议、行政诉讼情况") ends a table even when it sits right below it. */
const PART_HEADING = /^[一二三四五六七八九十]+、.{2,}(情况|事项)$/;

interface LabelCell {
  chunks: Chunk[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
}

/** Groups positions within `tol` of each other; returns the group means, left to right. */
function clusters(xs: number[], tol: number): number[] {
  const s = [...xs].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x - last[last.length - 1] <= tol) last.push(x);
    else out.push([x]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** Numbers may be left-, centre- or right-aligned: use whichever edge lines the columns up best. */
function columnAnchor(values: Chunk[], tol: number): (c: Chunk) => number {
  const anchors: ((c: Chunk) => number)[] = [(c) => c.x0, (c) => (c.x0 + c.x1) / 2, (c) => c.x1];
  let best = anchors[1];
  let fewest = Number.POSITIVE_INFINITY;
  for (const a of anchors) {
    const n = clusters(values.map(a), tol).length;
    if (n < fewest) [best, fewest] = [a, n];
  }
  return best;
}

/** Label fragments → cells: a fragment continues the cell above it in the same column, one line lower. */
function labelCells(fragments: Chunk[], valueYs: number[]): LabelCell[] {
  const cells: LabelCell[] = [];
  const alignedRow = (y: number): number => valueYs.findIndex((v) => Math.abs(v - y) <= SAME_LINE);
  for (const f of [...fragments].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const cell = cells.find((c) => {
      const last = c.chunks[c.chunks.length - 1];
      const overlap = Math.min(c.x1, f.x1) - Math.max(c.x0, f.x0) > 0;
      const below = f.y - last.y > SAME_LINE && f.y - last.y <= 1.6 * Math.max(f.h, last.h);
      // Two fragments each on the baseline of a different row of numbers are two rows, however close.
      const a = alignedRow(last.y);
      const b = alignedRow(f.y);
      return overlap && below && !(a >= 0 && b >= 0 && a !== b);
    });
    if (cell) {
      cell.chunks.push(f);
      cell.x0 = Math.min(cell.x0, f.x0);
      cell.x1 = Math.max(cell.x1, f.x1);
      cell.bottom = f.y;
    } else cells.push({ chunks: [f], x0: f.x0, x1: f.x1, top: f.y, bottom: f.y });
  }
  return cells;
}

const cellText = (c: LabelCell): string => c.chunks.map((f) => f.text).join('');

/** The grid of one run of table lines. */
function buildTable(run: Line[]): PageTable | null {
  const valueLines = run.filter((l) => l.chunks.some((c) => isValue(c.text)));
  if (valueLines.length === 0) return null;
  const valueYs = valueLines.map((l) => l.y);
  const h = median(run.map((l) => l.h));
  const gaps = valueYs.slice(1).map((y, i) => y - valueYs[i]);
  const pitch = gaps.length > 0 ? Math.min(median(gaps), 3 * h) : 2 * h;

  const fragments = run.flatMap((l) => l.chunks.filter((c) => !(isValue(c.text) && valueLines.includes(l))));
  const byRow = valueLines.map(() => [] as LabelCell[]);
  const free: LabelCell[] = [];
  for (const cell of labelCells(fragments, valueYs)) {
    const centre = (cell.top + cell.bottom) / 2;
    let best = -1;
    valueYs.forEach((y, i) => {
      const covers = cell.top - SAME_LINE <= y && y <= cell.bottom + SAME_LINE;
      const close = Math.abs(centre - y) <= 0.6 * pitch;
      if ((covers || close) && (best < 0 || Math.abs(centre - y) < Math.abs(centre - valueYs[best]))) best = i;
    });
    if (best >= 0) byRow[best].push(cell);
    else free.push(cell);
  }

  // Rows in vertical order: free cells (headers, captions) grouped by their top line, and the value rows.
  type Pending = { y: number; labels: LabelCell[]; values?: Chunk[] };
  const pending: Pending[] = valueLines.map((l, i) => ({ y: l.y, labels: byRow[i], values: l.chunks.filter((c) => isValue(c.text)) }));
  for (const cell of free.sort((a, b) => a.top - b.top)) {
    const row = pending.find((p) => !p.values && Math.abs(p.y - cell.top) <= SAME_LINE);
    if (row) row.labels.push(cell);
    else pending.push({ y: cell.top, labels: [cell] });
  }
  pending.sort((a, b) => a.y - b.y);

  // Value columns per stretch of consecutive value rows (a caption or header row starts a new stretch), so that
  // a blank cell keeps the values after it in their columns.
  const rows: LayoutRow[] = [];
  const page = run[0].page;
  let columns: number[] = [];
  let anchor: (c: Chunk) => number = (c) => c.x0;
  pending.forEach((p, i) => {
    const labels = p.labels.sort((a, b) => a.x0 - b.x0).map((c) => ({ text: cellText(c) }));
    if (!p.values) {
      rows.push({ page, cells: labels });
      return;
    }
    if (i === 0 || !pending[i - 1].values) {
      let j = i;
      while (j < pending.length && pending[j].values) j++;
      const stretch = pending.slice(i, j).flatMap((q) => q.values ?? []);
      anchor = columnAnchor(stretch, 0.5 * h);
      columns = clusters(stretch.map(anchor), 0.5 * h);
    }
    const values = [...p.values].sort((a, b) => a.x0 - b.x0);
    let texts = values.map((v) => v.text);
    if (values.length < columns.length) {
      // A blank cell: put each value in its column so that the values after the blank keep their place.
      texts = columns.map(() => '');
      for (const v of values) {
        const x = anchor(v);
        const k = columns.reduce((best, cx, idx) => (Math.abs(cx - x) < Math.abs(columns[best] - x) ? idx : best), 0);
        texts[k] = texts[k] === '' ? v.text : `${texts[k]} ${v.text}`;
      }
    }
    rows.push({ page, cells: [...labels, ...texts.map((text) => ({ text }))] });
  });
  return { page, top: run[0].y - h, columns, rows, openBottom: columns.map(() => false), ruled: false };
}

/** Splits a page's lines into prose lines and borderless tables, in reading order. */
export function textTables(lines: Line[]): { y: number; el: Element }[] {
  const out: { y: number; el: Element }[] = [];
  const left = minOf(lines, (l) => l.chunks[0]?.x0 ?? Number.POSITIVE_INFINITY);
  const isMulti = (l: Line): boolean => l.chunks.length >= 2;
  let i = 0;
  while (i < lines.length) {
    if (!isMulti(lines[i])) {
      out.push({ y: lines[i].y, el: { kind: 'line', line: lines[i] } });
      i++;
      continue;
    }
    // A run: multi-chunk lines, with single-chunk lines between them (wrapped labels, captions).
    let end = i + 1;
    let last = i;
    while (end < lines.length) {
      const l = lines[end];
      if (l.y - lines[end - 1].y > 3 * l.h || PART_HEADING.test(l.chunks[0].text)) break;
      if (isMulti(l)) last = end;
      else if (l.y - lines[last].y > 5 * l.h) break;
      end++;
    }
    // The tail of a label wrapped below the last row of numbers, set as tight as the lines of a cell.
    while (last + 1 < end && !isMulti(lines[last + 1]) && lines[last + 1].y - lines[last].y <= 1.3 * lines[last].h) last++;
    // Single lines just above belong to the table too when set as tight as the lines of a cell (the first line
    // of a label wrapped around its numbers) or centred away from the margin (a caption, a spanning header).
    let start = i;
    while (start > 0 && out[out.length - 1]?.el.kind === 'line') {
      const above = lines[start - 1];
      const c = above.chunks[0];
      const gap = lines[start].y - above.y;
      if (isMulti(above) || PART_HEADING.test(c.text)) break;
      if (!(gap <= 1.6 * above.h || (gap <= 2.5 * above.h && c.x0 >= left + 2 * above.h))) break;
      start--;
      out.pop();
    }
    const run = lines.slice(start, last + 1);
    const table = run.length >= 2 ? buildTable(run) : null;
    if (table) out.push({ y: run[0].y, el: { kind: 'table', table } });
    else for (const l of run) out.push({ y: l.y, el: { kind: 'line', line: l } });
    i = last + 1;
  }
  return out;
}
