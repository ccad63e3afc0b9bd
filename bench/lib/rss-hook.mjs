// Loaded with `node --import` into every measured process: at exit, writes the process's peak resident set
// (all threads, KiB) to $BENCH_RSS_FILE. No dependency, nothing else changed in the measured program.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
