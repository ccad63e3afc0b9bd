// `sum`: Σ left = Σ right for each forEach binding (the 勾稽关系 of tables 三 and 四).
import { bindingData, bindings, type ForEach } from '../for-each.js';
import { bindExpr, describeValues, evalExpr, quickValue, UNAVAILABLE } from '../expr.js';
import type { Finding, RuleType } from '../types.js';
import { Ambiguous, arithDefaultOptions, arithMessages, arithOptionsSchema, asReadNote, relatedCells, restsOnAmbiguous, Unverified } from './arith.js';
import { compileKeySum, forEachSchema, keyListSchema } from './shared.js';

export const sum: RuleType = {
  type: 'sum',
  schema: {
    properties: {
      forEach: forEachSchema,
      left: keyListSchema,
      right: keyListSchema,
      at: { enum: ['left', 'right'] },
      tolerance: { type: 'number', minimum: 0 },
    },
    required: ['left', 'right'],
  },
  messages: {
    mismatch: { zh: '{{leftExpr}} = {{left}}，与 {{rightExpr}} = {{right}} 不相等', en: '{{leftExpr}} = {{left}} differs from {{rightExpr}} = {{right}}' },
    ...arithMessages,
  },
  secondaryMessages: ['unverifiable', 'ambiguous'],
  optionsSchema: arithOptionsSchema,
  defaultOptions: arithDefaultOptions,
  compile(rule, ctx) {
    const forEach = rule.forEach as ForEach | undefined;
    const left = compileKeySum(rule.left as string[], forEach, ctx, ['left']);
    const right = compileKeySum(rule.right as string[], forEach, ctx, ['right']);
    const atLeft = rule.at === 'left';
    const tolerance = (rule.tolerance as number | undefined) ?? 0;
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
        if (ql !== null && qr !== null && Math.abs(ql - qr) <= tolerance + 1e-9) continue;
        const l = evalExpr(lx, doc, options);
        const r = evalExpr(rx, doc, options);
        if (l.status === 'unavailable' || r.status === 'unavailable') continue;
        if (l.status !== 'ok' || r.status !== 'ok') {
          unverified.add(l, r);
          continue;
        }
        if (Math.abs(l.value - r.value) <= tolerance + 1e-9) continue;
        const used = [...l.cells, ...r.cells];
        if (restsOnAmbiguous(used)) {
          ambiguous.add(used);
          continue;
        }
        const anchor = (atLeft ? l.cells[0] : r.cells[0]) ?? l.cells[0] ?? r.cells[0];
        findings.push({
          messageId: 'mismatch',
          span: anchor ? anchor.cell.span : doc.documentStart,
          key: anchor?.key,
          data: {
            ...bindingData(b, doc.lang),
            left: l.value,
            right: r.value,
            leftExpr: describeValues(lx, doc, options),
            rightExpr: describeValues(rx, doc, options),
            expected: atLeft ? r.value : l.value,
            actual: atLeft ? l.value : r.value,
          },
          related: [...asReadNote(used), ...relatedCells(used)],
        });
      }
      for (const f of [unverified.finding(doc, options), ambiguous.finding(doc, options)]) if (f) findings.push(f);
      return findings;
    };
  },
};
