// `-o FILE` must never be one of the files being read: the output would replace a report. Compared by device
// and inode, so the same file under another name (a symlink, a hard link, `./a/../a.txt`) is caught too.
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { CliArgs } from '../args.js';
import type { CliIo } from '../context.js';
import { t, UsageError } from '../i18n.js';

function statOrNothing(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** The input that writing `output` would overwrite, if any. */
export function inputAt(output: string, inputs: readonly string[]): string | undefined {
  const out = statOrNothing(output);
  // A device, FIFO or folder is not a report we would replace (and /dev/stdout may be the same as an input pipe).
  if (!out?.isFile()) return undefined;
  return inputs.find((file) => {
    const info = statOrNothing(file);
    return info !== undefined && info.ino === out.ino && info.dev === out.dev;
  });
}

/** `-o`'s absolute path; a UsageError (exit 2) when it is one of `inputs`. */
export function outputPath(args: Pick<CliArgs, 'outputFile' | 'lang'>, io: Pick<CliIo, 'cwd'>, inputs: readonly string[]): string {
  const output = path.resolve(io.cwd, args.outputFile ?? '');
  const input = inputAt(output, inputs);
  if (input !== undefined) throw new UsageError(t(args.lang, 'outputIsInput', args.outputFile ?? '', path.relative(io.cwd, input) || input));
  return output;
}
