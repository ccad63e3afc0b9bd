// `govlint docs [PACK_DIR…]`: regenerate each pack's docs/rules/*.md from its rule files.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generateRuleDocs } from '@govlint/core';
import type { CliArgs } from '../args.js';
import type { CliIo } from '../context.js';
import { t, UsageError } from '../i18n.js';

function defaultPackDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('@govlint/rules-national/package.json'));
}

export async function runDocs(args: CliArgs, io: CliIo): Promise<number> {
  const packs = args.positionals.length ? args.positionals.map((p) => path.resolve(io.cwd, p)) : [defaultPackDir()];
  if (args.outputFile !== undefined && packs.length > 1) throw new UsageError(t(args.lang, 'docsOneOut'));
  for (const dir of packs) {
    if (!existsSync(path.join(dir, 'pack.yaml'))) throw new UsageError(t(args.lang, 'docsNoPack', dir));
    const out = args.outputFile !== undefined ? path.resolve(io.cwd, args.outputFile) : path.join(dir, 'docs', 'rules');
    const written = await generateRuleDocs(dir, out);
    io.stderr(t(args.lang, 'docsWritten', path.relative(io.cwd, dir) || '.', written.length, path.relative(io.cwd, out) || '.'));
  }
  return 0;
}
