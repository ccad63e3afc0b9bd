// Versioned machine output (schemas/results.schema.json): ESLint's json-with-metadata idea. Bump
// RESULTS_SCHEMA_VERSION on any incompatible change; adding optional fields is compatible.
import type { FileResult } from '../diagnostic.js';
import type { Formatter, FormatterContext } from './types.js';

export const RESULTS_SCHEMA_VERSION = 1;

export interface JsonOutput {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  tool: { name: string; version: string };
  packs: { name: string; version?: string }[];
  rules: Record<string, { docs?: string; level?: string }>;
  results: Omit<FileResult, 'source'>[];
}

export function toJsonOutput(results: FileResult[], ctx: FormatterContext): JsonOutput {
  const rules: JsonOutput['rules'] = {};
  for (const id of Object.keys(ctx.rulesMeta).sort()) {
    const { docs, level } = ctx.rulesMeta[id];
    rules[id] = { ...(docs ? { docs } : {}), ...(level ? { level } : {}) };
  }
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: ctx.tool ?? { name: 'govlint', version: '0.0.0' },
    packs: ctx.packs ?? [],
    rules,
    // The source text is for formatters that show context; consumers of JSON have the file.
    results: results.map(({ source: _source, ...rest }) => rest),
  };
}

export const json: Formatter = (results, ctx) => `${JSON.stringify(toJsonOutput(results, ctx), null, 2)}\n`;
