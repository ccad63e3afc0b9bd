// The language server sees a config edited while it runs: with the editor's file events
// (workspace/didChangeWatchedFiles, registered when the client offers it) and, for editors that cannot, with its
// own watcher on the workspace. Edit .govlintrc.yaml from warning to off: the open report's diagnostics are
// published again without the rule, and no restart.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, type Message } from './lsp-client.js';
import { SEEDS, bin, cleanEnv, scratch, seed, testPack, write } from './helpers.js';

const rc = (level: string) => `root: true\nextends: [${JSON.stringify(testPack)}]\nrules:\n  cli/contact-colon: ${level}\n`;
const codes = (m: Message) => (m.params.diagnostics as { code: string }[]).map((d) => d.code);

let stop: (() => void) | undefined;
afterEach(() => stop?.());

async function start(watches: boolean): Promise<{ client: Client; dir: string; uri: string }> {
  const { dir, cleanup } = scratch('govlint-lsp-reload-');
  write(dir, '.govlintrc.yaml', rc('warning'));
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: dir, env: cleanEnv() });
  stop = () => {
    child.kill();
    cleanup();
  };
  const client = new Client(child);
  const capabilities = watches ? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } : {};
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities });
  client.notify('initialized', {});
  const uri = pathToFileURL(path.join(dir, '年报.txt')).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: seed(SEEDS[4]) } });
  return { client, dir, uri };
}

describe('language server and a config edited while it runs', () => {
  it('re-lints when the editor reports the change (didChangeWatchedFiles)', async () => {
    const { client, dir, uri } = await start(true);
    const first = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    expect(codes(first)).toContain('cli/contact-colon');
    write(dir, '.govlintrc.yaml', rc('off'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.govlintrc.yaml')).href, type: 2 }] });
    const again = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 15_000);
    expect(codes(again)).not.toContain('cli/contact-colon');
  });

  it('re-lints on its own watcher when the editor cannot watch files', async () => {
    const { client, dir, uri } = await start(false);
    const first = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    expect(codes(first)).toContain('cli/contact-colon');
    write(dir, '.govlintrc.yaml', rc('off'));
    const again = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 15_000);
    expect(codes(again)).not.toContain('cli/contact-colon');
  });
});
