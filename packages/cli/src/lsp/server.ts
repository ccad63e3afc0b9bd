// `govlint lsp`: a language server over stdio. Lints Markdown, text and HTML reports on open and (debounced) on
// change, publishes diagnostics, and offers each safe fix as a quick fix plus a "fix all" source action. A config,
// ignore file, pack or vocabulary that changes while it runs is read anew and the open reports linted again: the
// editor tells (workspace/didChangeWatchedFiles) or, when it cannot, a file watcher on the workspace does.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFixes, clearCaches, lintText, type Diagnostic as GovDiagnostic, type Lang, type LintOptions } from '@govlint/core/runtime';
import lspNode from 'vscode-languageserver/node';
import type { CodeAction, CodeActionParams, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllAction, quickFixes, toLspDiagnostic } from './convert.js';

const { createConnection, DidChangeWatchedFilesNotification, ErrorCodes, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind, StreamMessageReader, StreamMessageWriter } = lspNode;

/** The files whose change changes the findings: configs, ignore files, packs (manifest, rules, vocabularies). */
const WATCHED = ['**/.govlintrc*', '**/govlint.config.*', '**/.govlintignore', '**/pack.yaml', '**/regions.yaml', '**/rules/**/*.{yaml,yml,json}', '**/vocab/*.txt'];
const WATCHED_NAME = /(?:^|[\\/])(?:\.govlintrc[^\\/]*|govlint\.config\.[^\\/]+|\.govlintignore|pack\.yaml|regions\.yaml|rules[\\/].+\.(?:ya?ml|json)|vocab[\\/][^\\/]+\.txt)$/;
const RELOAD_MS = 100;

const LANGUAGES = new Set(['markdown', 'plaintext', 'html', 'text']);
const EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);
const DEBOUNCE_MS = 250;

export interface ServerOptions {
  lang: Lang;
  /** Lint options from the command line (config, packs, rules…); cwd is replaced by the workspace folder. */
  base: Omit<LintOptions, 'cwd'>;
}

/** What an editor may pass as `initializationOptions`. */
interface InitOptions {
  lang?: Lang;
  configFile?: string;
  packs?: string[];
}

const UNTITLED_EXTENSION: Record<string, string> = { markdown: '.md', html: '.html' };

/** Unsaved documents get a name in the workspace whose extension tells core the format. */
function filePathOf(uri: string, languageId: string, root: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : path.join(root, `untitled${UNTITLED_EXTENSION[languageId] ?? '.txt'}`);
}

export function startServer(options: ServerOptions, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const reader = new StreamMessageReader(input);
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(output));
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  const lastMessages = new Map<string, { version: number; messages: GovDiagnostic[] }>();
  let root = process.cwd();
  let lang = options.lang;
  let init: InitOptions = {};
  let editorWatches = false;
  /** The protocol: before `initialize`, requests get ServerNotInitialized and notifications are dropped. */
  let initialized = false;
  let watcher: FSWatcher | undefined;
  let reloadTimer: NodeJS.Timeout | undefined;

  /** Forget every config and pack read so far and lint the open reports again. */
  function reload(): void {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      clearCaches();
      for (const doc of documents.all()) schedule(doc, 0);
    }, RELOAD_MS);
  }

  const lintable = (doc: TextDocument) =>
    LANGUAGES.has(doc.languageId) || EXTENSIONS.has(path.extname(filePathOf(doc.uri, doc.languageId, root)).toLowerCase());

  const lintOpts = (): LintOptions => ({
    ...options.base,
    cwd: root,
    lang,
    ...(init.configFile ? { configFile: path.resolve(root, init.configFile) } : {}),
    ...(init.packs ? { packs: [...(options.base.packs ?? []), ...init.packs.map((p) => (p.startsWith('.') ? path.resolve(root, p) : p))] } : {}),
  });

  async function validate(doc: TextDocument): Promise<void> {
    if (!lintable(doc)) return;
    const version = doc.version;
    let diagnostics;
    let messages: GovDiagnostic[] = [];
    try {
      const result = await lintText(doc.getText(), filePathOf(doc.uri, doc.languageId, root), lintOpts());
      messages = result.messages;
      diagnostics = messages.map((d) => toLspDiagnostic(d, doc));
    } catch (err) {
      // A broken config must be visible in the editor, not only in a log.
      const message = err instanceof Error ? (typeof (err as { format?: unknown }).format === 'function' ? (err as unknown as { format(l: Lang): string }).format(lang) : err.message) : String(err);
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1 as const, source: 'govlint', message }];
    }
    const current = documents.get(doc.uri);
    if (!current || current.version !== version) return; // superseded by a newer edit
    lastMessages.set(doc.uri, { version, messages });
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  }

  function schedule(doc: TextDocument, delay: number): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        void validate(doc);
      }, delay),
    );
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initialized = true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    init = (params.initializationOptions ?? {}) as InitOptions;
    editorWatches = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    if (init.lang === 'en' || init.lang === 'zh') lang = init.lang;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.govlint'] },
      },
      serverInfo: { name: 'govlint' },
    };
  });

  connection.onInitialized(() => {
    if (editorWatches) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) });
      return;
    }
    try {
      // Recursive watching is native on Linux from Node 20, and on macOS and Windows.
      watcher = watch(root, { recursive: true }, (_event, name) => {
        if (name && WATCHED_NAME.test(name.toString()) && !/(?:^|[\\/])node_modules[\\/]/.test(name.toString())) reload();
      });
      watcher.on('error', () => watcher?.close());
    } catch {
      // No watcher (a folder that cannot be watched): configs are read when the server starts, as before.
    }
  });
  connection.onDidChangeWatchedFiles(() => reload());
  connection.onShutdown(() => {
    watcher?.close();
    clearTimeout(reloadTimer);
  });

  // Fired on open too: lint a newly opened document at once, debounce the edits that follow.
  documents.onDidChangeContent((e) => {
    if (!initialized) return;
    const fresh = !lastMessages.has(e.document.uri) && !timers.has(e.document.uri);
    schedule(e.document, fresh ? 0 : DEBOUNCE_MS);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    lastMessages.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params: CodeActionParams) => {
    if (!initialized) return new ResponseError<void>(ErrorCodes.ServerNotInitialized, 'govlint: initialize first');
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const actions = quickFixes(doc, params.context.diagnostics, params.range);
    const last = lastMessages.get(doc.uri);
    const wantsFixAll = !params.context.only || params.context.only.some((k) => 'source.fixAll.govlint'.startsWith(k));
    if (wantsFixAll && last && last.version === doc.version && last.messages.some((m) => m.fix)) {
      const { output } = applyFixes(doc.getText(), last.messages);
      if (output !== doc.getText()) actions.push(fixAllAction(doc, output));
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
  return new Promise((resolve) => {
    const done = () => {
      watcher?.close();
      clearTimeout(reloadTimer);
      for (const t of timers.values()) clearTimeout(t);
      // Nothing of the connection may keep the process alive once the editor is gone: the reader re-arms a
      // "partial message" timer for ever after a frame cut short by the end of the input.
      reader.partialMessageTimeout = 0;
      (reader as unknown as { clearPartialMessageTimer?: () => void }).clearPartialMessageTimer?.();
      connection.dispose();
      resolve();
    };
    connection.onExit(done);
    // The editor went away without `exit` (closed the pipe, crashed): end quietly, as after `exit`.
    input.once('end', done);
    input.once('close', done);
  });
}
