// Build step (called by build-assets.mjs after `tsc -b`): replaces each dist/vendor/NAME.js that tsc emitted
// (plain re-exports of third-party packages) with a single-file ES module bundle of the same exports. Node's ESM
// loader costs ~1–3 ms a module at start; the Markdown stack alone is ~130 modules. Only third-party code is
// bundled, so nothing that finds its files relative to import.meta.url moves.
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const src = fileURLToPath(new URL('../src/vendor/', import.meta.url));
const dist = fileURLToPath(new URL('../dist/vendor/', import.meta.url));

for (const file of readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
  const name = file.slice(0, -'.ts'.length);
  await build({
    input: src + file,
    platform: 'node',
    logLevel: 'warn',
    // JSDoc is most of the bytes of these packages: without it the bundle parses faster. Not minified, so that
    // a stack trace through it stays readable.
    output: { file: `${dist}${name}.js`, format: 'esm', comments: { legal: true, annotation: false, jsdoc: false } },
  });
  // tsc's source map describes the re-exports, not the bundle.
  rmSync(`${dist}${name}.js.map`, { force: true });
}
