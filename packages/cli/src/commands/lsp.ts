// `govlint lsp`: hands over to the language server; flags (config, packs, rules, lang) become its defaults.
import type { CliArgs } from '../args.js';
import { startServer } from '../lsp/server.js';
import { lintOptions } from '../options.js';

export async function runLsp(args: CliArgs): Promise<number> {
  const { cwd: _cwd, ...base } = lintOptions(args, process.cwd());
  await startServer({ lang: args.lang, base });
  return 0;
}
