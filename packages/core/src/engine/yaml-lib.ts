// The YAML parser, loaded on first use: the packs shipped with govlint come parsed from the build's snapshot
// (yaml-snapshot.ts), so a run without a YAML config file of its own never needs it (~45 ms at start).
import { createRequire } from 'node:module';

let lib: typeof import('yaml') | undefined;

export function yaml(): typeof import('yaml') {
  lib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return lib;
}
