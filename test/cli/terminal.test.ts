// What only a terminal shows: the questions of `govlint init` and the progress bar. `script` (util-linux)
// gives the CLI a pseudo-terminal.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_ONLY, SEEDS, bin, cleanEnv, scratch, seed, write } from './helpers.js';

const SCRIPT = '/usr/bin/script';

/** Runs the CLI on a pseudo-terminal, typing `input`; resolves with everything the terminal showed. */
function inTerminal(args: string[], cwd: string, input: string): Promise<string> {
  const command = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(SCRIPT, ['-qec', command, '/dev/null'], { cwd, env: cleanEnv({ TERM: 'xterm', COLUMNS: '100' }) });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', () => resolve(out));
    child.stdin.end(input);
  });
}

describe.concurrent.skipIf(!existsSync(SCRIPT))('in a terminal', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = scratch('govlint-tty-'));
    for (const name of SEEDS) write(dir, name, seed(name));
  });
  afterAll(() => cleanup());

  it('init asks for the kind of body and the province', async () => {
    const d = path.join(dir, 'init');
    mkdirSync(d);
    const shown = await inTerminal(['init'], d, '3\n上海\n');
    expect(shown).toContain('报告机关类型？');
    expect(shown).toContain('所在省份');
    const config = readFileSync(path.join(d, '.govlintrc.yaml'), 'utf8');
    expect(config).toContain('bodyType: subdistrict');
    expect(config).toContain('region: "上海"');
  });

  it('draws a progress bar for a batch, and colours', async () => {
    const shown = await inTerminal([...PACK_ONLY, ...SEEDS], dir, '');
    expect(shown).toMatch(/\[█+░*\] \d\/5 /);
    expect(shown).toContain('\u001b[33m'); // warnings in yellow on a terminal
    expect(shown).toContain('✖ 8 个问题');
  });
});
