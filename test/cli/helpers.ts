// Spawns the BUILT CLI (`pnpm run build` first) the way a user would, in a scratch folder per test file.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const bin = path.join(repo, 'packages/cli/dist/bin.js');
export const examples = path.join(repo, 'examples');
export const testPack = path.join(repo, 'test/fixtures/cli-pack');
export const SEEDS = ['000_0ed3c1e88ba08b90.txt', '001_ebc51afa85553e39.txt', '002_12d7c137f1960f71.txt', '003_6e3f4ad97358b0ef.txt', '004_2620abe2f7b9fa96.txt'];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment without colour hints from the outer terminal, so output is the same everywhere. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The locale too: an English LANG on the machine would switch the messages the tests expect in Chinese.
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'GOVLINT_LANG', 'GOVLINT_DEBUG', 'CI', 'GITHUB_ACTIONS', 'LANG', 'LC_ALL', 'LC_MESSAGES']) delete env[k];
  return { ...env, ...extra };
}

/**
 * Runs a command line through the built CLI in a shared host process (test/cli/host.mjs): same code as the
 * binary, without paying for a fresh Node and a fresh pack load each time. Tests of what only a real process
 * shows (exit status, pipes, the language server) use `govlintProcess`.
 */
export function govlint(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const id = nextId++;
  const h = host();
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    h.send({ id, args, cwd: opts.cwd ?? repo, input: opts.input, env: cleanEnv(opts.env) });
  });
}

let hostProcess: ChildProcess | undefined;
let nextId = 1;
const waiting = new Map<number, (r: Run) => void>();

function host(): ChildProcess {
  if (hostProcess) return hostProcess;
  // No stdio shared with the worker: a host outliving it must not keep vitest's pipes open.
  const child = fork(path.join(repo, 'test/cli/host.mjs'), [], { cwd: repo, env: cleanEnv(), execArgv: [], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  child.on('message', (m: { id?: number; code: number | null; stdout: string; stderr: string }) => {
    if (m.id === undefined) return;
    waiting.get(m.id)?.({ code: m.code, stdout: m.stdout, stderr: m.stderr });
    waiting.delete(m.id);
  });
  // Let the test worker exit without waiting for the host; kill it with the worker.
  child.unref();
  child.channel?.unref();
  process.once('exit', () => child.kill());
  return (hostProcess = child);
}

/** Runs the real `node packages/cli/dist/bin.js` in a new process. */
export function govlintProcess(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: opts.cwd ?? repo, env: cleanEnv(opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

export function scratch(prefix = 'govlint-cli-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function seed(name: string): string {
  return readFileSync(path.join(examples, name), 'utf8');
}

export function copySeeds(dir: string): void {
  cpSync(examples, dir, { recursive: true });
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Where the test pack's pages live: docsBase + rule path (the layout of rule paths is core's business). */
export const DOCS = /^https:\/\/example\.test\/cli-pack\/rules\/(?:cli\/)?/;

/** The test pack only: diagnostics that do not depend on the national pack's state. */
export const PACK_ONLY = ['--no-config', '--pack', testPack];

/** The versioned JSON output against the schema core ships (ajv resolved from core, which depends on it). */
export function expectValidResults(output: unknown): void {
  const { Ajv } = createRequire(path.join(repo, 'packages/core/package.json'))('ajv') as typeof import('ajv');
  const schema = JSON.parse(readFileSync(path.join(repo, 'packages/core/schemas/results.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  if (!validate(output)) throw new Error(`results do not match results.schema.json: ${JSON.stringify(validate.errors)}`);
}
