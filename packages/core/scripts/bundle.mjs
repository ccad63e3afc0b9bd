// Build step (called by build-assets.mjs after `tsc -b`): fewer, larger modules for a fast start. Node's ESM
// loader costs ~1–3 ms a module from a new process, and one lint used to load ~350.
//   dist/vendor/NAME.js          each src/vendor/NAME.ts (re-exports of third-party packages) as one
//                                self-contained file
//   dist/index.js, runtime.js    core itself: the two entries and the chunks they share (dist/chunk-*.js); readers
//                                and formatters stay in chunks loaded on demand. Each module still sees its own
//                                dist/ URL as import.meta.url, so the files found relative to it (schemas/,
//                                yaml-snapshot.json, package.json, the script worker) are the same ones.
// Every other file of dist/ stays as tsc wrote it: the script worker thread and build-assets.mjs load those.
// Tests on src/ see none of this.
import { readdirSync, rmSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// JSDoc is most of the bytes of the third-party packages: without it a bundle parses faster. Not minified, so
// that stack traces stay readable.
const comments = { legal: true, annotation: false, jsdoc: false };
/** tsc's source map of a file the bundle replaced describes the old file. */
const dropMap = (file) => rmSync(`${file}.map`, { force: true });

const vendor = readdirSync(`${src}vendor`).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
for (const file of vendor) {
  const out = `${dist}vendor/${file.slice(0, -'.ts'.length)}.js`;
  await build({ input: `${src}vendor/${file}`, platform: 'node', logLevel: 'warn', output: { file: out, format: 'esm', comments } });
  dropMap(out);
}

/** Import paths as they are in dist/ for what stays outside core's bundle: packages, and the vendor files above. */
const outside = {
  name: 'outside',
  resolveId(id, importer) {
    if (!importer) return null;
    if (!id.startsWith('.') && !id.startsWith('/')) return { id, external: true };
    const vendorFile = /(?:^|\/)vendor\/([\w-]+)\.js$/.exec(id);
    return vendorFile ? { id: `./vendor/${vendorFile[1]}.js`, external: true } : null;
  },
};

/** import.meta.url of each module as tsc's file in dist/ would see it (every output file is at the top of dist/). */
const ownUrl = {
  name: 'own-import-meta-url',
  transform(code, id) {
    if (!id.startsWith(src) || !code.includes('import.meta.url')) return null;
    const own = `./${relative(src, id).split(sep).join('/').replace(/\.ts$/, '.js')}`;
    return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`) };
  },
};

for (const f of readdirSync(dist)) if (f.startsWith('chunk-') && f.endsWith('.js')) rmSync(dist + f);
await build({
  input: { index: `${src}index.ts`, runtime: `${src}runtime.ts` },
  platform: 'node',
  logLevel: 'warn',
  plugins: [outside, ownUrl],
  output: { dir: dist, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunk-[name]-[hash].js', comments },
});
for (const entry of ['index', 'runtime']) dropMap(`${dist}${entry}.js`);
