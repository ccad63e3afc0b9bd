// Ruled tables: the borders drawn on a page give the exact cell structure. Horizontal and vertical segments
// that touch form a table; their positions give the row and column boundaries; a boundary missing between two
// slots means a merged cell. Text items are then placed in the cell under their centre, so multi-line labels,
// vertically centred numbers and group labels all land in the right cell.
import { joinPieces, toLines } from './pdf-lines.js';
import type { PdfItem, PdfSegment } from './pdf-types.js';

/** A merged cell: rows r0..r1 and columns c0..c1 of the grid, inclusive. */
export interface Region {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  text: string;
}

export interface RuledTable {
  page: number;
  top: number;
  bottom: number;
  /** Column boundaries, left to right. */
  xs: number[];
  rows: number;
  cols: number;
  regions: Region[];
  /** Region index of every slot. */
  slots: number[][];
}

const TOL = 2;
const MIN_BAND = 1.5;
/** An implicit row boundary lies at least this far past the last ruling: a row of text, not a stroke's overshoot. */
const MIN_ROW = 6;
const MAX_PAIRS = 4_000_000;

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i]];
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

interface H {
  y: number;
  x1: number;
  x2: number;
}
interface V {
  x: number;
  y1: number;
  y2: number;
}

/** Joins collinear pieces (Word draws a border as one segment per cell). */
function mergeCollinear<T>(items: T[], pos: (t: T) => number, lo: (t: T) => number, hi: (t: T) => number, make: (p: number, a: number, b: number) => T): T[] {
  const sorted = [...items].sort((a, b) => pos(a) - pos(b) || lo(a) - lo(b));
  const out: T[] = [];
  let group: T[] = [];
  const flush = (): void => {
    group.sort((a, b) => lo(a) - lo(b));
    let cur: { p: number; a: number; b: number } | null = null;
    for (const g of group) {
      if (cur && lo(g) <= cur.b + TOL) cur.b = Math.max(cur.b, hi(g));
      else {
        if (cur) out.push(make(cur.p, cur.a, cur.b));
        cur = { p: pos(g), a: lo(g), b: hi(g) };
      }
    }
    if (cur) out.push(make(cur.p, cur.a, cur.b));
    group = [];
  };
  for (const t of sorted) {
    if (group.length > 0 && Math.abs(pos(t) - pos(group[0])) > 1) flush();
    group.push(t);
  }
  flush();
  return out;
}

/** Positions within TOL of each other become one (their mean). */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

function indexIn(bounds: number[], v: number): number {
  for (let i = 0; i < bounds.length - 1; i++) if (v < bounds[i + 1]) return i;
  return bounds.length - 2;
}

function cellText(items: PdfItem[]): string {
  return toLines(0, items)
    .map((l) => l.chunks.map((c) => c.text).reduce(joinPieces, ''))
    .reduce(joinPieces, '');
}

/**
 * A table cut by a page break may lack its closing border (or, on the next page, its opening one): the verticals
 * then run past the last (first) horizontal ruling, and where they end together is the missing row boundary.
 * Without it the row there falls outside the grid and its values become prose.
 */
function withImplicitEnds(ys: number[], vs: readonly V[]): number[] {
  if (ys.length === 0 || vs.length < 2) return ys;
  const bottom = commonEnd(vs.map((v) => v.y2), (y) => y - ys[ys.length - 1], Math.max);
  const top = commonEnd(vs.map((v) => v.y1), (y) => ys[0] - y, Math.min);
  if (bottom === null && top === null) return ys;
  return [...(top === null ? [] : [top]), ...ys, ...(bottom === null ? [] : [bottom])];
}

/**
 * The outermost end of the verticals (max or min), when at least two verticals and at least half of them end
 * there (within TOL) and it lies a row's height beyond the outermost horizontal ruling (`beyond` > MIN_BAND).
 */
function commonEnd(ends: readonly number[], beyond: (y: number) => number, outer: (...v: number[]) => number): number | null {
  const far = outer(...ends);
  if (beyond(far) < MIN_ROW) return null;
  let n = 0;
  for (const e of ends) if (Math.abs(e - far) <= TOL) n++;
  return n >= 2 && n * 2 >= ends.length ? far : null;
}

function buildTable(page: number, hs: H[], vs: V[], items: PdfItem[], used: Set<PdfItem>): RuledTable | null {
  let ys = cluster(hs.map((h) => h.y));
  let xs = cluster(vs.map((v) => v.x));
  ys = ys.filter((y, i) => i === 0 || y - ys[i - 1] >= MIN_BAND);
  xs = xs.filter((x, i) => i === 0 || x - xs[i - 1] >= MIN_BAND);
  ys = withImplicitEnds(ys, vs);
  if (ys.length < 2 || xs.length < 2 || xs[xs.length - 1] - xs[0] < 20) return null;
  const R = ys.length - 1;
  const C = xs.length - 1;
  const uf = new UnionFind(R * C);
  const id = (r: number, c: number): number => r * C + c;
  for (let r = 0; r < R; r++) {
    const mid = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c + 1 < C; c++) {
      const x = xs[c + 1];
      if (!vs.some((v) => Math.abs(v.x - x) <= TOL && v.y1 <= mid && v.y2 >= mid)) uf.union(id(r, c), id(r, c + 1));
    }
  }
  for (let c = 0; c < C; c++) {
    const mid = (xs[c] + xs[c + 1]) / 2;
    for (let r = 0; r + 1 < R; r++) {
      const y = ys[r + 1];
      if (!hs.some((h) => Math.abs(h.y - y) <= TOL && h.x1 <= mid && h.x2 >= mid)) uf.union(id(r, c), id(r + 1, c));
    }
  }
  const byRoot = new Map<number, number>();
  const slots: number[][] = [];
  const regions: (Region & { items: PdfItem[] })[] = [];
  for (let r = 0; r < R; r++) {
    slots.push([]);
    for (let c = 0; c < C; c++) {
      const root = uf.find(id(r, c));
      let index = byRoot.get(root);
      if (index === undefined) {
        index = regions.push({ r0: r, c0: c, r1: r, c1: c, text: '', items: [] }) - 1;
        byRoot.set(root, index);
      }
      const reg = regions[index];
      reg.r1 = Math.max(reg.r1, r);
      reg.c1 = Math.max(reg.c1, c);
      slots[r].push(index);
    }
  }
  // A single box (a framed paragraph, a text box) is not a table: its text stays prose.
  if (regions.length < 2) return null;
  for (const it of items) {
    if (used.has(it)) continue;
    const cx = it.x + it.w / 2;
    const cy = it.y - 0.35 * it.h;
    if (cx < xs[0] || cx > xs[C] || cy < ys[0] || cy > ys[R]) continue;
    used.add(it);
    regions[slots[indexIn(ys, cy)][indexIn(xs, cx)]].items.push(it);
  }
  for (const reg of regions) reg.text = cellText(reg.items);
  return { page, top: ys[0], bottom: ys[R], xs, rows: R, cols: C, regions: regions.map(({ items: _, ...r }) => r), slots };
}

/** The ruled tables of one page, top to bottom; the items they hold are added to `used`. */
export function ruledTables(page: number, segments: PdfSegment[], items: PdfItem[], used: Set<PdfItem>): RuledTable[] {
  const hRaw: H[] = [];
  const vRaw: V[] = [];
  for (const s of segments) {
    if (Math.abs(s.y1 - s.y2) < 0.5) hRaw.push({ y: s.y1, x1: Math.min(s.x1, s.x2), x2: Math.max(s.x1, s.x2) });
    else if (Math.abs(s.x1 - s.x2) < 0.5) vRaw.push({ x: s.x1, y1: Math.min(s.y1, s.y2), y2: Math.max(s.y1, s.y2) });
  }
  const hs = mergeCollinear(hRaw, (h) => h.y, (h) => h.x1, (h) => h.x2, (y, x1, x2) => ({ y, x1, x2 })).filter((h) => h.x2 - h.x1 >= 3);
  const vs = mergeCollinear(vRaw, (v) => v.x, (v) => v.y1, (v) => v.y2, (x, y1, y2) => ({ x, y1, y2 })).filter((v) => v.y2 - v.y1 >= 3);
  // A page of vector graphics (a chart, a scanned-then-vectorised form) is no table: leave it to the text reader
  // rather than pair every stroke with every other.
  if (hs.length < 2 || vs.length < 2 || hs.length * vs.length > MAX_PAIRS) return [];
  const uf = new UnionFind(hs.length + vs.length);
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      if (v.x >= h.x1 - TOL && v.x <= h.x2 + TOL && h.y >= v.y1 - TOL && h.y <= v.y2 + TOL) uf.union(i, hs.length + j);
    }),
  );
  const groups = new Map<number, { hs: H[]; vs: V[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(uf.find(i)) ?? { hs: [], vs: [] };
    g.hs.push(h);
    groups.set(uf.find(i), g);
  });
  vs.forEach((v, j) => {
    const g = groups.get(uf.find(hs.length + j)) ?? { hs: [], vs: [] };
    g.vs.push(v);
    groups.set(uf.find(hs.length + j), g);
  });
  const tables: RuledTable[] = [];
  for (const g of groups.values()) {
    if (g.hs.length < 2 || g.vs.length < 2) continue;
    const t = buildTable(page, g.hs, g.vs, items, used);
    if (t) tables.push(t);
  }
  return tables.sort((a, b) => a.top - b.top);
}
