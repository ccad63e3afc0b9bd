#!/usr/bin/env node
// Build step after `tsc -b` (run by the root `build`, `test`, `bench`… scripts): what a run would otherwise
// compute at every start.
//   dist/engine/validators.precompiled.cjs  core's schema validators as plain JS (src/engine/schemas.ts)
//   dist/engine/yaml-snapshot.json          parsed YAML of the packs shipped with govlint, and the schema checks
//                                           each file passes (src/engine/yaml-snapshot.ts)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/engine/', import.meta.url);
const { precompiledSource } = await import(new URL('precompile.js', dist).href);
const { buildSnapshot } = await import(new URL('yaml-snapshot.js', dist).href);
const { snapshotChecks } = await import(new URL('schemas.js', dist).href);

writeFileSync(new URL('validators.precompiled.cjs', dist), precompiledSource());

/** Every YAML file of the bundled packs (packages/rules-*), node_modules aside. */
function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/i.test(e.name) ? [path] : [];
  });
}
const packages = fileURLToPath(new URL('../../', import.meta.url));
const files = readdirSync(packages)
  .filter((name) => name.startsWith('rules-'))
  .flatMap((name) => yamlFiles(join(packages, name)));
writeFileSync(new URL('yaml-snapshot.json', dist), buildSnapshot(files.map((f) => readFileSync(f, 'utf8')), snapshotChecks()));
