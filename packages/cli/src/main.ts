// Dispatch: parse argv, run the command, map every failure to a one-line message and exit code 2.
// Commands are imported when run: `--help` and `--version` answer without loading core and the packs.
import { parseCliArgs, detectLang, type CliArgs } from './args.js';
import { processIo, type CliIo } from './context.js';
import { describeFatal } from './errors.js';
import { helpText } from './help.js';
import { cliVersion } from './io.js';

async function run(args: CliArgs, io: CliIo): Promise<number> {
  if (args.version) {
    await io.out(`${cliVersion()}\n`);
    return 0;
  }
  if (args.help) {
    await io.out(helpText(args.command, args.lang));
    return 0;
  }
  switch (args.command) {
    case 'lint':
      return (await import('./commands/lint.js')).runLint(args, io);
    case 'extract':
      return (await import('./commands/extract.js')).runExtract(args, io);
    case 'rules':
      return (await import('./commands/rules.js')).runRules(args, io);
    case 'init':
      return (await import('./commands/init.js')).runInit(args, io);
    case 'init-pack':
      return (await import('./commands/init-pack.js')).runInitPack(args, io);
    case 'check-pack':
      return (await import('./commands/check-pack.js')).runCheckPack(args, io);
    case 'docs':
      return (await import('./commands/docs.js')).runDocs(args, io);
    case 'lsp':
      return (await import('./commands/lsp.js')).runLsp(args);
  }
}

/** Runs one command line; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await run(parseCliArgs(argv, io.env), io);
  } catch (err) {
    if (io.env.GOVLINT_DEBUG === '1' && err instanceof Error && err.stack) io.stderr(err.stack);
    io.stderr(`govlint: ${describeFatal(err, detectLang(argv, io.env))}`);
    return 2;
  }
}
