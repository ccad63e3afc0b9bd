// The safety checks of --fix that a spawned CLI cannot provoke on cue.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileResult } from '@govlint/core';
import { fixFile } from './fix.js';

const dir = mkdtempSync(path.join(tmpdir(), 'govlint-fix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pack = fileURLToPath(new URL('../../../test/fixtures/cli-pack', import.meta.url));
const opts = { cwd: dir, noConfig: true, packs: [pack] };

const TEXT = '一、总体情况\n联系电话:0533-1234567。\n';
function result(filePath: string, source: string): FileResult {
  const at = source.indexOf(':');
  const point = (offset: number) => ({ line: 2, column: offset - source.indexOf('\n'), offset });
  return {
    filePath,
    messages: [
      { ruleId: 'cli/contact-colon', pack: 'test', severity: 'warning', message: 'x', span: { start: point(at - 2), end: point(at + 1) }, fix: { range: [at - 2, at + 1], text: '电话：' } },
    ],
    errorCount: 0,
    warningCount: 1,
    infoCount: 0,
    fatalCount: 0,
    fixableCount: 1,
    source,
  };
}

describe('fixFile', () => {
  it('writes the fixed text when the file still holds what was linted', async () => {
    const file = path.join(dir, 'ok.txt');
    writeFileSync(file, TEXT);
    const out = await fixFile(result(file, TEXT), opts, 'write', 'zh');
    expect(out.applied).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(TEXT.replace('电话:', '电话：'));
  });

  it('refuses a file that changed after it was read', async () => {
    const file = path.join(dir, 'changed.txt');
    writeFileSync(file, `${TEXT}有人改过。\n`);
    const out = await fixFile(result(file, TEXT), opts, 'write', 'zh');
    expect(out.applied).toBe(0);
    expect(out.note).toBe('changed.txt：文件在检查后被修改，未写入修复');
    expect(readFileSync(file, 'utf8')).toBe(`${TEXT}有人改过。\n`);
  });

  it('never rewrites formats other than Markdown and plain text', async () => {
    const file = path.join(dir, 'r.html');
    writeFileSync(file, TEXT);
    const out = await fixFile(result(file, TEXT), opts, 'write', 'en');
    expect(out.note).toBe('r.html: --fix only rewrites .md and .txt files, skipped');
    expect(readFileSync(file, 'utf8')).toBe(TEXT);
  });
});
