#!/usr/bin/env node
// Accuracy on real reports: how many hand-checked values govlint reads right, which real defects it finds, and which
// of its errors no known defect explains. Run after every reading or rule change (`pnpm accuracy`).
//
//   node bench/accuracy.mjs [--corpus DIR] [--fixtures DIR] [--only NAME] [--json] [--verbose] [--check]
//
// Inputs (defaults: the shared/ folder beside the repository):
// - corpus: shared/corpus/real (truth.json: year, body, 表三/表四 totals, headings, period and fee statements;
//   MANIFEST.tsv: template class); real defects and the rules that cover them: bench/accuracy/real-defects.mjs.
// - fixtures: test/fixtures/accuracy (a copy of shared/fixtures/accuracy); what each must give: bench/accuracy/fixtures.mjs.
// --check exits 1 when a value is wrong, a template class is wrong, a fixture fails, a covered defect is missed or an
// error is unexplained (the done-when of the reading and judging issues).
// Run `pnpm build` first: it uses packages/core/dist.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lintFile } from '../packages/core/dist/index.js';
import { FIXTURES } from './accuracy/fixtures.mjs';
import { REAL_DEFECTS, manifestTemplate } from './accuracy/real-defects.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../shared');
const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(shared, 'corpus/real') },
    fixtures: { type: 'string', default: resolve(here, '../test/fixtures/accuracy') },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
    check: { type: 'boolean', default: false },
  },
});

const LEVEL = { error: 'e', warning: 'w', info: 'i' };
const T3 = { newReceived: 'requests.newReceived.total', carriedOver: 'requests.carriedOver.total', totalProcessed: 'requests.totalProcessed.total', carriedForward: 'requests.carriedForward.total', granted: 'requests.granted.total' };
const T4 = { reviewTotal: 'appeals.review.total', litigationDirectTotal: 'appeals.litigationDirect.total', litigationAfterReviewTotal: 'appeals.litigationAfterReview.total' };
const SECTION_KEYS = ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other'];

const lint = (file) => lintFile(file, { noConfig: true, includeModel: true });
const wanted = (name) => args.only === undefined || name.includes(args.only);
const where = (d) => `${d.span?.start.line ?? 0}:${d.span?.start.column ?? 0}`;
const findingLine = (d) => `${LEVEL[d.severity] ?? d.severity} ${where(d)} ${d.ruleId} ${d.message}`;

function readManifest(dir) {
  const path = join(dir, 'MANIFEST.tsv');
  if (!existsSync(path)) return {};
  const [head, ...rows] = readFileSync(path, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const col = head.indexOf('template');
  return Object.fromEntries(rows.map((r) => [r[0], manifestTemplate(r[col])]));
}

/** One real report against its truth and defects. */
function judgeReal(file, result, truth, expectedTemplate, defects) {
  const model = result.model;
  const out = { file, values: { right: 0, wrong: 0, blank: 0, details: [] }, template: {}, defects: { found: [], missed: [], uncovered: [], low: [] }, errors: { explained: [], unexplained: [] }, warnings: 0, infos: 0 };
  const fatal = result.messages.find((d) => d.severity === 'fatal' || d.ruleId === 'parse');
  out.template = { got: model?.meta?.template ?? (fatal ? `fatal: ${fatal.messageId ?? fatal.message}` : 'none'), want: expectedTemplate };
  out.template.ok = expectedTemplate === undefined || out.template.got === expectedTemplate;
  if (truth !== undefined) {
    const check = (name, got, want) => {
      if (want === null || want === undefined) return;
      if (got === want) out.values.right += 1;
      else if (got === null || got === undefined) { out.values.blank += 1; out.values.details.push(`${name}: blank, want ${want}`); }
      else { out.values.wrong += 1; out.values.details.push(`${name}: ${JSON.stringify(got)}, want ${want}`); }
    };
    for (const [name, key] of Object.entries({ ...T3, ...T4 })) {
      const cell = model?.cells?.[key];
      check(name, cell?.value ?? null, (truth.t3?.[name] ?? truth.t4?.[name]));
      if (cell?.uncertain) out.values.details.push(`${name}: read as uncertain`);
    }
    const meta = { year: model?.meta?.year ?? null, body: model?.meta?.body ?? null };
    out.meta = {
      year: meta.year === truth.year,
      body: meta.body === truth.body,
      sections: SECTION_KEYS.filter((k) => model?.sections?.[k] !== undefined).length,
      period: (model?.meta?.period != null) === truth.hasPeriodSentence,
    };
    if (!out.meta.year) out.values.details.push(`year: ${meta.year}, want ${truth.year}`);
    if (!out.meta.body) out.values.details.push(`body: ${meta.body}, want ${truth.body}`);
    if (out.meta.sections < truth.sections.length) out.values.details.push(`sections: ${out.meta.sections} of ${truth.sections.length}`);
    if (!out.meta.period) out.values.details.push(`period sentence: ${model?.meta?.period != null}, want ${truth.hasPeriodSentence}`);
  }
  const ruleHits = new Set(result.messages.map((d) => d.ruleId));
  const explaining = new Set();
  for (const defect of defects ?? []) {
    for (const r of defect.rules) explaining.add(r);
    const found = defect.rules.some((r) => ruleHits.has(r));
    const line = `${defect.text}${defect.rules.length ? ` [${defect.rules.join(' | ')}]` : ''}`;
    if (defect.rules.length === 0) out.defects.uncovered.push(line);
    else if (defect.low) out.defects.low.push(`${found ? 'found' : 'missed'}: ${line}`);
    else (found ? out.defects.found : out.defects.missed).push(line);
  }
  for (const d of result.messages) {
    if (d.severity === 'error' || d.severity === 'fatal') (explaining.has(d.ruleId) ? out.errors.explained : out.errors.unexplained).push(findingLine(d));
    else if (d.severity === 'warning') out.warnings += 1;
    else out.infos += 1;
  }
  out.findings = result.messages.map(findingLine);
  return out;
}

/** The control that shares the most lines with a fixture: what the fixture was made from. */
function nearestBase(name, text, controls) {
  const lines = text.split('\n');
  let best;
  for (const [control, controlText] of controls) {
    if (control === name) continue;
    const other = controlText.split('\n');
    const set = new Set(other);
    const differing = lines.filter((l) => !set.has(l)).length + Math.abs(lines.length - other.length);
    if (best === undefined || differing < best.differing) best = { control, differing };
  }
  return best?.control;
}

const key = (d) => `${LEVEL[d.severity] ?? d.severity}:${d.ruleId}`;
// Info-level findings that come and go with an edit's words (generic-overview, section6-items…) are not judged
// unless the fixture names one in `add`.
function countKeys(messages, spec) {
  const counts = new Map();
  const infoJudged = new Set((spec.add ?? []).filter((a) => a.level === 'i' || a.level === '*').map((a) => a.rule));
  for (const d of messages) {
    if ((spec.ignoreLevels ?? ['i']).includes(LEVEL[d.severity]) && !infoJudged.has(d.ruleId)) continue;
    if (spec.ignore?.includes(d.ruleId)) continue;
    counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  }
  return counts;
}

/** A fixture's findings against its base: exactly the expected additions, nothing else gained or lost. */
function judgeFixture(name, spec, result, baseResult) {
  const problems = [];
  const model = result.model;
  if (spec.template !== undefined && model?.meta?.template !== spec.template) problems.push(`template ${model?.meta?.template}, want ${spec.template}`);
  if (spec.notTemplate !== undefined && (model?.meta?.template ?? 'fatal') === spec.notTemplate) problems.push(`template ${spec.notTemplate}`);
  for (const [path, want] of Object.entries(spec.model ?? {})) {
    const got = path.split('.').reduce((o, k) => o?.[k], model);
    if (want === '*' ? got == null : got !== want) problems.push(`${path} = ${JSON.stringify(got)}, want ${want}`);
  }
  if (spec.absolute) {
    const errors = result.messages.filter((d) => d.severity === 'error').length;
    const warnings = result.messages.filter((d) => d.severity === 'warning').length;
    if (spec.maxErrors !== undefined && errors > spec.maxErrors) problems.push(`${errors} errors, at most ${spec.maxErrors}`);
    if (spec.maxWarnings !== undefined && warnings > spec.maxWarnings) problems.push(`${warnings} warnings, at most ${spec.maxWarnings}`);
    for (const want of spec.add ?? []) {
      if (!result.messages.some((d) => d.ruleId === want.rule && (want.level === '*' || LEVEL[d.severity] === want.level))) problems.push(`missing ${want.level}:${want.rule}`);
    }
    return problems;
  }
  const got = countKeys(result.messages, spec);
  const base = countKeys(baseResult.messages, spec);
  const expected = new Set();
  for (const want of spec.add ?? []) {
    const matches = [...got.keys()].filter((k) => k.endsWith(`:${want.rule}`) && (want.level === '*' || k.startsWith(`${want.level}:`)));
    const added = matches.reduce((n, k) => n + got.get(k) - (base.get(k) ?? 0), 0);
    for (const k of matches) expected.add(k);
    if (want.optional) continue;
    if (added < 1) problems.push(`missing ${want.level}:${want.rule}`);
    else if (want.count !== '+' && added > (want.count ?? 1)) problems.push(`${added}× ${want.level}:${want.rule}, want ${want.count ?? 1}`);
  }
  for (const k of new Set([...got.keys(), ...base.keys()])) {
    if (expected.has(k)) continue;
    const delta = (got.get(k) ?? 0) - (base.get(k) ?? 0);
    if (delta > 0) problems.push(`+${delta} ${k}`);
    else if (delta < 0) problems.push(`${delta} ${k}`);
  }
  return problems;
}

async function runReal() {
  const dir = args.corpus;
  if (!existsSync(dir)) return undefined;
  const truth = existsSync(join(dir, 'truth.json')) ? JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) : {};
  const manifest = readManifest(dir);
  const files = readdirSync(dir).filter((f) => /\.(txt|html?|md|docx|pdf)$/i.test(f) && f !== 'README.md').sort().filter(wanted);
  const reports = [];
  for (const f of files) reports.push(judgeReal(f, await lint(join(dir, f)), truth[f], manifest[f], REAL_DEFECTS[f]));
  return reports;
}

async function runFixtures() {
  const dir = args.fixtures;
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/i.test(f) && f !== 'README.md').sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const controls = [...texts].filter(([f]) => /^(m00|n00|p00)-/.test(f));
  const results = new Map();
  const resultOf = async (f) => {
    if (!results.has(f)) results.set(f, await lint(join(dir, f)));
    return results.get(f);
  };
  const out = [];
  for (const f of files.filter(wanted)) {
    const spec = FIXTURES[f];
    if (spec === undefined) {
      if (!/^(m00|n00)-/.test(f)) out.push({ file: f, problems: ['no expectation in bench/accuracy/fixtures.mjs'] });
      continue;
    }
    const base = spec.absolute ? undefined : (spec.base ?? nearestBase(f, texts.get(f), controls));
    const result = await resultOf(f);
    const problems = judgeFixture(f, spec, result, base === undefined ? undefined : await resultOf(base));
    out.push({ file: f, base, note: spec.note, problems, findings: args.verbose ? result.messages.map(findingLine) : undefined });
  }
  return out;
}

function printReal(reports) {
  const sum = { right: 0, wrong: 0, blank: 0, templates: 0, templatesOk: 0, found: 0, missed: 0, uncovered: 0, explained: 0, unexplained: 0, warnings: 0, truthWarnings: [], lowFound: 0, low: 0 };
  console.log('Real reports (shared/corpus/real)');
  for (const r of reports) {
    sum.right += r.values.right; sum.wrong += r.values.wrong; sum.blank += r.values.blank;
    sum.templates += 1; sum.templatesOk += r.template.ok ? 1 : 0;
    sum.found += r.defects.found.length; sum.missed += r.defects.missed.length; sum.uncovered += r.defects.uncovered.length;
    sum.low += r.defects.low.length; sum.lowFound += r.defects.low.filter((l) => l.startsWith('found')).length;
    sum.explained += r.errors.explained.length; sum.unexplained += r.errors.unexplained.length; sum.warnings += r.warnings;
    if (r.meta) sum.truthWarnings.push(r.warnings);
    const values = r.meta ? ` values ${r.values.right}/${r.values.right + r.values.wrong + r.values.blank}` : '';
    const tmpl = r.template.ok ? r.template.got : `${r.template.got} (want ${r.template.want})`;
    console.log(`\n${r.file}  ${tmpl}${values}  errors ${r.errors.explained.length}+${r.errors.unexplained.length} unexplained  warnings ${r.warnings}  infos ${r.infos}`);
    for (const d of r.values.details) console.log(`    value   ${d}`);
    for (const d of r.defects.found) console.log(`    found   ${d}`);
    for (const d of r.defects.missed) console.log(`    MISSED  ${d}`);
    for (const d of r.defects.low) console.log(`    low     ${d}`);
    if (args.verbose) for (const d of r.defects.uncovered) console.log(`    no rule ${d}`);
    for (const d of r.errors.explained) console.log(`    error   ${d}`);
    for (const d of r.errors.unexplained) console.log(`    FALSE?  ${d}`);
    if (args.verbose) for (const d of r.findings) if (!d.startsWith('e ')) console.log(`            ${d}`);
  }
  const total = sum.right + sum.wrong + sum.blank;
  const maxW = Math.max(0, ...sum.truthWarnings);
  console.log('\nTotal (real reports):');
  console.log(`  values right ${sum.right}/${total} (wrong ${sum.wrong}, blank ${sum.blank}); template class right ${sum.templatesOk}/${sum.templates}`);
  console.log(`  defects found ${sum.found}/${sum.found + sum.missed} covered by a rule (low-severity ones ${sum.lowFound}/${sum.low}; ${sum.uncovered} no rule covers)`);
  console.log(`  errors ${sum.explained + sum.unexplained}: explained by a known defect ${sum.explained}, not explained ${sum.unexplained}`);
  console.log(`  warnings ${sum.warnings} (truth-checked reports: at most ${maxW} in one)`);
  return sum;
}

function printFixtures(fixtures) {
  console.log('\nAccuracy fixtures (shared/fixtures/accuracy)');
  let ok = 0;
  for (const f of fixtures) {
    if (f.problems.length === 0) ok += 1;
    console.log(`  ${f.problems.length === 0 ? 'ok  ' : 'FAIL'} ${f.file}${f.base ? ` (vs ${f.base})` : ''}${f.problems.length ? `: ${f.problems.join('; ')}` : ''}`);
    if (f.findings) for (const d of f.findings) console.log(`           ${d}`);
  }
  console.log(`Total (fixtures): ${ok}/${fixtures.length} give what their README expects`);
  return { ok, total: fixtures.length };
}

const reports = await runReal();
const fixtures = await runFixtures();
if (args.json) {
  console.log(JSON.stringify({ reports, fixtures }, null, 2));
} else {
  const real = reports ? printReal(reports) : undefined;
  const fx = fixtures ? printFixtures(fixtures) : undefined;
  if (!reports) console.log(`(no corpus at ${args.corpus})`);
  if (!fixtures) console.log(`(no fixtures at ${args.fixtures})`);
  if (args.check) {
    const bad = (real && (real.wrong + real.blank > 0 || real.templatesOk < real.templates || real.missed > 0 || real.unexplained > 0)) || (fx && fx.ok < fx.total);
    process.exitCode = bad ? 1 : 0;
  }
}

