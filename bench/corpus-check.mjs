#!/usr/bin/env node
// Accuracy on a generated corpus: every injected error must be found by the rule meant for it, and no clean report
// may get an error-level finding.   node bench/corpus-check.mjs [--n 1000] [--errors 0.1] [--seed 1] [--json]
// (run `pnpm run build` first: it uses packages/core/dist.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lintFile } from '../packages/core/dist/index.js';

/** gen-corpus error kind → the rule that must report it. */
export const EXPECTED_RULE = {
  'row-total': 'table3/row-total',
  'col-balance': 'table3/balance',
  'outcome-sum': 'table3/results-total',
  'appeals-total': 'table4/block-total',
  'missing-section': 'structure/six-sections',
  'year-mismatch': 'wording/year-consistency',
  'prose-count': 'text/t3-figures',
  'wording-jiezhi': 'wording/jiezhi',
  'citation-brackets': 'wording/format-citation',
};

export async function checkCorpus({ n = 1000, errors = 0.1, seed = 1, generator }) {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-corpus-'));
  try {
    execFileSync(process.execPath, [generator, '--n', String(n), '--out', dir, '--seed', String(seed), '--errors', String(errors)], { stdio: 'ignore' });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const summary = { reports: 0, injected: 0, found: 0, missed: [], cleanReports: 0, falseErrors: [], byKind: {} };
    for (const entry of manifest.files) {
      const result = await lintFile(join(dir, entry.file), { noConfig: true });
      summary.reports += 1;
      const errorsFound = result.messages.filter((d) => d.severity === 'error');
      if (entry.errors.length === 0) {
        summary.cleanReports += 1;
        for (const d of errorsFound) summary.falseErrors.push(`${entry.file}:${d.span.start.line}:${d.span.start.column} ${d.ruleId} ${d.message}`);
        continue;
      }
      for (const injected of entry.errors) {
        const rule = EXPECTED_RULE[injected.kind];
        const kind = (summary.byKind[injected.kind] ??= { injected: 0, found: 0 });
        kind.injected += 1;
        summary.injected += 1;
        if (result.messages.some((d) => d.ruleId === rule)) {
          kind.found += 1;
          summary.found += 1;
        } else {
          summary.missed.push(`${entry.file} ${injected.kind} ${injected.where} ${injected.detail ?? ''} (expected ${rule})`);
        }
      }
    }
    return summary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, errors: { type: 'string', default: '0.1' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
  const generator = new URL('../../shared/bench/gen-corpus.mjs', import.meta.url).pathname;
  const s = await checkCorpus({ n: Number(values.n), errors: Number(values.errors), seed: Number(values.seed), generator });
  if (values.json) console.log(JSON.stringify(s, null, 2));
  else {
    console.log(`reports ${s.reports}; injected errors ${s.injected}, found ${s.found}; clean reports ${s.cleanReports}, error-level findings on them ${s.falseErrors.length}`);
    for (const [kind, k] of Object.entries(s.byKind)) console.log(`  ${kind.padEnd(18)} ${k.found}/${k.injected}`);
    for (const m of s.missed.slice(0, 20)) console.log(`  missed: ${m}`);
    for (const f of s.falseErrors.slice(0, 20)) console.log(`  false error: ${f}`);
  }
  process.exitCode = s.missed.length || s.falseErrors.length ? 1 : 0;
}
