// Expressions of `compare` and `text-table`: sums and differences of cells, numbers and options, with an
// optional constant factor (`0.3 * requests.totalProcessed.total`). A key with `*` stands for the sum of
// its cells; `previous.<key>` reads last year's report; `options.<name>` the rule's options; `meta.year`
// and `meta.publicationYear` the metadata. Parsed once at load, evaluated per document.
import type { Cell } from '../model/types.js';
import type { DocContext } from './doc-context.js';
import { substitute, type Binding } from './for-each.js';
import type { RuleOptions } from './types.js';
import { memoize } from '../util/memoize.js';

/** A reference carries its parsed form once a document has read it (`parsed`: a memo, not part of the data). */
type RefFactor = { kind: 'ref'; ref: string; parsed?: Ref };
type Factor = { kind: 'number'; value: number } | RefFactor;

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

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_{][\w{}]*(?:\.(?:[\w{}]+|\*\*?))*)|([-+*]))/y;

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
      const text = t.factors.map((f) => (f.kind === 'number' ? String(f.value) : formatNumber(valueOf(f, doc, options)))).join(' × ');
      return i === 0 ? (t.sign < 0 ? `-${text}` : text) : `${t.sign < 0 ? '-' : '+'} ${text}`;
    })
    .join(' ');
}

/**
 * What the references of one evaluation found so far. Evaluations run for every rule and binding of every
 * document: one accumulator per evaluation instead of lists per reference keeps the garbage down.
 */
interface Acc {
  cells: UsedCell[];
  blank: string[];
  /** How many of the referenced cells exist in the model (blank or not). */
  present: number;
}

/** A reference, split once per distinct text (expressions are few; documents many). */
type Ref = { kind: 'options' | 'meta' | 'previous' | 'own'; name: string; star: boolean };

const parseRef = memoize((ref: string): Ref => {
  const prefix = ['options', 'meta', 'previous'].find((p) => ref.startsWith(`${p}.`)) as Ref['kind'] | undefined;
  const name = prefix ? ref.slice(prefix.length + 1) : ref;
  return { kind: prefix ?? 'own', name, star: name.includes('*') };
}, 1024);

/** `refValue`'s answer when the reference needs what this run does not have. */
const UNAVAILABLE = Symbol('unavailable');

/**
 * `evalExpr`'s value when its status is 'ok', null when it is 'blank', UNAVAILABLE when 'unavailable' — the
 * same arithmetic in the same order, without collecting cells. Most checks pass: they are decided here, and
 * only a failing one is evaluated again in full for its message.
 */
export function quickValue(expr: Expr, doc: DocContext, options: RuleOptions): number | null | typeof UNAVAILABLE {
  const total = sumTerms(expr, doc, options, undefined);
  // A blank reference is NaN in the sum.
  return total === UNAVAILABLE ? UNAVAILABLE : Number.isFinite(total) ? roundFloat(total) : null;
}

/**
 * The expression's arithmetic over reference values (null: unknown, NaN in the sum), or UNAVAILABLE. With
 * `acc`, the cells and blanks are collected; without, values only (the quick path, for every binding of every
 * document: no closure, no lists).
 */
function sumTerms(expr: Expr, doc: DocContext, options: RuleOptions, acc: Acc | undefined): number | typeof UNAVAILABLE {
  let total = 0;
  for (const term of expr.terms) {
    let product = term.sign as number;
    for (const f of term.factors) {
      if (f.kind === 'number') {
        product *= f.value;
        continue;
      }
      const v = refValue(f, doc, options, acc);
      if (v === UNAVAILABLE) return UNAVAILABLE;
      product *= v ?? NaN;
    }
    total += product;
  }
  return total;
}

export { UNAVAILABLE };

/** A reference's value alone, for messages. */
function valueOf(f: RefFactor, doc: DocContext, options: RuleOptions): number | null {
  const v = refValue(f, doc, options, undefined);
  return v === UNAVAILABLE ? null : v;
}

export function evalExpr(expr: Expr, doc: DocContext, options: RuleOptions): ExprValue {
  const acc: Acc = { cells: [], blank: [], present: 0 };
  const total = sumTerms(expr, doc, options, acc);
  if (total === UNAVAILABLE) return { status: 'unavailable' };
  const { cells, blank, present } = acc;
  if (blank.length > 0 || !Number.isFinite(total)) return { status: 'blank', cells, blank, present };
  return { status: 'ok', value: roundFloat(total), cells };
}

/**
 * The value of one reference (null when unknown). With `acc`, its cells and blanks are added to it (evalExpr);
 * without, only the value is worked out (quickValue: every binding of every document goes through here).
 */
function refValue(f: RefFactor, doc: DocContext, options: RuleOptions, acc: Acc | undefined): number | null | typeof UNAVAILABLE {
  const { kind, name, star } = (f.parsed ??= parseRef(f.ref));
  switch (kind) {
    case 'options': {
      const v = options[name];
      return typeof v === 'number' ? v : UNAVAILABLE;
    }
    case 'meta': {
      const v = doc.metaNumber(name);
      if (acc && v === null) acc.blank.push(f.ref);
      else if (acc) acc.present += 1;
      return v;
    }
    case 'previous': {
      const previous = doc.previous;
      if (!previous) return UNAVAILABLE;
      return sumCells(name, previous.cells, doc.expand(name, previous), false, acc);
    }
    case 'own': {
      if (!star && !acc) {
        // The common case, one cell and no bookkeeping: no key list at all.
        const cell = doc.model.cells[name] as Cell | undefined;
        return !cell || cell.value === null ? null : 0 + cell.value;
      }
      return sumCells(name, doc.model.cells, doc.expand(name), true, acc);
    }
  }
}

/** The sum of the cells (null if one is blank or missing, or there are none); bookkeeping in `acc` if given. */
function sumCells(pattern: string, cells: Record<string, Cell>, keys: readonly string[], own: boolean, acc: Acc | undefined): number | null {
  if (keys.length === 0) {
    acc?.blank.push(pattern);
    return null;
  }
  let value = 0;
  let blank = false;
  for (const key of keys) {
    const cell = cells[key] as Cell | undefined;
    if (acc && cell) {
      acc.present += 1;
      if (own) acc.cells.push({ key, cell });
    }
    if (!cell || cell.value === null) {
      // Without bookkeeping the first blank decides.
      if (!acc) return null;
      acc.blank.push(own ? key : `previous.${key}`);
      blank = true;
    } else value += cell.value;
  }
  return blank ? null : value;
}

/** 0.1 + 0.2 is 0.3 in a report. */
export function roundFloat(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

export function formatNumber(n: number | null): string {
  return n === null ? '?' : String(roundFloat(n));
}
