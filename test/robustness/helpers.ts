// Shared by the robustness tests (issue 9): the built CLI (from test/cli/helpers), the results schema, encoders
// that do not use the code under test, and a small seeded random source for generated inputs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { repo } from '../cli/helpers.js';

export { PACK_ONLY, SEEDS, examples, govlint, govlintProcess, repo, scratch, seed, testPack, write, type Run } from '../cli/helpers.js';

export const FORMATS_DIR = path.join(repo, 'test/fixtures/formats');
export const TEXT_DIR = path.join(repo, 'test/fixtures/text');

/** Core's own dependencies (ajv, fflate), which the test package does not list. */
export const fromCore = createRequire(path.join(repo, 'packages/core/package.json'));

let validator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
/** The schema errors of a `-f json` output against packages/core/schemas/results.schema.json (none: valid). */
export function resultsSchemaErrors(output: unknown): string[] {
  if (!validator) {
    const { Ajv } = fromCore('ajv') as typeof import('ajv');
    const schema = JSON.parse(readFileSync(path.join(repo, 'packages/core/schemas/results.schema.json'), 'utf8'));
    validator = new Ajv({ allErrors: true }).compile(schema);
  }
  return validator(output) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export interface JsonMessage {
  ruleId: string;
  severity: string;
  message: string;
  fatal?: boolean;
  span: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  fix?: { range: [number, number]; text: string };
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  fatalCount: number;
  output?: string;
}

/** `-f json` output → its results, by file name (relative to `dir`). */
export function resultsByFile(stdout: string, dir: string): Map<string, JsonResult> {
  const { results } = JSON.parse(stdout) as { results: JsonResult[] };
  return new Map(results.map((r) => [path.relative(dir, path.resolve(dir, r.filePath)), r]));
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): generated inputs are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(n: number, rand: () => number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const BOMS: Record<TextEncoding, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff], gb18030: [] };

/**
 * Text → bytes without core's encoder (the thing under test): Buffer for UTF-8 and UTF-16, and for GB18030 the
 * inverse of the platform's decoder over GBK's two-byte range (every character of the seeds is in it).
 */
export function encodeIndependently(text: string, encoding: TextEncoding, bom = false): Buffer {
  let body: Buffer;
  if (encoding === 'utf-8') body = Buffer.from(text, 'utf8');
  else if (encoding === 'utf-16le') body = Buffer.from(text, 'utf16le');
  else if (encoding === 'utf-16be') body = Buffer.from(text, 'utf16le').swap16();
  else body = gbBytes(text);
  return bom ? Buffer.concat([Buffer.from(BOMS[encoding]), body]) : body;
}

function gbBytes(text: string): Buffer {
  const table = gbkTable();
  const parts: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) parts.push(cp);
    else {
      const code = table.get(ch);
      if (code === undefined) throw new Error(`not in GBK: ${ch}`);
      parts.push(code >> 8, code & 0xff);
    }
  }
  return Buffer.from(parts);
}

let cachedTable: Map<string, number> | undefined;
function gbkTable(): Map<string, number> {
  if (cachedTable) return cachedTable;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const table = new Map<string, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (!table.has(ch)) table.set(ch, (lead << 8) | trail);
      } catch {
        // not a character
      }
    }
  }
  return (cachedTable = table);
}
