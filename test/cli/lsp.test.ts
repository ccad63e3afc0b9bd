// `govlint lsp` spoken to over stdio with Content-Length framing, as an editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { Client } from './lsp-client.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS, PACK_ONLY, SEEDS, bin, cleanEnv, scratch, seed } from './helpers.js';

describe('language server', () => {
  let child: ChildProcessWithoutNullStreams;
  let client: Client;
  let dir: string;
  let cleanup: () => void;
  let stderr = '';

  beforeAll(async () => {
    ({ dir, cleanup } = scratch('govlint-lsp-'));
    child = spawn(process.execPath, [bin, 'lsp', '--stdio', ...PACK_ONLY], { cwd: dir, env: cleanEnv() });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    client = new Client(child);
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'reports' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: {} } },
    });
    expect(init.result.capabilities.codeActionProvider.codeActionKinds).toContain('quickfix');
    client.notify('initialized', {});
  });

  afterAll(() => {
    child?.kill();
    cleanup?.();
  });

  /** What the server published for version 1 (the next test echoes one back, as editors do). */
  let opened: { code: string; message: string; range: unknown; data?: unknown }[] = [];
  const uri = () => pathToFileURL(path.join(dir, '年报.txt')).href;
  const text = seed(SEEDS[4]).replace('0 |\n62 |\n|||\n四、结转下年度', '0 |\n65 |\n|||\n四、结转下年度') + '\n页面点击数：12\n';

  it('publishes diagnostics on open, with severities, rule codes and docs links', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'plaintext', version: 1, text } });
    const published = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri());
    const diagnostics = (opened = published.params.diagnostics) as { code: string; severity: number; message: string; range: { start: { line: number; character: number } }; codeDescription?: { href: string } }[];
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code);
    expect(byCode('cli/balance')[0]).toMatchObject({
      severity: 1,
      source: 'govlint',
      message: '表三总计列：第一项加第二项（61 + 3）应等于第三项加第四项（65 + 2）',
      range: { start: { line: 286, character: 0 } },
      codeDescription: { href: expect.stringMatching(new RegExp(`${DOCS.source}balance\\.md$`)) },
    });
    expect(byCode('cli/contact-colon').map((d) => d.severity)).toEqual([2, 2, 2, 2]);
    expect(byCode('cli/click-count')[0].severity).toBe(3);
    const phone = byCode('cli/contact-colon').find((d) => d.message.includes('电话'))!;
    expect(phone.range.start).toEqual({ line: 4, character: 249 });
  });

  it('offers the fix as a quick fix, and re-lints after the edit', async () => {
    const first = await client.request('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: { start: { line: 4, character: 249 }, end: { line: 4, character: 252 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    expect(first.result).toEqual([]); // the editor sends the diagnostics it wants fixed
    // Ask with the diagnostic the server published (editors echo it back, `data` included).
    const phone = opened.find((d) => d.code === 'cli/contact-colon' && d.message.includes('电话'))!;
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: phone.range,
      context: { diagnostics: [phone] },
    });
    const quickFix = actions.result.find((a: { kind: string; isPreferred?: boolean }) => a.kind === 'quickfix' && a.isPreferred);
    expect(quickFix.edit.changes[uri()]).toEqual([{ range: { start: { line: 4, character: 249 }, end: { line: 4, character: 252 } }, newText: '电话：' }]);
    const fixAll = actions.result.find((a: { kind: string }) => a.kind === 'source.fixAll.govlint');
    expect(fixAll.edit.changes[uri()][0].newText).toContain('(地址：博山区县前街46号;邮编：255200;电话：0533-4110087;电子邮箱：');

    // Apply the quick fix as the editor would (incremental change) and wait for the new diagnostics.
    client.notify('textDocument/didChange', {
      textDocument: { uri: uri(), version: 2 },
      contentChanges: [{ range: quickFix.edit.changes[uri()][0].range, text: '电话：' }],
    });
    const after = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === 2);
    const codes = (after.params.diagnostics as { code: string; message: string }[]).filter((d) => d.code === 'cli/contact-colon');
    expect(codes).toHaveLength(3);
    expect(codes.some((d) => d.message.includes('电话'))).toBe(false);
  });

  it('shuts down cleanly', async () => {
    const response = await client.request('shutdown', null);
    expect(response.error).toBeUndefined();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    client.notify('exit', null);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('language server when the editor goes away', () => {
  it.each([
    ['closes stdin with nothing sent', ''],
    ['closes stdin in the middle of a message', 'Content-Length: 100\r\n\r\n{"jsonrpc":"2.0","id":1,"meth'],
    ['announces a huge message and closes', 'Content-Length: 99999999999\r\n\r\n{'],
  ])('%s: exits 0 at once, without a stack trace', async (_name, sent) => {
    const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { env: cleanEnv() });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end(sent);
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not exit within 5 s')), 5_000);
      child.on('exit', (c) => (clearTimeout(timer), resolve(c)));
    });
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('language server before initialize', () => {
  it('answers a request with ServerNotInitialized, drops notifications, and still initializes after a bad frame', async () => {
    const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { env: cleanEnv() });
    try {
      const client = new Client(child);
      const early = await client.request('textDocument/codeAction', { textDocument: { uri: 'file:///r.txt' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      expect(early.error).toMatchObject({ code: -32002 });
      client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///r.txt', languageId: 'plaintext', version: 1, text: seed(SEEDS[2]) } });
      child.stdin.write('Content-Length: 5\r\n\r\n{bad}');
      const init = await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
      expect(init.result.capabilities.textDocumentSync).toBeDefined();
      // Nothing was linted for the document opened before initialize.
      await new Promise((r) => setTimeout(r, 500));
      expect(client.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics')).toEqual([]);
    } finally {
      child.kill();
    }
  });
});
