#!/usr/bin/env node
// govlint's benchmark (`pnpm bench`): on generated corpora of 100 and 1000 reports (and 10 000 with --full),
// runs side by side, alternating within each round so that a busy machine slows all of them alike:
//   read floor    read every file                      (bench/lib/floor.mjs)
//   parse floor   unified + remark-parse, no GFM       (bench/lib/floor.mjs)
//   govlint       the CLI with the national pack, --concurrency off and auto, and --cache cold then warm
//   ceiling       two --concurrency off processes on half the corpus each, side by side: what the cores allow
//   textlint      the peer in ../shared/bench/peers (8 rules), installed in bench/.peers
// and, 15 times alternating, the cold start of one file against `node -e 0`. Each run is its own process; its
// wall time is measured here and its peak RSS by bench/lib/rss-hook.mjs. Prints medians, min–max, ratios and
// peak RSS, checks the targets of bench/README.md, and writes everything to bench/.out/last.json.
//
//   node bench/run.mjs [--full] [--rounds 3] [--sizes 100,1000] [--no-peer]
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpus, peers } from './lib/setup.mjs';
import { max, median, mib, min, seconds } from './lib/stats.mjs';

const { values: args } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    sizes: { type: 'string' },
    'no-peer': { type: 'boolean', default: false },
    'cold-rounds': { type: 'string', default: '15' },
  },
});
const root = fileURLToPath(new URL('.', import.meta.url));
const repo = join(root, '..');
const bin = join(repo, 'packages/cli/dist/bin.js');
const hook = join(root, 'lib/rss-hook.mjs');
const floor = join(root, 'lib/floor.mjs');
const out = join(root, '.out');
mkdirSync(out, { recursive: true });
const sizes = (args.sizes ?? (args.full ? '100,1000,10000' : '100,1000')).split(',').map(Number);
const rounds = Number(args.rounds);
const peer = peers(root);

/** One process: wall time (ms) from spawn to exit, peak RSS (KiB), exit code. Output is discarded. */
function measure(argv, { cwd = repo, env = {} } = {}) {
  const rssFile = join(out, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', hook, ...argv], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      let rss = NaN;
      try {
        rss = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // the process died before its exit hook
      }
      if (code !== 0 && code !== 1) reject(new Error(`${argv.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ ms, rss });
    });
  });
}

/** Both halves of the corpus, each in its own `--concurrency off` process, side by side: no threading scheme
 * can beat this, so it shows what the machine's cores allow (wall time of the slower one, peak RSS of either). */
async function halves(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f));
  const half = Math.ceil(files.length / 2);
  const start = performance.now();
  const runs = await Promise.all([files.slice(0, half), files.slice(half)].map((list) => measure([bin, ...list, '-f', 'unix', '--concurrency', 'off'])));
  return { ms: performance.now() - start, rss: Math.max(...runs.map((r) => r.rss)) };
}

/** Contestants for one corpus: name → how to run it (the cache pair shares one cache folder per round). */
function contestants(dir, n) {
  const cacheDir = join(tmpdir(), `govlint-bench-cache-${process.pid}-${n}`);
  const lint = (...flags) => [bin, dir, '-f', 'unix', ...flags];
  const list = [
    ['read floor', () => measure([floor, 'read', dir])],
    ['parse floor', () => measure([floor, 'parse', dir, peer.dir])],
    ['govlint off', () => measure(lint('--concurrency', 'off'))],
    ['govlint auto', () => measure(lint('--concurrency', 'auto'))],
    ['2 processes × ½ (ceiling)', () => halves(dir)],
    [
      'govlint --cache cold',
      () => {
        rmSync(cacheDir, { recursive: true, force: true });
        return measure(lint('--concurrency', 'off', '--cache', '--cache-location', cacheDir));
      },
    ],
    ['govlint --cache warm', () => measure(lint('--concurrency', 'off', '--cache', '--cache-location', cacheDir))],
  ];
  // The peer takes minutes and ~1 GiB at 10 000 reports (shared/bench/README.md): up to 1000 only.
  if (!args['no-peer'] && n <= 1000) list.push(['textlint (8 rules)', () => measure([peer.bin, '-c', 'textlint/.textlintrc.json', '--rulesdir', 'textlint/rules', dir], { cwd: peer.dir })]);
  return { list, cleanup: () => rmSync(cacheDir, { recursive: true, force: true }) };
}

async function runCorpus(n) {
  const dir = corpus(root, n);
  const { list, cleanup } = contestants(dir, n);
  const samples = Object.fromEntries(list.map(([name]) => [name, []]));
  const r = n >= 10_000 ? 1 : rounds;
  for (let round = 0; round < r; round++) {
    process.stdout.write(`  ${n} reports, round ${round + 1}/${r}:`);
    for (const [name, run] of list) {
      samples[name].push(await run());
      process.stdout.write(` ${name.split(' ').slice(-1)[0]}`);
    }
    process.stdout.write('\n');
  }
  cleanup();
  return { n, samples };
}

async function coldStart() {
  const file = join(corpus(root, 100), 'r00000.md');
  const samples = { 'node -e 0': [], 'govlint, one file': [] };
  for (let i = 0; i < Number(args['cold-rounds']); i++) {
    samples['node -e 0'].push(await measure(['-e', '0']));
    samples['govlint, one file'].push(await measure([bin, file, '-f', 'unix']));
  }
  return samples;
}

const summarize = (runs) => {
  const ms = runs.map((s) => s.ms);
  return { median: median(ms), min: min(ms), max: max(ms), rss: max(runs.map((s) => s.rss)) };
};

console.log(`node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), ${rounds} round(s), sizes ${sizes.join(', ')}\n`);
const results = { node: process.version, cores: availableParallelism(), date: new Date().toISOString(), corpora: [], cold: undefined, targets: [] };
for (const n of sizes) results.corpora.push(await runCorpus(n));
console.log('  cold start …');
results.cold = await coldStart();

// ---------- report ----------
const table = [];
for (const { n, samples } of results.corpora) {
  const s = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
  const base = s['govlint off'].median;
  table.push(`\n${`${n} reports`.padEnd(27)} median     min–max              per report   vs govlint off   peak RSS`);
  for (const [name, x] of Object.entries(s)) {
    table.push(
      `  ${name.padEnd(25)} ${seconds(x.median).padStart(8)}   ${`${seconds(x.min)}–${seconds(x.max)}`.padEnd(19)} ${`${(x.median / n).toFixed(2)} ms`.padStart(10)}   ${`${(x.median / base).toFixed(2)}×`.padStart(14)}   ${mib(x.rss).padStart(8)}`,
    );
  }
  results.corpora.find((c) => c.n === n).summary = s;
}
const cold = Object.fromEntries(Object.entries(results.cold).map(([k, v]) => [k, summarize(v)]));
table.push(`\ncold start (${args['cold-rounds']} alternating runs)   median     min–max`);
for (const [name, x] of Object.entries(cold)) table.push(`  ${name.padEnd(25)} ${seconds(x.median).padStart(8)}   ${seconds(x.min)}–${seconds(x.max)}`);
console.log(table.join('\n'));

// ---------- targets ----------
const at = (n) => results.corpora.find((c) => c.n === n)?.summary;
const target = (name, value, limit, better) => {
  const met = better === 'higher' ? value >= limit : value <= limit;
  results.targets.push({ name, value, limit, met });
  return `  ${met ? 'met    ' : 'NOT met'}  ${name}: ${value.toFixed(2)} (${better === 'higher' ? '≥' : '≤'} ${limit})`;
};
const lines = ['\ntargets (ratios within this run)'];
const k = at(1000);
if (k) {
  const peerRow = k['textlint (8 rules)'];
  if (peerRow) {
    lines.push(target('textlint ÷ govlint auto, 1000 reports', peerRow.median / k['govlint auto'].median, 5, 'higher'));
    lines.push(target('textlint ÷ govlint off, 1000 reports', peerRow.median / k['govlint off'].median, 5, 'higher'));
  }
  lines.push(`  info     govlint off ÷ auto, 1000 reports: ${(k['govlint off'].median / k['govlint auto'].median).toFixed(2)}; off ÷ two processes on half each (the ceiling): ${(k['govlint off'].median / k['2 processes × ½ (ceiling)'].median).toFixed(2)}`);
  lines.push(target('govlint off ÷ parse floor, 1000 reports (whole run)', k['govlint off'].median / k['parse floor'].median, 2, 'lower'));
  const h = at(100);
  if (h) {
    // Per report, start-up aside: the extra time 900 more reports take.
    const marginal = (name) => (k[name].median - h[name].median) / 900;
    lines.push(target('govlint off ÷ parse floor, per report (1000 − 100 reports)', marginal('govlint off') / marginal('parse floor'), 2, 'lower'));
  }
  lines.push(target('--cache warm ÷ cold, 1000 reports', k['govlint --cache warm'].median / k['govlint --cache cold'].median, 0.1, 'lower'));
}
const big = at(10_000);
if (big) {
  lines.push(target('peak RSS MiB, 10 000 reports, off', big['govlint off'].rss / 1024, 300, 'lower'));
  lines.push(target('peak RSS MiB, 10 000 reports, auto', big['govlint auto'].rss / 1024, 300, 'lower'));
  lines.push(target('govlint off ÷ auto, 10 000 reports', big['govlint off'].median / big['govlint auto'].median, 1.5, 'higher'));
  lines.push(`           (what the cores allow: off ÷ two processes on half the corpus each = ${(big['govlint off'].median / big['2 processes × ½ (ceiling)'].median).toFixed(2)})`);
  if (k) lines.push(target('peak RSS 10 000 ÷ 1000 reports, off', big['govlint off'].rss / k['govlint off'].rss, 1.2, 'lower'));
}
lines.push(target('cold start ÷ node -e 0', cold['govlint, one file'].median / cold['node -e 0'].median, 4, 'lower'));
console.log(lines.join('\n'));
writeFileSync(join(out, 'last.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nall samples: ${join(out, 'last.json')}`);
