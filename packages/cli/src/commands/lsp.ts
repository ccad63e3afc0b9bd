// `govlint lsp`: hands over to the language server; flags (config, packs, rules, lang) become its defaults.
import type { CliArgs } from '../args.js';
import { t } from '../i18n.js';
import { startServer } from '../lsp/server.js';
import { lintOptions } from '../options.js';

export async function runLsp(args: CliArgs): Promise<number> {
  // Said on stderr, which editors show in their server log; stdout is the protocol's.
  for (const flag of args.ignoredFlags) process.stderr.write(`govlint lsp: ${t(args.lang, 'lspFlagIgnored', flag)}\n`);
  const { cwd: _cwd, ...base } = lintOptions(args, process.cwd());
  await startServer({ lang: args.lang, base });
  return 0;
}
