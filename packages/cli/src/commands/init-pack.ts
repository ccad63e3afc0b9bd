// `govlint init-pack DIR [--namespace NS] [--force]`: a new pack that passes `govlint check-pack` as written.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { CliArgs } from '../args.js';
import type { CliIo } from '../context.js';
import { t, UsageError } from '../i18n.js';
import { cliVersion, writeFileAtomic } from '../io.js';
import { NAMESPACE_PATTERN, namespaceFrom, scaffoldPack } from '../pack-scaffold.js';

export async function runInitPack(args: CliArgs, io: CliIo): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(t(args.lang, 'initPackNeedsDir'));
  const dir = path.resolve(io.cwd, args.positionals[0]);
  const folder = path.basename(dir);
  const namespace = args.namespace ?? namespaceFrom(folder);
  if (namespace === undefined) throw new UsageError(t(args.lang, 'initPackNoNamespace', folder));
  if (!NAMESPACE_PATTERN.test(namespace)) throw new UsageError(t(args.lang, 'initPackBadNamespace', namespace));
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(t(args.lang, 'initPackNotDir', args.positionals[0]));
  // Never mix a scaffold into someone's files by accident: an existing non-empty folder needs --force.
  if (existsSync(dir) && readdirSync(dir).length > 0 && !args.force) throw new UsageError(t(args.lang, 'initPackNotEmpty', args.positionals[0]));

  const files = scaffoldPack({ name: folder, namespace, version: cliVersion() });
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, content);
  }
  const shown = path.relative(io.cwd, dir) || '.';
  io.stderr(t(args.lang, 'initPackWritten', shown, Object.keys(files).length, `${namespace}/contact`));
  io.stderr(t(args.lang, 'initPackNext', shown));
  return 0;
}
