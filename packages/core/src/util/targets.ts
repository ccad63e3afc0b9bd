// Command-line targets → report files: a file as named, a folder searched recursively for report
// extensions, anything else a glob. Ignore files are applied by the caller (`isIgnored`), which knows configs.
import { realpathSync } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GlobOptions } from '../vendor/tinyglobby.js';
import { appendAll } from './many.js';

/** Extensions a folder is searched for. */
export const REPORT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.html', '.htm', '.docx', '.pdf'];

// tinyglobby only for glob patterns and folder walks, not at every start.
async function glob(patterns: string, options: GlobOptions): Promise<string[]> {
  return (await import('../vendor/tinyglobby.js')).glob(patterns, options);
}

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

/** 'other': there is something (a dangling link, a link loop, a FIFO) but it is neither a file nor a folder. */
async function kind(p: string): Promise<'file' | 'dir' | 'other' | null> {
  try {
    const s = await stat(p);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    return (await lstat(p).then(() => true, () => false)) ? 'other' : null;
  }
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/**
 * Entries with a report extension that the glob (which follows no link) leaves out: links to files, which are
 * linted, and what is neither a file nor a folder once links are followed (dangling links, link loops, FIFOs),
 * which gets its own "cannot read" diagnostic instead of silence. Links to folders are not followed.
 */
async function unreadableEntries(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') await walk(p);
      } else if (!e.isFile() && hasReportExtension(e.name) && (await kind(p)) !== 'dir') out.push(p);
    }
  };
  await walk(dir);
  return out;
}

function realPathOr(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

export async function expandTargets(targets: readonly string[], cwd: string): Promise<ExpandedTargets> {
  const seen = new Set<string>();
  const result: ExpandedTargets = { files: [], explicit: new Set(), unmatched: [] };
  // By real path: a folder linked into itself (or reached twice) must not lint its files twice.
  const addAll = async (files: string[]) => {
    // Synchronous and native (libc's realpath, as fs/promises' realpath): a folder of a thousand reports cost a
    // thousand thread-pool round trips, more than the lookups themselves.
    const reals = files.map((f) => realPathOr(f));
    // Of the names of one file, the shortest (the way around a link loop is the longer one); then sorted.
    const name = new Map<string, string>();
    files.forEach((f, i) => {
      const held = name.get(reals[i]);
      if (held === undefined || f.length < held.length) name.set(reals[i], f);
    });
    files.forEach((f, i) => {
      if (name.get(reals[i]) !== f || seen.has(reals[i])) return;
      seen.add(reals[i]);
      result.files.push(f);
    });
  };
  const extGlob = `**/*.{${REPORT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
  for (const target of targets) {
    const abs = path.resolve(cwd, target);
    const k = await kind(abs);
    let found: string[];
    // Named on purpose but unreadable ('other'): linted, so that the user hears why it cannot be read.
    if (k === 'file' || k === 'other') {
      result.explicit.add(abs);
      found = [abs];
    } else if (k === 'dir') {
      // Links are not followed: a link to / (or to a folder of another tree) would walk the whole disk, and a link
      // to a place inside the tree reaches files the walk finds by their own path anyway.
      found = await glob(extGlob, { cwd: abs, absolute: true, ignore: ALWAYS_SKIPPED, caseSensitiveMatch: false, expandDirectories: false, followSymbolicLinks: false });
      appendAll(found, await unreadableEntries(abs));
    } else {
      // A glob: keep only report files unless the pattern names its own extension ("*.doc").
      const ownExtension = /\.[A-Za-z0-9]+$/.test(target);
      found = (await glob(toPosix(target), { cwd, absolute: true, ignore: ALWAYS_SKIPPED, expandDirectories: false })).filter(
        (f) => ownExtension || hasReportExtension(f),
      );
    }
    if (found.length === 0) result.unmatched.push(target);
    await addAll(found.map((f) => path.resolve(f)).sort());
  }
  return result;
}
