// What the benchmark needs before it measures anything: the generated corpora and the textlint peer.
// Both live in gitignored folders under bench/ and are made once.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED = process.env.GOVLINT_BENCH_SHARED ?? new URL('../../../shared/bench/', import.meta.url).pathname;

/** bench/corpus/N: N reports from the shared generator (seed 1, 10 % with one injected error). */
export function corpus(root, n) {
  const dir = join(root, 'corpus', String(n));
  const count = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).length : 0;
  if (count !== n) {
    console.log(`generating ${n} reports in ${dir} …`);
    execFileSync(process.execPath, [join(SHARED, 'gen-corpus.mjs'), '--n', String(n), '--out', dir, '--seed', '1', '--errors', '0.1'], { stdio: 'ignore' });
  }
  return dir;
}

/** bench/.peers: a copy of the shared peers folder with its pinned dependencies installed (npm ci). */
export function peers(root) {
  const dir = join(root, '.peers');
  const bin = join(dir, 'node_modules', 'textlint', 'bin', 'textlint.js');
  if (!existsSync(bin)) {
    console.log(`installing the textlint peer in ${dir} (npm ci) …`);
    cpSync(join(SHARED, 'peers'), dir, { recursive: true });
    writable(dir);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
  }
  return { dir, bin };
}

/** The shared folder is read-only, and so are copies of its files and folders: npm must write in them. */
function writable(path) {
  chmodSync(path, statSync(path).mode | 0o200);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) writable(join(path, name));
}
