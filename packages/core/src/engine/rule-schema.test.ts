// rule.schema.json is generated from the rule types; this test keeps the checked-in file equal to it.
// Regenerate with: GOVLINT_WRITE_SCHEMAS=1 npx vitest run packages/core/src/engine/rule-schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_TYPES } from './rule-types/index.js';
import { ruleSchemaDocument } from './schemas.js';

const file = new URL('../../schemas/rule.schema.json', import.meta.url);

describe('rule.schema.json', () => {
  it('is the schema built from the rule types', () => {
    const built = `${JSON.stringify(ruleSchemaDocument(), null, 2)}\n`;
    if (process.env.GOVLINT_WRITE_SCHEMAS) writeFileSync(file, built);
    expect(readFileSync(file, 'utf8')).toBe(built);
  });

  it('lists every rule type once, each with its own definition', () => {
    const doc = ruleSchemaDocument() as { properties: { type: { enum: string[] } }; $defs: Record<string, unknown> };
    expect(doc.properties.type.enum).toEqual(RULE_TYPES.map((t) => t.type));
    expect(doc.properties.type.enum).toEqual(['sum', 'compare', 'cells', 'sections', 'tables', 'labels', 'existence', 'substitution', 'occurrence', 'consistency', 'text-table', 'condition', 'script']);
    for (const t of RULE_TYPES) expect(doc.$defs[`type-${t.type}`]).toBeDefined();
  });
});
