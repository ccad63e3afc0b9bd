// What proves the product ships: the four packages packed as npm tarballs (scripts/pack-all.mjs), installed with
// plain npm into an empty folder outside the repository (third-party dependencies from the registry), then used there
// as a user would: the installed `govlint` gives the monorepo build's findings on the sample reports, its links point
// at rule docs inside the installed packs, a pack made by `govlint init-pack` passes its own `npm test`, and
// `govlint lsp` answers `initialize` and links its diagnostics to those docs; and docs/write-a-pack.md walked
// step by step against the installed packages, not the monorepo links.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packAll } from '../../scripts/pack-all.mjs';
import { Client } from '../cli/lsp-client.js';
import { walkTutorial } from '../packs/tutorial-steps.js';
import { bin, cleanEnv, examples, SEEDS, type Run } from '../cli/helpers.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const root = mkdtempSync(path.join(tmpdir(), 'govlint-install-'));
const installed = path.join(root, 'node_modules/.bin/govlint');
const env = cleanEnv({ npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  span: { start: { line: number; column: number } };
  url?: string;
}
interface Output {
  results: { filePath: string; messages: Finding[] }[];
}

async function lintJson(binary: string, cwd: string): Promise<Output> {
  const files = SEEDS.map((s) => path.join(examples, s));
  // Exit 1 (errors found) is the expected outcome on the samples: read stdout either way.
  const r = await run(process.execPath, [binary, ...files, '-f', 'json'], { cwd, env, maxBuffer: 64 * 1024 * 1024 }).catch((e: { stdout: string; code: number }) => {
    if (e.code !== 1) throw e;
    return e;
  });
  return JSON.parse(r.stdout) as Output;
}

const comparable = (o: Output) => o.results.map((r) => ({ file: path.basename(r.filePath), messages: r.messages.map((m) => `${m.severity} ${m.span.start.line}:${m.span.start.column} ${m.ruleId} ${m.message}`) }));

beforeAll(async () => {
  const tarballs = packAll(path.join(root, 'packs'));
  expect(tarballs.map((t) => path.basename(t))).toEqual(['govlint-cli-0.1.0.tgz', 'govlint-core-0.1.0.tgz', 'govlint-rules-national-0.1.0.tgz', 'govlint-rules-provincial-0.1.0.tgz']);
  writeFileSync(path.join(root, 'package.json'), '{ "name": "reports", "private": true }\n');
  await run(npm, ['install', '--no-save', ...tarballs], { cwd: root, env });
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('installed from the tarballs', () => {
  it('gives the monorepo build\'s findings on the sample reports', async () => {
    const [mine, theirs] = await Promise.all([lintJson(installed, root), lintJson(bin, root)]);
    expect(comparable(mine)).toEqual(comparable(theirs));
    expect(mine.results.flatMap((r) => r.messages).length).toBeGreaterThan(20);
  });

  it('links every finding to a rule doc inside the installed packs', async () => {
    const out = await lintJson(installed, root);
    const urls = new Set(out.results.flatMap((r) => r.messages.map((m) => m.url)).filter((u): u is string => u !== undefined));
    expect(urls.size).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(pathToFileURL(path.join(root, 'node_modules/@govlint/')).href), url).toBe(true);
      expect(existsSync(fileURLToPath(url)), url).toBe(true);
    }
  });

  it('makes a pack with init-pack whose own npm test passes against the installed packages', async () => {
    await run(installed, ['init-pack', 'zibo-rules'], { cwd: root, env });
    const r = await run(npm, ['test'], { cwd: path.join(root, 'zibo-rules'), env });
    expect(r.stdout).toMatch(/# pass 1/);
    expect(r.stdout).toMatch(/# fail 0/);
    const check = await run(installed, ['check-pack', 'zibo-rules'], { cwd: root, env });
    expect(check.stdout).toMatch(/✔/);
  });

  it('runs the language server, which answers initialize', async () => {
    const child = spawn(installed, ['lsp', '--stdio'], { cwd: root, env });
    try {
      const client = new Client(child);
      const init = await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
      expect(init.result.capabilities.textDocumentSync).toBeDefined();
      client.notify('initialized', {});
      const uri = pathToFileURL(path.join(root, '年报.txt')).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(path.join(examples, SEEDS[2]), 'utf8') } });
      const published = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
      const hrefs: string[] = published.params.diagnostics.map((d: { codeDescription?: { href: string } }) => d.codeDescription?.href);
      expect(hrefs.length).toBeGreaterThan(0);
      // Editors open these links: file: URLs of the docs inside the installed packs.
      for (const href of hrefs) expect(href?.startsWith(pathToFileURL(path.join(root, 'node_modules/@govlint/')).href), href).toBe(true);
    } finally {
      child.kill();
    }
  });
});

/** The installed `govlint` as a reader types it: exit code and both outputs, whatever the exit code. */
function runInstalled(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(installed, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const tutorial = path.join(root, 'tutorial');
mkdirSync(tutorial);
// The reader's folder sits inside the one the tarballs were installed in: the new pack's `npm test` finds
// @govlint/core and the national pack there, as it would after `npm install -D` in its own folder.
walkTutorial({ name: 'installed tarballs', work: () => tutorial, run: (args, cwd) => runInstalled(args, cwd ?? tutorial) });
