// The floors govlint is measured against, as separate processes like everything else in the benchmark:
//   node floor.mjs read DIR     read every .md file (the I/O floor)
//   node floor.mjs parse DIR    read and parse every .md file with unified + remark-parse, no GFM (the parse floor)
// remark-parse comes from the peers' pinned install (bench/.peers), the same versions the shared harness uses.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, dir, peers] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f));

let parse = (text) => text.length;
if (mode === 'parse') {
  const require = createRequire(join(peers, 'package.json'));
  const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
  const { unified } = await load('unified');
  const { default: remarkParse } = await load('remark-parse');
  const processor = unified().use(remarkParse);
  parse = (text) => processor.parse(text).children.length;
}

let n = 0;
for (const file of files) n += parse(readFileSync(file, 'utf8'));
if (n < 0) console.log(n); // keep the work observable
