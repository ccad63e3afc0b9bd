#!/usr/bin/env node
// `pnpm demo`: lint the bundled sample reports (examples/) as a user would, print the findings, and write the
// self-contained HTML report. Findings in the samples are expected (they are real published reports), so the demo
// succeeds when govlint ran (exit 0 or 1) and fails only on a usage or fatal error (exit 2).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const run = (args) => spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' }).status;

const html = run(['examples/', '-f', 'html', '-o', 'govlint-report.html']);
const status = run(['examples/']);
if (status === 2 || html === 2 || status === null) process.exit(2);
console.log('\nHTML report: govlint-report.html (open it in a browser)');
console.log(status === 1 ? 'govlint found errors in the sample reports, as expected (exit code 1).' : 'No errors.');
