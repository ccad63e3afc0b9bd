// One output format by name, its module imported on demand: a lint prints with one format and need not load the
// others (the html one alone is seven modules), which is what `formatters` of index.ts costs at start.
// formatters.test.ts checks that this table and `formatters` / `streamingFormatters` / `binaryFormatters` give the
// same functions.
import type { BinaryFormatter, Formatter, StreamingFormatter } from './types.js';

/** A text format (`format`, maybe `streaming` too) or a binary one (`binary`, xlsx): never both. */
export type LoadedFormat =
  | {
      format: Formatter;
      /** Line formats only: prints each file as it is linted (see StreamingFormatter). */
      streaming?: StreamingFormatter;
      binary?: undefined;
    }
  | { binary: BinaryFormatter; format?: undefined; streaming?: undefined };

const loaders: Record<string, () => Promise<LoadedFormat>> = {
  stylish: async () => {
    const m = await import('./stylish.js');
    return { format: m.stylish, streaming: m.stylishStreaming };
  },
  unix: async () => {
    const m = await import('./unix.js');
    return { format: m.unix, streaming: m.unixStreaming };
  },
  github: async () => {
    const m = await import('./github.js');
    return { format: m.github, streaming: m.githubStreaming };
  },
  json: async () => ({ format: (await import('./json.js')).json }),
  sarif: async () => ({ format: (await import('./sarif.js')).sarif }),
  checkstyle: async () => ({ format: (await import('./checkstyle.js')).checkstyle }),
  junit: async () => ({ format: (await import('./junit.js')).junit }),
  html: async () => ({ format: (await import('./html/index.js')).html }),
  csv: async () => ({ format: (await import('./csv.js')).csv }),
  xlsx: async () => ({ binary: (await import('./xlsx/index.js')).xlsx }),
};

/** The format `name` (`govlint -f NAME`); throws for a name that is not one. */
export async function loadFormat(name: string): Promise<LoadedFormat> {
  const load = Object.hasOwn(loaders, name) ? loaders[name] : undefined;
  if (!load) throw new Error(`unknown format: ${name}`);
  return load();
}
