#!/usr/bin/env node
// `pnpm pack:all [DIR]`: the four publishable packages as npm tarballs in one folder (default: packs/), after
// `pnpm build`. pnpm pack rewrites `workspace:^` to the real version range, so the tarballs install with plain npm
// outside the repository:   npm install -g DIR/govlint-*.tgz
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PUBLISHED = ['core', 'rules-national', 'rules-provincial', 'cli'];
const repo = fileURLToPath(new URL('..', import.meta.url));

/** Packs every published package into `dir` (emptied of old tarballs first); returns the tarball paths. */
export function packAll(dir) {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.tgz')) rmSync(join(dir, f));
  const pnpm = process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? [process.execPath, [process.env.npm_execpath]] : ['npx', ['-y', 'pnpm@10.34.9']];
  for (const pkg of PUBLISHED) {
    execFileSync(pnpm[0], [...pnpm[1], 'pack', '--pack-destination', dir], { cwd: join(repo, 'packages', pkg), stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return readdirSync(dir).filter((f) => f.endsWith('.tgz')).sort().map((f) => join(dir, f));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(repo, 'packs'));
  for (const file of packAll(dir)) console.log(file);
}
