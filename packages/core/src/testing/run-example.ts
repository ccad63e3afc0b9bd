// One example of a rule, run through the real pipeline (reader, model, engine) with only that rule on, and
// compared with what the example expects: exactly the listed diagnostics of the rule, in document order.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Example, ExpectedError, LoadedRule } from '../engine/types.js';
import { decode } from '../decode/index.js';
import { lintText } from '../lint.js';
import type { Diagnostic, Lang, Level } from '../report/diagnostic.js';
import { applyFixes } from '../report/fixes.js';
import { mutate } from './mutate.js';

export interface ExampleResult {
  ruleId: string;
  /** The rule file. */
  file: string;
  kind: 'valid' | 'invalid';
  index: number;
  /** Line of the example in the rule file. */
  line?: number;
  name: string;
  ok: boolean;
  problems: string[];
  messages: Diagnostic[];
}

export interface ExampleRun {
  /** Pack folders to load (the rule's pack, and any it needs beside its own `extends`). */
  packs: string[];
  rule: LoadedRule;
  example: Example;
  kind: 'valid' | 'invalid';
  index: number;
  /** Fixture paths are relative to this folder (default: the rule file's). */
  baseDir?: string;
  lang?: Lang;
  /** The example is one of the rule file's own (its line is then given in failures). */
  inRuleFile?: boolean;
}

export async function runExample(run: ExampleRun): Promise<ExampleResult> {
  const { rule, example, kind, index } = run;
  const baseDir = run.baseDir ?? dirname(rule.file);
  const name = example.name ?? (example.fixture ? `${example.fixture}${describeMutation(example)}` : `text ${index + 1}`);
  const result: ExampleResult = { ruleId: rule.id, file: rule.file, kind, index, line: run.inRuleFile ? rule.locate?.(['examples', kind, index]).line : undefined, name, ok: false, problems: [], messages: [] };
  const fail = (problem: string) => {
    result.problems.push(problem);
    return result;
  };

  const input = await exampleInput(example, baseDir, index);
  if ('problem' in input) return fail(input.problem);
  let text = input.text;
  const mutated = await mutate(text, input.path, example);
  if (!mutated.ok) return fail(mutated.problem);
  text = mutated.text;

  const previous = example.previous ? await writePrevious(example.previous, baseDir, index) : undefined;
  if (previous && 'problem' in previous) return fail(previous.problem);
  const lint = await lintText(text, input.path, {
    noConfig: true,
    packs: run.packs,
    settings: previous ? { ...example.settings, previous: previous.path } : example.settings,
    lang: run.lang,
    onlyRules: [rule.id],
    ruleOverrides: ruleOverride(rule, example),
  });
  if (previous) rmSync(dirname(previous.path), { recursive: true, force: true });
  const fatal = lint.messages.find((m) => m.fatal);
  if (fatal) return fail(`${fatal.ruleId}: ${fatal.message}`);
  const messages = lint.messages.filter((m) => m.ruleId === rule.id);
  result.messages = messages;
  for (const m of messages) {
    if (/\{\{\s*[\w.-]+\s*\}\}/.test(m.message)) result.problems.push(`message has an unfilled placeholder: ${m.message}`);
  }
  if (kind === 'valid') {
    for (const m of messages) result.problems.push(`unexpected ${describe(m)}`);
  } else {
    compareErrors(example.errors ?? [], messages, result.problems);
  }
  if (example.output !== undefined) {
    const { output } = applyFixes(text, messages);
    const expected = example.output ?? text;
    if (output !== expected) result.problems.push(example.output === null ? `expected no fix, but fixes change the text` : `fix output differs:\n  expected: ${excerpt(expected, output)}\n  actual:   ${excerpt(output, expected)}`);
  }
  result.ok = result.problems.length === 0;
  return result;
}

/** Last year's report, mutated as the example says, in a temporary file (the linter reads it by path). */
async function writePrevious(previous: NonNullable<Example['previous']>, baseDir: string, index: number): Promise<{ path: string } | { problem: string }> {
  const input = await exampleInput(previous, baseDir, index);
  if ('problem' in input) return { problem: `previous: ${input.problem}` };
  const mutated = await mutate(input.text, input.path, previous);
  if (!mutated.ok) return { problem: `previous: ${mutated.problem}` };
  const path = join(mkdtempSync(join(tmpdir(), 'govlint-previous-')), basename(input.path));
  writeFileSync(path, mutated.text);
  return { path };
}

async function exampleInput(example: Example, baseDir: string, index: number): Promise<{ text: string; path: string } | { problem: string }> {
  if (example.fixture !== undefined) {
    const path = resolve(baseDir, example.fixture);
    if (!existsSync(path)) return { problem: `fixture not found: ${path}` };
    // Decoded as the linter decodes it (GB18030 fixtures, BOMs), so offsets agree.
    return { text: decode(await readFile(path)).text, path };
  }
  if (example.text !== undefined) return { text: example.text, path: resolve(baseDir, `example-${index + 1}.${example.format ?? 'md'}`) };
  return { problem: 'the example has neither `fixture` nor `text`' };
}

/** The rule under test runs even when its pack ships it `off`; example options go to the rule. */
function ruleOverride(rule: LoadedRule, example: Example): Record<string, Level | [Level, unknown]> | undefined {
  const level: Level = rule.level === 'off' ? 'error' : rule.level;
  if (example.options) return { [rule.id]: [level, example.options] };
  return rule.level === 'off' ? { [rule.id]: level } : undefined;
}

function compareErrors(expected: readonly ExpectedError[], actual: readonly Diagnostic[], problems: string[]): void {
  if (expected.length === 0) problems.push('an invalid example must list the diagnostics it expects (errors)');
  if (expected.length !== actual.length) {
    problems.push(`expected ${expected.length} diagnostic(s), got ${actual.length}:\n${actual.map((m) => `    ${describe(m)}`).join('\n')}`);
  }
  expected.forEach((e, i) => {
    const m = actual[i];
    if (!m) return;
    const diffs: string[] = [];
    const check = (field: string, want: unknown, got: unknown) => {
      if (want !== undefined && want !== got) diffs.push(`${field} ${String(want)} ≠ ${String(got)}`);
    };
    check('line', e.line, m.span.start.line);
    check('column', e.column, m.span.start.column);
    check('endLine', e.endLine, m.span.end.line);
    check('endColumn', e.endColumn, m.span.end.column);
    check('messageId', e.messageId, m.messageId);
    check('key', e.key, m.key);
    check('message', e.message, m.message);
    if (diffs.length > 0) problems.push(`diagnostic ${i + 1}: ${diffs.join(', ')} (${describe(m)})`);
  });
}

function describe(m: Diagnostic): string {
  return `${m.span.start.line}:${m.span.start.column} ${m.messageId ?? ''}${m.key ? ` [${m.key}]` : ''} ${m.message}`;
}

function describeMutation(e: Example): string {
  const parts = [...Object.entries(e.set ?? {}).map(([k, v]) => `${k}=${v}`), ...(e.replace ?? []).map((r) => `“${r.from}”→“${r.to}”`)];
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** The first 60 characters from where `a` and `b` start to differ. */
function excerpt(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return JSON.stringify(a.slice(Math.max(0, i - 10), i + 50));
}
