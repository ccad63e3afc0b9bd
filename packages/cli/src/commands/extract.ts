// `govlint extract FILE`: the report model as JSON (what rules see), for debugging packs and for other tools.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extract } from '@govlint/core/runtime';
import type { CliArgs } from '../args.js';
import { t, UsageError } from '../i18n.js';
import type { CliIo } from '../context.js';
import { errorMessage, writeFileAtomic } from '../io.js';

export async function runExtract(args: CliArgs, io: CliIo): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(t(args.lang, 'extractNeedsFile'));
  const file = path.resolve(io.cwd, args.positionals[0]);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new UsageError(t(args.lang, 'readFailed', args.positionals[0], errorMessage(err)));
  }
  const { model } = await extract(bytes, file);
  const json = `${JSON.stringify(model, null, 2)}\n`;
  if (args.outputFile !== undefined) await writeFileAtomic(path.resolve(io.cwd, args.outputFile), json);
  else await io.out(json);
  return 0;
}
