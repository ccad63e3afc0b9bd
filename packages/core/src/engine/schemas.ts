// The validators of pack.yaml, rule files and config files, compiled once per process.
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { RULE_TYPES } from './rule-types/index.js';
import { buildRuleSchema, RULE_SCHEMA_ID } from './rule-schema.js';
import { ajv, compileSchema } from './validate.js';

/** packages/core/schemas/, from src/engine or dist/engine alike. */
const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

function schemaFile(name: string): object {
  return JSON.parse(readFileSync(new URL(name, SCHEMA_DIR), 'utf8')) as object;
}

let cache: { pack: ValidateFunction; config: ValidateFunction; ruleHead: ValidateFunction } | undefined;

function validators() {
  if (!cache) {
    const ruleSchema = buildRuleSchema(RULE_TYPES);
    ajv().addSchema(ruleSchema);
    cache = {
      pack: compileSchema(schemaFile('pack.schema.json')),
      config: compileSchema(schemaFile('config.schema.json')),
      // The `type` field first, so that an unknown type is one clear error rather than one per type.
      ruleHead: compileSchema({ type: 'object', required: ['id', 'type'], properties: (ruleSchema.properties as object) }),
    };
  }
  return cache;
}

export const packValidator = (): ValidateFunction => validators().pack;
export const configValidator = (): ValidateFunction => validators().config;
export const ruleHeadValidator = (): ValidateFunction => validators().ruleHead;

/** Full validator of a rule of type `type` (common fields + the type's own). */
export function ruleValidator(type: string): ValidateFunction {
  validators();
  const v = ajv().getSchema(`${RULE_SCHEMA_ID}#/$defs/type-${type}`);
  if (!v) throw new Error(`no schema for rule type ${type}`);
  return v;
}

export function ruleSchemaDocument(): Record<string, unknown> {
  return buildRuleSchema(RULE_TYPES);
}
