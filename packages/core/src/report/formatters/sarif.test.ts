// SARIF output against a schema: a hand-written schema of the parts GitHub code scanning relies on, and the
// official SARIF 2.1.0 JSON schema (rtm.5, as shipped in @microsoft/jest-sarif).
import { Ajv } from 'ajv';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, FileResult } from '../diagnostic.js';
import { sarif } from './sarif.js';

const span = (line: number, column: number, offset: number, length: number) => ({
  start: { line, column, offset },
  end: { line, column: column + length, offset: offset + length },
});
const d = (over: Partial<Diagnostic>): Diagnostic => ({
  ruleId: 'table3/balance',
  pack: '@govlint/rules-national',
  severity: 'error',
  message: '表三不平衡',
  span: span(10, 3, 120, 2),
  ...over,
});
const results: FileResult[] = [
  {
    filePath: '/work/r/报告 1.txt',
    messages: [
      d({ key: 'requests.totalProcessed.total', related: [{ message: '第一项', span: span(4, 1, 40, 2), key: 'requests.newReceived.total' }] }),
      d({ ruleId: 'text/comma', severity: 'warning', message: '半角逗号', fix: { range: [5, 6], text: '，' } }),
      d({ ruleId: 'meta/x', severity: 'info', message: 'info' }),
    ],
    errorCount: 1,
    warningCount: 1,
    infoCount: 1,
    fatalCount: 0,
    fixableCount: 1,
  },
  { filePath: '/elsewhere/y.pdf', messages: [d({ ruleId: 'parse', fatal: true, message: '无文字层' })], errorCount: 1, warningCount: 0, infoCount: 0, fatalCount: 1, fixableCount: 0 },
];
const ctx = {
  cwd: '/work/r',
  lang: 'zh' as const,
  color: false,
  rulesMeta: { 'table3/balance': { docs: 'https://example.test/balance', level: 'error' as const, description: '表三平衡' } },
  tool: { name: 'govlint', version: '1.2.3' },
};

const region = {
  type: 'object',
  required: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength'],
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    charOffset: { type: 'integer', minimum: 0 },
    charLength: { type: 'integer', minimum: 0 },
  },
};
const artifactLocation = { type: 'object', required: ['uri'], properties: { uri: { type: 'string', pattern: '^[^ <>"]+$' }, uriBaseId: { type: 'string' } } };
const message = { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } };
const essentialSchema = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string' },
    runs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  name: { type: 'string' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id'],
                      properties: {
                        id: { type: 'string' },
                        helpUri: { type: 'string', pattern: '^https?://' },
                        defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations'],
              properties: {
                level: { enum: ['none', 'note', 'warning', 'error'] },
                kind: { enum: ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'] },
                message,
                ruleIndex: { type: 'integer', minimum: 0 },
                locations: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: { physicalLocation: { type: 'object', required: ['artifactLocation', 'region'], properties: { artifactLocation, region } } },
                  },
                },
                relatedLocations: {
                  type: 'array',
                  items: { type: 'object', required: ['id', 'message', 'physicalLocation'], properties: { id: { type: 'integer', minimum: 0 }, message } },
                },
                fixes: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['artifactChanges'],
                    properties: {
                      artifactChanges: {
                        type: 'array',
                        minItems: 1,
                        items: {
                          type: 'object',
                          required: ['artifactLocation', 'replacements'],
                          properties: {
                            replacements: {
                              type: 'array',
                              minItems: 1,
                              items: { type: 'object', required: ['deletedRegion'], properties: { deletedRegion: { type: 'object', required: ['charOffset', 'charLength'] } } },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

describe('sarif schema', () => {
  const log = JSON.parse(sarif(results, ctx));

  it('matches the essential SARIF 2.1.0 structure', () => {
    const validate = new Ajv({ allErrors: true }).compile(essentialSchema);
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    // ruleIndex points at the rule of the same id.
    for (const r of log.runs[0].results) expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('%E6%8A%A5%E5%91%8A%201.txt');
    expect(log.runs[0].results.at(-1).locations[0].physicalLocation.artifactLocation.uri).toBe('file:///elsewhere/y.pdf');
  });

  // The official SARIF 2.1.0 schema as shipped in @microsoft/jest-sarif (a root devDependency), or a copy named by
  // GOVLINT_SARIF_SCHEMA.
  const official = process.env.GOVLINT_SARIF_SCHEMA ?? createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  it('matches the official SARIF 2.1.0 JSON schema', () => {
    expect(existsSync(official)).toBe(true);
    // The official file is draft-04 ("id"); ajv 8 reads it once "id" becomes "$id" and formats are not checked.
    const schema = JSON.parse(readFileSync(official as string, 'utf8'));
    delete schema.$schema;
    if (schema.id) {
      schema.$id = schema.id;
      delete schema.id;
    }
    const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    // The schema really constrains: a log whose result lacks its message is rejected.
    const broken = structuredClone(log);
    delete broken.runs[0].results[0].message;
    expect(validate(broken)).toBe(false);
  });

  it('carries help text, not a link to a file of the machine that made the log', () => {
    const local = JSON.parse(
      sarif(results, {
        ...ctx,
        rulesMeta: {
          'table3/balance': { docs: 'file:///home/someone/node_modules/@govlint/rules-national/docs/rules/table3/balance.md', level: 'error', description: '表三平衡', help: '第一项加第二项之和等于第三项加第四项之和。' },
        },
      }),
    );
    const rule = local.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'table3/balance');
    expect(rule.helpUri).toBeUndefined();
    expect(rule.help).toEqual({ text: '表三平衡\n\n第一项加第二项之和等于第三项加第四项之和。', markdown: '**表三平衡**\n\n第一项加第二项之和等于第三项加第四项之和。' });
    // An http(s) page is still linked.
    expect(log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'table3/balance').helpUri).toBe('https://example.test/balance');
  });
});
