// Command-line targets → report files: a file as named, a folder searched recursively for report
// extensions, anything else a glob. Ignore files are applied by the caller (`isIgnored`), which knows configs.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

/** Extensions a folder is searched for. */
export const REPORT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.html', '.htm', '.docx', '.pdf'];

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface ExpandedTargets {
  /** Absolute paths, deduplicated, in the order of the targets (sorted within a folder or glob). */
  files: string[];
  /** Files named explicitly (these are linted even with an unknown extension). */
  explicit: Set<string>;
  /** Targets that matched nothing. */
  unmatched: string[];
}

function hasReportExtension(file: string): boolean {
  return REPORT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

async function kind(p: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(p);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

export async function expandTargets(targets: readonly string[], cwd: string): Promise<ExpandedTargets> {
  const seen = new Set<string>();
  const result: ExpandedTargets = { files: [], explicit: new Set(), unmatched: [] };
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      result.files.push(file);
    }
  };
  const extGlob = `**/*.{${REPORT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
  for (const target of targets) {
    const abs = path.resolve(cwd, target);
    const k = await kind(abs);
    let found: string[];
    if (k === 'file') {
      result.explicit.add(abs);
      found = [abs];
    } else if (k === 'dir') {
      found = await glob(extGlob, { cwd: abs, absolute: true, ignore: ALWAYS_SKIPPED, caseSensitiveMatch: false, expandDirectories: false });
    } else {
      // A glob: keep only report files unless the pattern names its own extension ("*.doc").
      const ownExtension = /\.[A-Za-z0-9]+$/.test(target);
      found = (await glob(toPosix(target), { cwd, absolute: true, ignore: ALWAYS_SKIPPED, expandDirectories: false })).filter(
        (f) => ownExtension || hasReportExtension(f),
      );
    }
    if (found.length === 0) result.unmatched.push(target);
    for (const f of found.map((f) => path.resolve(f)).sort()) add(f);
  }
  return result;
}
