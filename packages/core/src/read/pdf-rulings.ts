// Table borders from a page's operator list: stroked lines and rectangles, and the thin filled rectangles
// Word and WPS draw borders with, as horizontal and vertical segments in page coordinates.
import type { PdfSegment } from './pdf-types.js';
import { appendAll, maxOf, minOf } from '../util/many.js';

/** The pdfjs `OPS` codes this module needs. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  moveTo: number;
  lineTo: number;
  curveTo: number;
  curveTo2: number;
  curveTo3: number;
  closePath: number;
  rectangle: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  endPath: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

type Matrix = [number, number, number, number, number, number];
type Pt = [number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** A filled shape thinner than this is a line. */
const THIN = 2.5;
/** How far from axis-aligned a stroke may be. */
const SKEW = 1;

/** m2 applied first, then m1 (pdfjs Util.transform). */
function mul(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

function apply(m: Matrix, x: number, y: number): Pt {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function axisSegment(a: Pt, b: Pt): PdfSegment | null {
  const horizontal = Math.abs(a[1] - b[1]) <= SKEW;
  const vertical = Math.abs(a[0] - b[0]) <= SKEW;
  if (horizontal === vertical) return null; // diagonal, or a point
  if (horizontal) {
    const y = (a[1] + b[1]) / 2;
    return { x1: Math.min(a[0], b[0]), y1: y, x2: Math.max(a[0], b[0]), y2: y };
  }
  const x = (a[0] + b[0]) / 2;
  return { x1: x, y1: Math.min(a[1], b[1]), x2: x, y2: Math.max(a[1], b[1]) };
}

/** Subpaths as point lists (curves flattened to their end points: they are never borders). */
function subpaths(codes: OpCodes, ops: number[], args: number[], ctm: Matrix, toPage: (x: number, y: number) => Pt): { pts: Pt[]; closed: boolean }[] {
  const out: { pts: Pt[]; closed: boolean }[] = [];
  let cur: { pts: Pt[]; closed: boolean } | null = null;
  const at = (x: number, y: number): Pt => {
    const [ux, uy] = apply(ctm, x, y);
    return toPage(ux, uy);
  };
  let j = 0;
  for (const op of ops) {
    if (op === codes.rectangle) {
      const [x, y, w, h] = args.slice(j, j + 4);
      j += 4;
      out.push({ pts: [at(x, y), at(x + w, y), at(x + w, y + h), at(x, y + h)], closed: true });
      cur = null;
    } else if (op === codes.moveTo) {
      cur = { pts: [at(args[j], args[j + 1])], closed: false };
      out.push(cur);
      j += 2;
    } else if (op === codes.lineTo) {
      const p = at(args[j], args[j + 1]);
      j += 2;
      if (cur) cur.pts.push(p);
      else out.push((cur = { pts: [p], closed: false }));
    } else if (op === codes.curveTo) {
      const p = at(args[j + 4], args[j + 5]);
      j += 6;
      if (cur) cur.pts.push(p);
    } else if (op === codes.curveTo2 || op === codes.curveTo3) {
      const p = at(args[j + 2], args[j + 3]);
      j += 4;
      if (cur) cur.pts.push(p);
    } else if (op === codes.closePath) {
      if (cur) cur.closed = true;
    }
  }
  return out;
}

function strokeSegments(paths: { pts: Pt[]; closed: boolean }[]): PdfSegment[] {
  const out: PdfSegment[] = [];
  for (const { pts, closed } of paths) {
    const n = closed ? pts.length : pts.length - 1;
    for (let i = 0; i < n; i++) {
      const s = axisSegment(pts[i], pts[(i + 1) % pts.length]);
      if (s) out.push(s);
    }
  }
  return out;
}

/** A thin filled shape stands for a line through its middle; larger fills (shading) are not borders. */
function fillSegments(paths: { pts: Pt[]; closed: boolean }[]): PdfSegment[] {
  const out: PdfSegment[] = [];
  for (const { pts } of paths) {
    if (pts.length < 2) continue;
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const [x0, x1, y0, y1] = [minOf(xs, (v) => v), maxOf(xs, (v) => v), minOf(ys, (v) => v), maxOf(ys, (v) => v)];
    if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) out.push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
    else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) out.push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
  }
  return out;
}

export function rulingSegments(fnArray: number[], argsArray: unknown[], codes: OpCodes, toPage: (x: number, y: number) => Pt): PdfSegment[] {
  const strokes = new Set([codes.stroke, codes.closeStroke, codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke]);
  const fills = new Set([codes.fill, codes.eoFill]);
  const out: PdfSegment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let pending: { pts: Pt[]; closed: boolean }[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === codes.save) stack.push(ctm);
    else if (fn === codes.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === codes.transform && args) ctm = mul(ctm, args as Matrix);
    else if (fn === codes.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = mul(ctm, args[0] as Matrix);
    } else if (fn === codes.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === codes.constructPath && args) {
      pending = pending.concat(subpaths(codes, args[0] as number[], args[1] as number[], ctm, toPage));
    } else if (strokes.has(fn)) {
      appendAll(out, strokeSegments(pending));
      if (fn !== codes.stroke && fn !== codes.closeStroke) appendAll(out, fillSegments(pending));
      pending = [];
    } else if (fills.has(fn)) {
      appendAll(out, fillSegments(pending));
      pending = [];
    } else if (fn === codes.endPath) pending = [];
  }
  return out;
}
