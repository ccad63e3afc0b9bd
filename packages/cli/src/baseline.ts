// --baseline FILE and --write-baseline[=FILE] for the lint command: reading and writing the file, and each
// result through it before it is counted or shown (so exit codes count only what is shown). Matching is core's.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  baselineEntries,
  baselinePath,
  createBaseline,
  parseBaseline,
  suppressFindings,
  type Baseline,
  type BaselineEntry,
  type FileResult,
  type Lang,
} from '@govlint/core/runtime';
import type { CliArgs } from './args.js';
import type { CliIo } from './context.js';
import { t, UsageError } from './i18n.js';
import { errorMessage, writeFileAtomic } from './io.js';
import { withCounts } from './results.js';

export const DEFAULT_BASELINE = 'govlint-baseline.json';

export class BaselineRun {
  private readonly dir: string;
  private readonly linted = new Map<string, BaselineEntry[]>();
  private suppressed = 0;
  private fixed = 0;

  private constructor(
    private readonly file: string,
    private readonly shown: string,
    private readonly previous: Baseline | undefined,
    private readonly writing: boolean,
    private readonly lang: Lang,
  ) {
    this.dir = path.dirname(file);
  }

  /** The run's baseline, or undefined when neither flag is given. An unreadable --baseline is a usage error. */
  static async open(args: Pick<CliArgs, 'baseline' | 'writeBaseline' | 'lang'>, cwd: string): Promise<BaselineRun | undefined> {
    const writing = args.writeBaseline !== undefined;
    const named = args.writeBaseline || args.baseline || (writing ? DEFAULT_BASELINE : undefined);
    if (named === undefined) return undefined;
    const file = path.resolve(cwd, named);
    let previous: Baseline | undefined;
    try {
      previous = parseBaseline(await readFile(file, 'utf8'));
    } catch (err) {
      // A baseline about to be written need not exist yet, nor be readable: it is replaced.
      if (!writing) throw new UsageError(t(args.lang, 'baselineUnreadable', named, errorMessage(err)));
    }
    return new BaselineRun(file, named, previous, writing, args.lang);
  }

  /**
   * The result without the findings the baseline accepts. When writing, every finding is accepted: the new
   * baseline lists them all, and the run shows what a rerun with it would (ESLint's --suppress-all).
   */
  filter(result: FileResult): FileResult {
    const name = baselinePath(result.filePath, this.dir);
    let entries = this.previous?.files[name];
    if (this.writing) {
      entries = baselineEntries(result.messages);
      this.linted.set(name, entries);
    }
    const out = suppressFindings(result.messages, entries);
    this.suppressed += out.suppressed;
    this.fixed += out.fixed;
    return out.suppressed > 0 ? withCounts(result, out.messages) : result;
  }

  /** Writes the new baseline (when asked) and says on stderr what the baseline did. Returns false on failure. */
  async finish(io: CliIo): Promise<boolean> {
    if (!this.writing) {
      const prune = this.fixed > 0 ? t(this.lang, 'baselinePrune') : '';
      io.stderr(t(this.lang, 'baselineApplied', this.shown, this.suppressed, this.fixed) + prune);
      return true;
    }
    const baseline = createBaseline(this.linted, this.previous);
    try {
      await writeFileAtomic(this.file, `${JSON.stringify(baseline, null, 2)}\n`);
    } catch (err) {
      io.stderr(t(this.lang, 'baselineWriteFailed', this.shown, errorMessage(err)));
      return false;
    }
    const files = [...this.linted.values()].filter((e) => e.length > 0).length;
    io.stderr(t(this.lang, 'baselineWritten', files, this.suppressed, this.shown));
    return true;
  }
}
