#!/usr/bin/env node
// This tree against another checkout of govlint, in the same run: the two CLIs alternate on the same inputs, round
// after round, so that a busy machine slows both alike. Per input set it prints the median of the summed stage
// times (`--timing`: read and model, rules) and of the wall time, and the ratio this ÷ base. For "no reading step
// slower than 1.2×" (pnpm bench measures the whole run against its peer; this isolates a change).
//
//   node bench/compare.mjs --base ../other-checkout [--rounds 5] [--sets generated,real,fixtures,formats]
//
// Both trees must be built (`pnpm build`). The generated set is gen-corpus.mjs's 1000 reports, seed 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './lib/stats.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    sets: { type: 'string', default: 'generated,real,fixtures,formats' },
  },
});
if (!args.base) {
  console.error('usage: node bench/compare.mjs --base DIR [--rounds 5] [--sets generated,real,fixtures,formats]');
  process.exit(2);
}
const bins = { base: join(resolve(args.base), 'packages/cli/dist/bin.js'), this: join(here, 'packages/cli/dist/bin.js') };
for (const [name, bin] of Object.entries(bins)) if (!existsSync(bin)) throw new Error(`${name}: ${bin} not built`);

const tmp = mkdtempSync(join(tmpdir(), 'govlint-compare-'));
const shared = resolve(here, '../shared');
const sets = {
  generated: () => {
    const dir = join(tmp, 'generated');
    execFileSync(process.execPath, [join(shared, 'bench/gen-corpus.mjs'), '--n', '1000', '--out', dir, '--seed', '1'], { stdio: 'ignore' });
    return dir;
  },
  real: () => join(shared, 'corpus/real'),
  fixtures: () => join(here, 'test/fixtures/accuracy'),
  formats: () => join(here, 'test/fixtures/formats'),
};

/** One run: wall time and the summed stage times of every file (ms). */
function run(bin, dir) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, '--no-config', '--timing', '--concurrency', 'off', '-f', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t0;
  const out = JSON.parse(r.stdout);
  const sum = { read: 0, rules: 0, wall };
  for (const f of out.results) {
    sum.read += f.stats?.parse ?? 0;
    sum.rules += f.stats?.rules ?? 0;
  }
  return sum;
}

const rounds = Number(args.rounds);
try {
  console.log(`this ÷ base, median of ${rounds} alternating rounds (ms)`);
  console.log('set         read+model: base   this   ratio | rules: base   this   ratio | wall: base   this   ratio');
  for (const name of args.sets.split(',')) {
    const dir = sets[name]();
    const got = { base: [], this: [] };
    run(bins.base, dir);
    run(bins.this, dir);
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? ['base', 'this'] : ['this', 'base'];
      for (const who of order) got[who].push(run(bins[who], dir));
    }
    const col = (k) => {
      const b = median(got.base.map((x) => x[k]));
      const t = median(got.this.map((x) => x[k]));
      return `${b.toFixed(0).padStart(7)} ${t.toFixed(0).padStart(6)} ${(t / b).toFixed(2).padStart(6)}`;
    };
    console.log(`${name.padEnd(11)} ${col('read')}       | ${col('rules')}       | ${col('wall')}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
