// `compare`: an expression against another (I8 lower bound, 规章 = 0 for townships, cross-year checks).
import { bindingData, bindings, type ForEach } from '../for-each.js';
import { bindExpr, describeValues, evalExpr, quickValue, UNAVAILABLE } from '../expr.js';
import type { Finding, RuleType } from '../types.js';
import { Ambiguous, arithDefaultOptions, arithMessages, arithOptionsSchema, asReadNote, relatedCells, restsOnAmbiguous, Unverified } from './arith.js';
import { compileExpr, forEachSchema } from './shared.js';

const OPERATORS = ['=', '!=', '<', '<=', '>', '>='] as const;
type Operator = (typeof OPERATORS)[number];

function holds(op: Operator, l: number, r: number, tolerance: number): boolean {
  switch (op) {
    case '=':
      return Math.abs(l - r) <= tolerance;
    case '!=':
      return Math.abs(l - r) > tolerance;
    case '<':
      return l < r - tolerance;
    case '<=':
      return l <= r + tolerance;
    case '>':
      return l > r + tolerance;
    case '>=':
      return l >= r - tolerance;
  }
}

export const compare: RuleType = {
  type: 'compare',
  schema: {
    properties: {
      forEach: forEachSchema,
      left: { type: 'string', minLength: 1 },
      operator: { enum: [...OPERATORS] },
      right: { type: ['string', 'number'] },
      at: { enum: ['left', 'right'] },
      tolerance: { type: 'number', minimum: 0 },
    },
    required: ['left', 'operator', 'right'],
  },
  messages: {
    mismatch: { zh: '应满足 {{leftExpr}} {{operator}} {{rightExpr}}，实为 {{left}} 与 {{right}}', en: 'expected {{leftExpr}} {{operator}} {{rightExpr}}, found {{left}} and {{right}}' },
    ...arithMessages,
  },
  secondaryMessages: ['unverifiable', 'ambiguous'],
  optionsSchema: arithOptionsSchema,
  defaultOptions: arithDefaultOptions,
  compile(rule, ctx) {
    const forEach = rule.forEach as ForEach | undefined;
    const left = compileExpr(String(rule.left), forEach, ctx, ['left']);
    const right = compileExpr(String(rule.right), forEach, ctx, ['right']);
    const op = rule.operator as Operator;
    const atRight = rule.at === 'right';
    const tolerance = (rule.tolerance as number | undefined) ?? 1e-9;
    // Placeholders are filled once here, not per document.
    const all = bindings(forEach).map((b) => ({ b, left: bindExpr(left, b), right: bindExpr(right, b) }));
    return (doc, options) => {
      const findings: Finding[] = [];
      const unverified = new Unverified();
      const ambiguous = new Ambiguous();
      for (const { b, left: lx, right: rx } of all) {
        // Most bindings hold: decided without collecting cells; the others are evaluated in full below.
        const ql = quickValue(lx, doc, options);
        const qr = quickValue(rx, doc, options);
        if (ql === UNAVAILABLE || qr === UNAVAILABLE) continue;
        if (ql !== null && qr !== null && holds(op, ql, qr, tolerance)) continue;
        const l = evalExpr(lx, doc, options);
        const r = evalExpr(rx, doc, options);
        if (l.status === 'unavailable' || r.status === 'unavailable') continue;
        if (l.status !== 'ok' || r.status !== 'ok') {
          unverified.add(l, r);
          continue;
        }
        if (holds(op, l.value, r.value, tolerance)) continue;
        const used = [...l.cells, ...r.cells];
        if (restsOnAmbiguous(used)) {
          ambiguous.add(used);
          continue;
        }
        const anchor = (atRight ? r.cells[0] : l.cells[0]) ?? l.cells[0] ?? r.cells[0];
        findings.push({
          messageId: 'mismatch',
          span: anchor ? anchor.cell.span : doc.documentStart,
          key: anchor?.key,
          data: {
            ...bindingData(b, doc.lang),
            left: l.value,
            right: r.value,
            operator: op,
            leftExpr: describeValues(lx, doc, options),
            rightExpr: describeValues(rx, doc, options),
          },
          related: [...asReadNote(used), ...relatedCells(used)],
        });
      }
      for (const f of [unverified.finding(doc, options), ambiguous.finding(doc, options)]) if (f) findings.push(f);
      return findings;
    };
  },
};
