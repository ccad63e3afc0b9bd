// `govlint extract FILE`: the report model as JSON (what rules see), for debugging packs and for other tools.
import path from 'node:path';
import { extract, fileSizeLimit, NotReadable, notReadableText, readRegularFile } from '@govlint/core/runtime';
import type { CliArgs } from '../args.js';
import { t, UsageError } from '../i18n.js';
import type { CliIo } from '../context.js';
import { errorMessage, writeFileAtomic } from '../io.js';
import { outputPath } from '../write/output-target.js';

export async function runExtract(args: CliArgs, io: CliIo): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError(t(args.lang, 'extractNeedsFile'));
  const file = path.resolve(io.cwd, args.positionals[0]);
  // Checked before the work: `-o` must not be the report itself.
  const output = args.outputFile !== undefined ? outputPath(args, io, [file]) : undefined;
  let bytes: Uint8Array;
  try {
    // A regular file under the size limit only: a FIFO or /dev/zero would never end.
    bytes = readRegularFile(file, fileSizeLimit(file, {}) || Number.MAX_SAFE_INTEGER);
  } catch (err) {
    const reason = err instanceof NotReadable && err.reason !== 'io' ? notReadableText(err, fileSizeLimit(file, {}))[args.lang] : err instanceof NotReadable ? err.detail : errorMessage(err);
    throw new UsageError(t(args.lang, 'readFailed', args.positionals[0], reason));
  }
  const { model } = await extract(bytes, file);
  const json = `${JSON.stringify(model, null, 2)}\n`;
  if (output !== undefined) await writeFileAtomic(output, json);
  else await io.out(json);
  return 0;
}
