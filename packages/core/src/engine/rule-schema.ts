// rule.schema.json is built from the common fields below plus each rule type's own fragment, so a new
// type cannot drift from its schema. `packages/core/schemas/rule.schema.json` is this object written out
// (a test keeps them equal) for editors: `# yaml-language-server: $schema=…/rule.schema.json`.
import type { RuleType } from './types.js';

export const RULE_SCHEMA_ID = 'https://govlint.dev/schemas/rule.schema.json';

const localized = {
  type: 'object',
  properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string' } },
  required: ['zh'],
  additionalProperties: false,
};

const level = { enum: ['error', 'warning', 'info', 'off'] };

const stringList = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

export const gateSchema = {
  type: 'object',
  description: 'All keys must hold (rule-format.md § Gates).',
  properties: {
    template: { anyOf: [{ enum: ['gov-2021', 'gov-2019', 'pre-2019', 'unknown'] }, { type: 'array', items: { enum: ['gov-2021', 'gov-2019', 'pre-2019', 'unknown'] } }] },
    year: {
      type: 'object',
      properties: { gte: { type: 'integer' }, lte: { type: 'integer' }, eq: { type: 'integer' }, gt: { type: 'integer' }, lt: { type: 'integer' } },
      additionalProperties: false,
      minProperties: 1,
    },
    bodyType: {
      anyOf: [
        { enum: ['government', 'township', 'subdistrict', 'department', 'office', 'unknown'] },
        { type: 'array', items: { enum: ['government', 'township', 'subdistrict', 'department', 'office', 'unknown'] } },
      ],
    },
    region: stringList,
    format: { anyOf: [{ enum: ['md', 'txt', 'html', 'docx', 'pdf'] }, { type: 'array', items: { enum: ['md', 'txt', 'html', 'docx', 'pdf'] } }] },
    setting: { type: 'object' },
    conditions: { type: 'object', description: 'A raw json-rules-engine condition tree ({all|any|not: …}).' },
  },
  additionalProperties: false,
};

const expectedError = {
  type: 'object',
  properties: {
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    messageId: { type: 'string' },
    key: { type: 'string' },
    message: { type: 'string' },
  },
  additionalProperties: false,
};

const example = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    fixture: { type: 'string', description: 'Path relative to the rule file.' },
    text: { type: 'string' },
    format: { enum: ['md', 'txt', 'html'] },
    set: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
    replace: {
      type: 'array',
      items: { type: 'object', properties: { from: { type: 'string', minLength: 1 }, to: { type: 'string' } }, required: ['from', 'to'], additionalProperties: false },
    },
    settings: { type: 'object' },
    options: { type: 'object' },
    errors: { type: 'array', items: expectedError },
    output: { type: ['string', 'null'] },
    previous: {
      type: 'object',
      description: "Last year's report for cross-year rules: a fixture or text, with its own set/replace.",
      properties: {
        fixture: { type: 'string' },
        text: { type: 'string' },
        format: { enum: ['md', 'txt', 'html'] },
        set: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
        replace: {
          type: 'array',
          items: { type: 'object', properties: { from: { type: 'string', minLength: 1 }, to: { type: 'string' } }, required: ['from', 'to'], additionalProperties: false },
        },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

/** Fields every rule has, whatever its type. */
export const commonProperties: Record<string, unknown> = {
  $schema: { type: 'string' },
  id: {
    type: 'string',
    pattern: '^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)+$',
    description: 'family/name (lower case, digits and "-"), e.g. table3/balance',
  },
  type: { type: 'string' },
  level: { $ref: '#/$defs/level' },
  levels: {
    type: 'array',
    items: { type: 'object', properties: { when: { $ref: '#/$defs/gate' }, level: { $ref: '#/$defs/level' } }, required: ['when', 'level'], additionalProperties: false },
  },
  description: { $ref: '#/$defs/localized' },
  docs: { $ref: '#/$defs/localized' },
  sources: { type: 'array', items: { type: 'string' } },
  when: { $ref: '#/$defs/gate' },
  message: { $ref: '#/$defs/localized' },
  messages: { type: 'object', additionalProperties: { $ref: '#/$defs/localized' } },
  options: { type: 'object' },
  optionsSchema: { type: 'object' },
  fixable: { type: 'boolean' },
  examples: { $ref: '#/$defs/examples' },
};

const commonRequired = ['id', 'type', 'level', 'description'];

/** The full schema of a rule of type `t`: common fields + the type's fragment, nothing else. */
export function typeSchema(t: RuleType): Record<string, unknown> {
  const { properties, required = [], ...rest } = t.schema;
  return {
    type: 'object',
    ...rest,
    properties: { ...commonProperties, ...properties, type: { const: t.type } },
    required: [...commonRequired, ...required],
    additionalProperties: false,
  };
}

export function buildRuleSchema(types: readonly RuleType[]): Record<string, unknown> {
  const examples = {
    type: 'object',
    properties: { valid: { type: 'array', items: { $ref: '#/$defs/example' } }, invalid: { type: 'array', items: { $ref: '#/$defs/example' } } },
    additionalProperties: false,
  };
  const defs: Record<string, unknown> = { localized, level, gate: gateSchema, example, examples };
  for (const t of types) defs[`type-${t.type}`] = typeSchema(t);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: RULE_SCHEMA_ID,
    title: 'govlint rule',
    description: 'One rule of a govlint rule pack (docs/rule-format.md).',
    type: 'object',
    required: ['type'],
    properties: { type: { enum: types.map((t) => t.type) } },
    allOf: types.map((t) => ({ if: { properties: { type: { const: t.type } }, required: ['type'] }, then: { $ref: `#/$defs/type-${t.type}` } })),
    $defs: defs,
  };
}
