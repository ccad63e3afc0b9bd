// Build step: core's validators as one CommonJS module of plain functions (ajv's standalone code), so that a
// run does not compile schemas. `scripts/build-assets.mjs` writes it next to the compiled schemas.ts.
import { createRequire } from 'node:module';
import type { Ajv as AjvType } from 'ajv';
import { validatorSources } from './schemas.js';
import { AJV_OPTIONS } from './validate.js';

export function precompiledSource(): string {
  const require = createRequire(import.meta.url);
  const { Ajv } = require('ajv') as typeof import('ajv');
  const standaloneCode = require('ajv/dist/standalone/index.js') as (ajv: AjvType, refs: Record<string, string>) => string;
  const { schemas, refs, fingerprint } = validatorSources();
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  for (const s of schemas) ajv.addSchema(s);
  return `${standaloneCode(ajv, refs)}\nexports.fingerprint = ${JSON.stringify(fingerprint)};\n`;
}
