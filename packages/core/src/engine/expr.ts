// Expressions of `compare` and `text-table`: sums and differences of cells, numbers and options, with an
// optional constant factor (`0.3 * requests.totalProcessed.total`). A key with `*` stands for the sum of
// its cells; `previous.<key>` reads last year's report; `options.<name>` the rule's options; `meta.year`
// and `meta.publicationYear` the metadata. Parsed once at load, evaluated per document.
import type { Cell } from '../model/types.js';
import type { DocContext } from './doc-context.js';
import { substitute, type Binding } from './for-each.js';
import type { RuleOptions } from './types.js';

type Factor = { kind: 'number'; value: number } | { kind: 'ref'; ref: string };

interface Term {
  sign: 1 | -1;
  factors: Factor[];
}

export interface Expr {
  source: string;
  terms: Term[];
}

export interface UsedCell {
  key: string;
  cell: Cell;
}

export type ExprValue =
  /** Every input is known. */
  | { status: 'ok'; value: number; cells: UsedCell[] }
  /** Some cell is blank or not in the table: the check cannot be made (but could be, with a filled table). */
  | { status: 'blank'; cells: UsedCell[]; blank: string[]; present: number }
  /** The expression needs something this run does not have (`previous.` without a previous report). */
  | { status: 'unavailable' };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_{][\w{}]*(?:\.(?:[\w{}]+|\*))*)|([-+*]))/y;

/** Parses `source`; throws an Error with a short English reason (the loader adds position and Chinese). */
export function parseExpr(source: string): Expr {
  const terms: Term[] = [];
  let sign: 1 | -1 = 1;
  let factors: Factor[] = [];
  let expectOperand = true;
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < source.length) {
    if (/^\s*$/.test(source.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`unexpected "${source.slice(pos).trim()[0]}" at character ${pos + 1}`);
    pos = TOKEN.lastIndex;
    const [, num, ref, op] = m;
    if (expectOperand) {
      if (num !== undefined) factors.push({ kind: 'number', value: Number(num) });
      else if (ref !== undefined) factors.push({ kind: 'ref', ref });
      else if (op === '-' && factors.length === 0) {
        sign = sign === 1 ? -1 : 1;
        continue;
      } else throw new Error(`expected a key or a number before "${op}"`);
      expectOperand = false;
    } else {
      if (op === undefined) throw new Error(`expected + - or * before "${num ?? ref}"`);
      if (op === '*') {
        expectOperand = true;
        continue;
      }
      terms.push({ sign, factors });
      sign = op === '-' ? -1 : 1;
      factors = [];
      expectOperand = true;
    }
  }
  if (expectOperand) throw new Error(source.trim() === '' ? 'empty expression' : 'the expression ends with an operator');
  terms.push({ sign, factors });
  return { source, terms };
}

/** The expression with `{name}` placeholders replaced: done once per forEach binding, at load time. */
export function bindExpr(expr: Expr, binding: Binding): Expr {
  if (Object.keys(binding).length === 0) return expr;
  return {
    source: substitute(expr.source, binding),
    terms: expr.terms.map((t) => ({ sign: t.sign, factors: t.factors.map((f) => (f.kind === 'ref' ? { kind: 'ref' as const, ref: substitute(f.ref, binding) } : f)) })),
  };
}

/** The references of an expression (for load-time placeholder checks). */
export function exprRefs(expr: Expr): string[] {
  return expr.terms.flatMap((t) => t.factors.flatMap((f) => (f.kind === 'ref' ? [f.ref] : [])));
}

/** The expression as values ("61 + 3"), for messages. */
export function describeValues(expr: Expr, doc: DocContext, options: RuleOptions): string {
  return expr.terms
    .map((t, i) => {
      const text = t.factors.map((f) => (f.kind === 'number' ? String(f.value) : formatNumber(refValue(f.ref, doc, options).value))).join(' × ');
      return i === 0 ? (t.sign < 0 ? `-${text}` : text) : `${t.sign < 0 ? '-' : '+'} ${text}`;
    })
    .join(' ');
}

export function evalExpr(expr: Expr, doc: DocContext, options: RuleOptions): ExprValue {
  let total = 0;
  const cells: UsedCell[] = [];
  const blank: string[] = [];
  let present = 0;
  for (const term of expr.terms) {
    let product = term.sign as number;
    for (const f of term.factors) {
      if (f.kind === 'number') {
        product *= f.value;
        continue;
      }
      const r = refValue(f.ref, doc, options);
      if (r.unavailable) return { status: 'unavailable' };
      cells.push(...r.cells);
      blank.push(...r.blank);
      present += r.present;
      product *= r.value ?? NaN;
    }
    total += product;
  }
  if (blank.length > 0 || !Number.isFinite(total)) return { status: 'blank', cells, blank, present };
  return { status: 'ok', value: roundFloat(total), cells };
}

interface RefValue {
  value: number | null;
  cells: UsedCell[];
  blank: string[];
  /** How many of the referenced cells exist in the model (blank or not). */
  present: number;
  unavailable?: true;
}

function refValue(ref: string, doc: DocContext, options: RuleOptions): RefValue {
  if (ref.startsWith('options.')) {
    const v = options[ref.slice('options.'.length)];
    return typeof v === 'number' ? { value: v, cells: [], blank: [], present: 0 } : { value: null, cells: [], blank: [], present: 0, unavailable: true };
  }
  if (ref.startsWith('meta.')) {
    const v = doc.metaNumber(ref.slice('meta.'.length));
    return v === null ? { value: null, cells: [], blank: [ref], present: 0 } : { value: v, cells: [], blank: [], present: 1 };
  }
  if (ref.startsWith('previous.')) {
    const previous = doc.previous;
    if (!previous) return { value: null, cells: [], blank: [], present: 0, unavailable: true };
    return sumCells(ref.slice('previous.'.length), (key) => previous.cells[key], doc.expand(ref.slice('previous.'.length), previous), false);
  }
  return sumCells(ref, (key) => doc.model.cells[key], doc.expand(ref), true);
}

function sumCells(pattern: string, lookup: (key: string) => Cell | undefined, keys: string[], own: boolean): RefValue {
  let value = 0;
  const cells: UsedCell[] = [];
  const blank: string[] = [];
  let present = 0;
  for (const key of keys) {
    const cell = lookup(key);
    if (cell) present += 1;
    if (cell && own) cells.push({ key, cell });
    if (!cell || cell.value === null) blank.push(own ? key : `previous.${key}`);
    else value += cell.value;
  }
  if (keys.length === 0) blank.push(pattern);
  return { value: blank.length > 0 ? null : value, cells, blank, present };
}

/** 0.1 + 0.2 is 0.3 in a report. */
export function roundFloat(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

export function formatNumber(n: number | null): string {
  return n === null ? '?' : String(roundFloat(n));
}
