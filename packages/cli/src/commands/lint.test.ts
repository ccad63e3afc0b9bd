// In-process checks of the lint command that need a broken formatter.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseCliArgs } from '../args.js';
import type { CliIo } from '../context.js';
import { runLint } from './lint.js';

// The lint command loads its format by name (core's loadFormat): the checkstyle module is the one to break.
vi.mock(import('../../../core/src/report/formatters/checkstyle.js'), () => ({
  checkstyle: () => {
    throw new Error('boom');
  },
}));

const dir = mkdtempSync(path.join(tmpdir(), 'govlint-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pack = fileURLToPath(new URL('../../../../test/fixtures/cli-pack', import.meta.url));
const seed = fileURLToPath(new URL('../../../../examples/004_2620abe2f7b9fa96.txt', import.meta.url));

function io(): CliIo & { lines: string[]; stdout: string } {
  const captured = { lines: [] as string[], stdout: '' };
  return Object.assign(captured, {
    cwd: dir,
    env: {},
    out: async (text: string) => void (captured.stdout += text),
    stdoutIsTTY: false,
    stderr: (line: string) => void captured.lines.push(line),
    readStdin: async () => Buffer.alloc(0),
    stdinIsTTY: false,
  });
}

describe('runLint', () => {
  it('a formatter that throws leaves no output file, not even half of one', async () => {
    writeFileSync(path.join(dir, 'r.txt'), '一、总体情况\n');
    const capture = io();
    const code = await runLint(parseCliArgs(['--no-config', '--pack', pack, '-f', 'checkstyle', '-o', 'out.xml', seed], {}), capture);
    expect(code).toBe(2);
    expect(capture.lines).toContain('输出格式“checkstyle”出错：boom');
    expect(readdirSync(dir)).toEqual(['r.txt']);
  });
});
