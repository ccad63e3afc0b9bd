#!/usr/bin/env node
// Build step after `tsc -b` and core's build-assets.mjs (the root `build`, `test`, `bench`… scripts): fewer, larger
// ES modules for a fast start. Node's ESM loader costs ~1–3 ms a module from a new process, and one lint used to
// load ~375; now 40, 13 of which are the national pack's scripts.
//   packages/core/dist/vendor/NAME.js   each core/src/vendor/NAME.ts (re-exports of third-party packages) as one
//                                       self-contained file
//   packages/core/dist/index.js, runtime.js, packages/cli/dist/bin.js, main.js
//                                       each package's own code: its entries and the chunks they share
//                                       (dist/chunk-*.js). What was imported on demand (readers, formatters,
//                                       commands) is still, as a chunk. Packages stay imports.
// Each module keeps its own URL in dist/ as import.meta.url, so the files found relative to it (schemas/,
// yaml-snapshot.json, package.json, the worker scripts) are the same ones. Every other file of dist/ stays as tsc
// wrote it: worker threads (engine/script-worker.js, batch/lint-worker.js) and build-assets.mjs load those.
// Tests on src/ see none of this.
import { chmodSync, readdirSync, rmSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

const packages = fileURLToPath(new URL('../packages/', import.meta.url));
// JSDoc is most of the bytes of the third-party packages: without it a bundle parses faster. Not minified, so
// that stack traces stay readable.
const comments = { legal: true, annotation: false, jsdoc: false };
/** tsc's source map of a file a bundle replaced describes the old file. */
const dropMap = (file) => rmSync(`${file}.map`, { force: true });

/** Where `import.meta.url` is read in a module (code only: not in strings, comments or templates). */
function metaUrlRanges(code) {
  const ranges = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'MemberExpression' && node.object?.type === 'MetaProperty' && node.property?.name === 'url') {
      ranges.push([node.start, node.end]);
      return;
    }
    for (const key of Object.keys(node)) if (key !== 'parent') visit(node[key]);
  };
  visit(parseAst(code, { lang: 'ts' }));
  return ranges;
}

/** import.meta.url of each module of `src` as tsc's file in dist/ would see it (every bundle file is at the top of dist/). */
function ownUrl(src) {
  return {
    name: 'own-import-meta-url',
    transform(code, id) {
      if (!id.startsWith(src) || !code.includes('import.meta.url')) return null;
      const own = `new URL(${JSON.stringify(`./${relative(src, id).split(sep).join('/').replace(/\.ts$/, '.js')}`)}, import.meta.url).href`;
      let out = code;
      for (const [start, end] of metaUrlRanges(code).reverse()) {
        if (code.slice(start, end) !== 'import.meta.url') throw new Error(`${id}: import.meta.url not at ${start}`);
        out = out.slice(0, start) + own + out.slice(end);
      }
      return { code: out };
    },
  };
}

/** Packages (and node: modules) stay imports; core's vendor files, bundled on their own, too. */
const outside = {
  name: 'outside',
  resolveId(id, importer) {
    if (!importer) return null;
    if (!id.startsWith('.') && !id.startsWith('/')) return { id, external: true };
    const vendorFile = /(?:^|\/)vendor\/([\w-]+)\.js$/.exec(id);
    return vendorFile ? { id: `./vendor/${vendorFile[1]}.js`, external: true } : null;
  },
};

async function bundleVendor(pkg) {
  const src = `${packages}${pkg}/src/vendor/`;
  for (const file of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
    const out = `${packages}${pkg}/dist/vendor/${file.slice(0, -'.ts'.length)}.js`;
    await build({ input: src + file, platform: 'node', logLevel: 'warn', output: { file: out, format: 'esm', comments } });
    dropMap(out);
  }
}

/** `codeSplitting`: rolldown's chunk groups, when the default (a chunk per set of importers) makes many small files. */
async function bundleEntries(pkg, entries, codeSplitting) {
  const src = `${packages}${pkg}/src/`;
  const dist = `${packages}${pkg}/dist/`;
  for (const f of readdirSync(dist)) if (f.startsWith('chunk-') && f.endsWith('.js')) rmSync(dist + f);
  const modes = entries.map((e) => statSync(`${dist}${e}.js`).mode);
  await build({
    input: Object.fromEntries(entries.map((e) => [e, `${src}${e}.ts`])),
    platform: 'node',
    logLevel: 'warn',
    plugins: [outside, ownUrl(src)],
    output: { dir: dist, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunk-[name]-[hash].js', comments, codeSplitting },
  });
  entries.forEach((e, i) => {
    chmodSync(`${dist}${e}.js`, modes[i]);
    dropMap(`${dist}${e}.js`);
  });
}

await bundleVendor('core');
// Core's default chunks are what is wanted: each reader and formatter on its own, loaded when asked for.
await bundleEntries('core', ['index', 'runtime']);
// The commands share small modules (args, i18n, io, options…) in various combinations: one chunk for all of
// those instead of six files at every start.
await bundleEntries('cli', ['bin', 'main'], { groups: [{ name: 'shared', test: /./, minShareCount: 2 }] });
