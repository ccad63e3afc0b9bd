// `text-table`: a figure stated in the prose against the tables ("共收到申请61件" vs 表三 一、总计).
import { evalExpr, formatNumber, quickValue, UNAVAILABLE, type Expr } from '../expr.js';
import { group, hits } from '../text-match.js';
import type { Level } from '../../report/diagnostic.js';
import type { Finding, RuleType } from '../types.js';
import { Ambiguous, ambiguousMessages, relatedCells, restsOnAmbiguous } from './arith.js';
import { compileExpr, compileScope, scopeSchema } from './shared.js';

interface Figure {
  name: string;
  re: RegExp;
  expect: Expr;
  /** The stated value when the pattern has no number group ("未收到申请" states 0). */
  value?: number;
  skipIf?: RegExp;
  acceptIf?: { sentence: RegExp; expect: Expr };
  /** What the table says when a cell of `expect` is blank: a 总计 left empty is compared with its row's sum. */
  ifBlank?: Expr;
  /** How the stated figure must relate to the table's (default `=`): "N条依申请公开信息" states at least one request, `<=`. */
  operator: Operator;
  messageId: string;
  level?: Level;
}

const OPERATORS = {
  '=': (stated: number, table: number, tol: number) => Math.abs(stated - table) <= tol,
  '<=': (stated: number, table: number, tol: number) => stated <= table + tol,
  '>=': (stated: number, table: number, tol: number) => stated >= table - tol,
} as const;
type Operator = keyof typeof OPERATORS;

const figureSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    pattern: { type: 'string', minLength: 1 },
    expect: { type: ['string', 'number'] },
    value: { type: 'number' },
    skipIf: { type: 'string', minLength: 1 },
    ifBlank: { type: 'string', minLength: 1 },
    operator: { enum: Object.keys(OPERATORS) },
    messageId: { type: 'string', minLength: 1 },
    level: { enum: ['error', 'warning', 'info'] },
    acceptIf: {
      type: 'object',
      properties: { sentence: { type: 'string', minLength: 1 }, expect: { type: ['string', 'number'] } },
      required: ['sentence', 'expect'],
      additionalProperties: false,
    },
  },
  required: ['pattern', 'expect'],
  additionalProperties: false,
};

export const textTable: RuleType = {
  type: 'text-table',
  schema: {
    properties: {
      scope: scopeSchema,
      figures: { type: 'array', items: figureSchema, minItems: 1 },
      tolerance: { type: 'number', minimum: 0 },
    },
    required: ['figures'],
  },
  messages: {
    mismatch: { zh: '正文所述{{name}} {{stated}} 与表格中的 {{expected}} 不一致', en: 'the text states {{stated}} for {{name}}, the table says {{expected}}' },
    ...ambiguousMessages,
  },
  secondaryMessages: ['ambiguous'],
  compile(rule, ctx) {
    const scope = compileScope(rule.scope, ctx);
    const tolerance = (rule.tolerance as number | undefined) ?? 0;
    const figures: Figure[] = (rule.figures as Record<string, unknown>[]).map((f, i) => {
      const at = ['figures', i];
      const acceptIf = f.acceptIf as { sentence: string; expect: string | number } | undefined;
      const figure: Figure = {
        name: (f.name as string | undefined) ?? '',
        re: ctx.regex(f.pattern as string, [...at, 'pattern']),
        expect: compileExpr(String(f.expect), undefined, ctx, [...at, 'expect']),
        value: f.value as number | undefined,
        skipIf: typeof f.skipIf === 'string' ? ctx.regex(f.skipIf, [...at, 'skipIf']) : undefined,
        operator: (f.operator as Operator | undefined) ?? '=',
        messageId: (f.messageId as string | undefined) ?? 'mismatch',
        level: f.level as Level | undefined,
        ifBlank: typeof f.ifBlank === 'string' ? compileExpr(f.ifBlank, undefined, ctx, [...at, 'ifBlank']) : undefined,
        acceptIf: acceptIf && { sentence: ctx.regex(acceptIf.sentence, [...at, 'acceptIf', 'sentence']), expect: compileExpr(String(acceptIf.expect), undefined, ctx, [...at, 'acceptIf', 'expect']) },
      };
      if (figure.value === undefined && !/\((?!\?(?:[:=!]|<[=!]))/.test(figure.re.source)) {
        ctx.fail({ zh: '模式中没有捕获数字的分组（如 (?<n>\\d+)），也没有给出 `value`', en: 'the pattern has no group capturing the number (like (?<n>\\d+)) and no `value` is given' }, [...at, 'pattern']);
      }
      return figure;
    });
    return (doc, options) => {
      const findings: Finding[] = [];
      const ambiguous = new Ambiguous();
      const sentences = doc.sentences(scope);
      for (const figure of figures) {
        // The table's value is the same for every mention of the figure: evaluated at most once.
        let quick: ReturnType<typeof quickValue> | undefined;
        let expect = figure.expect;
        for (const h of hits(figure.re, sentences)) {
          const sentence = h.segment.text;
          if (figure.skipIf && test(figure.skipIf, sentence)) continue;
          const number = figure.value === undefined ? group(h) : null;
          const stated = figure.value ?? (number ? parseStated(number.text) : null);
          if (stated === null) continue;
          // The figure agrees with the table (the common case): decided without collecting cells.
          if (quick === undefined) {
            quick = quickValue(expect, doc, options);
            if (quick === null && figure.ifBlank) {
              expect = figure.ifBlank;
              quick = quickValue(expect, doc, options);
            }
          }
          if (quick === null || quick === UNAVAILABLE) continue;
          const holds = OPERATORS[figure.operator];
          if (holds(stated, quick, tolerance)) continue;
          if (figure.acceptIf && test(figure.acceptIf.sentence, sentence)) {
            const alt = quickValue(figure.acceptIf.expect, doc, options);
            if (alt !== null && alt !== UNAVAILABLE && holds(stated, alt, tolerance)) continue;
          }
          const expected = evalExpr(expect, doc, options);
          if (expected.status !== 'ok') continue;
          // The table's figure is one reading of run-together digits among several: nothing to assert.
          if (restsOnAmbiguous(expected.cells)) {
            ambiguous.add(expected.cells);
            continue;
          }
          const [start, end] = number ? [number.start, number.end] : [h.start, h.end];
          findings.push({
            messageId: figure.messageId,
            ...(figure.level ? { level: figure.level } : {}),
            span: doc.span(start, end),
            key: expected.cells.length === 1 ? expected.cells[0].key : undefined,
            data: { name: figure.name, stated, expected: formatNumber(expected.value), match: h.text },
            related: relatedCells(expected.cells),
          });
        }
      }
      const a = ambiguous.finding(doc, options);
      if (a) findings.push(a);
      return findings;
    };
  },
};

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function parseStated(raw: string): number | null {
  const n = Number(raw.normalize('NFKC').replace(/[,，\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}
