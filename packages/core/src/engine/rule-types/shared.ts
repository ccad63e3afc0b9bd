// Schema fragments and compile helpers that several rule types share.
import { forEachSchema, placeholders, type ForEach } from '../for-each.js';
import { exprRefs, parseExpr, type Expr } from '../expr.js';
import { checkScope } from '../scopes.js';
import type { DataPath } from '../yaml-source.js';
import type { CompileContext, LocalizedText } from '../types.js';

export { forEachSchema };

export const levelSchema = { enum: ['error', 'warning', 'info', 'off'] };

export const scopeSchema = {
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
  description: 'all | prose | opening | title | headings | tables | lines | section:<part> | section-body:<part>, or a list of them',
};

export const keyListSchema = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };

/** A list of keys, or a map key → label (the label is used in messages). */
export const namedListSchema = {
  anyOf: [
    { type: 'array', items: { type: 'string' }, minItems: 1 },
    { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, { $ref: '#/$defs/localized' }] }, minProperties: 1 },
  ],
};

export function namedList(value: unknown): { key: string; label?: string | LocalizedText }[] {
  if (Array.isArray(value)) return value.map((key: string) => ({ key }));
  return Object.entries(value as Record<string, string | LocalizedText>).map(([key, label]) => ({ key, label }));
}

export function compileScope(scope: unknown, ctx: CompileContext, at: DataPath = ['scope']): string[] {
  const names = scope === undefined ? ['prose'] : Array.isArray(scope) ? (scope as string[]) : [scope as string];
  names.forEach((name, i) => {
    const problem = checkScope(name);
    if (problem) ctx.fail({ zh: `未知的范围 \`${name}\`：${problem}`, en: `unknown scope \`${name}\`: ${problem}` }, Array.isArray(scope) ? [...at, i] : at);
  });
  return names;
}

/** Every `{name}` used in `templates` must be a forEach name. */
export function checkPlaceholders(templates: string[], forEach: ForEach | undefined, ctx: CompileContext, at: DataPath): void {
  const names = new Set(Object.keys(forEach ?? {}));
  for (const t of templates) {
    for (const p of placeholders(t)) {
      if (!names.has(p)) ctx.fail({ zh: `占位符 \`{${p}}\` 未在 forEach 中定义`, en: `placeholder \`{${p}}\` is not defined in forEach` }, at);
    }
  }
}

export function compileExpr(source: string, forEach: ForEach | undefined, ctx: CompileContext, at: DataPath): Expr {
  let expr: Expr;
  try {
    expr = parseExpr(source);
  } catch (error) {
    const reason = (error as Error).message;
    return ctx.fail({ zh: `表达式 \`${source}\` 无效：${reason}`, en: `invalid expression \`${source}\`: ${reason}` }, at);
  }
  checkPlaceholders(exprRefs(expr), forEach, ctx, at);
  return expr;
}

/** A list of keys is the expression `k1 + k2 + …`. */
export function compileKeySum(keys: string[], forEach: ForEach | undefined, ctx: CompileContext, at: DataPath): Expr {
  keys.forEach((k, i) => {
    if (!/^[A-Za-z_{][\w{}]*(?:\.(?:[\w{}]+|\*\*?))*$/.test(k)) ctx.fail({ zh: `键 \`${k}\` 格式不对`, en: `malformed key \`${k}\`` }, [...at, i]);
  });
  return compileExpr(keys.join(' + '), forEach, ctx, at);
}
