// Schema validation with errors a pack author can act on: one sentence, at the right line and column,
// with a "did you mean" for misspelt fields and values (ajv's own messages name JSON pointers).
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, Options } from 'ajv';
import { ConfigError, type Localized } from '../config/errors.js';
import type { Lang } from '../report/diagnostic.js';
import { editDistance } from '../util/edit-distance.js';
import type { DataPath, SourceFile } from './yaml-source.js';

/** What assertValid needs of a validator: ajv's compiled functions and its standalone ones alike. */
export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** The options of every validator, compiled at run time or at build time (precompile.ts): errors name fields. */
export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: false, allowUnionTypes: true };

let shared: Ajv | undefined;

/**
 * One ajv instance for what was not compiled at build time (a rule's `optionsSchema`, core run from its
 * sources). Loaded on first use: importing ajv costs ~100 ms that a run with precompiled validators skips.
 */
export function ajv(): Ajv {
  if (!shared) {
    const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    shared = new AjvClass(AJV_OPTIONS);
  }
  return shared;
}

export function compileSchema(schema: object): Validator {
  const id = (schema as { $id?: string }).$id;
  const known = id ? ajv().getSchema(id) : undefined;
  return known ?? ajv().compile(schema);
}

/** Throws a ConfigError for the first (most specific) schema error of `file.data` at `base`. */
export function assertValid(validate: Validator, file: SourceFile, lang: Lang, base: DataPath = [], data: unknown = file.data): void {
  if (validate(data)) return;
  const error = mostSpecific(validate.errors ?? []);
  if (!error) return;
  const { texts, path, key } = describeError(error);
  throw new ConfigError(file.path, texts, file.locate([...base, ...path], { key }), lang);
}

/** The error deepest in the data; wrappers (`anyOf`, `if`…) only when nothing else is left. */
function mostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  const wrappers = new Set(['anyOf', 'oneOf', 'if', 'not']);
  const real = errors.filter((e) => !wrappers.has(e.keyword));
  const pool = real.length > 0 ? real : errors;
  const depth = (e: ErrorObject) => e.instancePath.split('/').length + (e.keyword === 'additionalProperties' ? 1 : 0);
  // Prefer a misspelt field over the type errors ajv reports for the other branches of a union.
  const rank = (e: ErrorObject) => depth(e) * 10 + (e.keyword === 'additionalProperties' || e.keyword === 'enum' ? 5 : 0);
  return pool.reduce<ErrorObject | undefined>((best, e) => (!best || rank(e) > rank(best) ? e : best), undefined);
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const TYPE_NAMES: Record<string, Localized> = {
  string: { zh: '字符串', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  object: { zh: '映射（键: 值）', en: 'a mapping (key: value)' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: 'null', en: 'null' },
};

export function describeError(error: ErrorObject): { texts: Localized; path: (string | number)[]; key: boolean } {
  const path = pointerToPath(error.instancePath);
  const field = path.length > 0 ? String(path[path.length - 1]) : '';
  const where: Localized = field ? { zh: `字段 \`${field}\` `, en: `\`${field}\`` } : { zh: '文件', en: 'the file' };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = didYouMean(name, known);
      return {
        texts: {
          zh: `未知字段 \`${name}\`${guess ? `（是否应为 \`${guess}\`？）` : ''}`,
          en: `unknown field \`${name}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}`,
        },
        path: [...path, name],
        key: true,
      };
    }
    case 'required': {
      const name = String(params.missingProperty);
      return { texts: { zh: `缺少必填字段 \`${name}\``, en: `missing required field \`${name}\`` }, path, key: false };
    }
    case 'type': {
      const types = String(params.type).split(',');
      const zh = types.map((t) => TYPE_NAMES[t]?.zh ?? t).join('或');
      const en = types.map((t) => TYPE_NAMES[t]?.en ?? t).join(' or ');
      return { texts: { zh: `${where.zh}应为${zh}`, en: `${where.en} must be ${en}` }, path, key: false };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      const guess = didYouMean(value, allowed);
      const hintZh = guess ? `（是否应为 \`${guess}\`？）` : '';
      const hintEn = guess ? ` (did you mean \`${guess}\`?)` : '';
      return {
        texts: {
          zh: `${where.zh}的值 \`${value}\` 无效，应为 ${allowed.join('、')} 之一${hintZh}`,
          en: `${where.en} has the invalid value \`${value}\`; expected one of ${allowed.join(', ')}${hintEn}`,
        },
        path,
        key: false,
      };
    }
    case 'const':
      return { texts: { zh: `${where.zh}应为 \`${String(params.allowedValue)}\``, en: `${where.en} must be \`${String(params.allowedValue)}\`` }, path, key: false };
    case 'pattern': {
      const hint = (error.parentSchema as { description?: string } | undefined)?.description;
      return {
        texts: {
          zh: `${where.zh}的值 \`${String(error.data)}\` 格式不对${hint ? `：${hint}` : `（应匹配 ${String(params.pattern)}）`}`,
          en: `${where.en} has a malformed value \`${String(error.data)}\`${hint ? `: ${hint}` : ` (must match ${String(params.pattern)})`}`,
        },
        path,
        key: false,
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const op = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[error.keyword];
      return { texts: { zh: `${where.zh}应 ${op} ${String(params.limit)}`, en: `${where.en} must be ${op} ${String(params.limit)}` }, path, key: false };
    }
    case 'minItems':
      return { texts: { zh: `${where.zh}至少应有 ${String(params.limit)} 项`, en: `${where.en} needs at least ${String(params.limit)} item(s)` }, path, key: false };
    case 'minProperties':
      return { texts: { zh: `${where.zh}不能为空`, en: `${where.en} must not be empty` }, path, key: false };
    case 'minLength':
      return { texts: { zh: `${where.zh}不能为空字符串`, en: `${where.en} must not be empty` }, path, key: false };
    default:
      return { texts: { zh: `${where.zh}：${error.message ?? error.keyword}`, en: `${where.en}: ${error.message ?? error.keyword}` }, path, key: false };
  }
}

/** The closest candidate within a small edit distance (a typo, not a different word). */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.ceil(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), limit);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
