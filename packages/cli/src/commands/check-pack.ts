// `govlint check-pack [DIR…]`: validate a pack against the schemas and run its examples. Problems print as
// `file:line:column: error|warning: message` (the unix format: editors parse it), then one summary line per
// pack. Exit 0: valid, every example passes; 1: a problem of the pack; 2: no pack there (usage).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkPack, createColors, shouldColor, type PackCheck, type PackProblem } from '@govlint/core';
import type { CliArgs } from '../args.js';
import type { CliIo } from '../context.js';
import { t, UsageError } from '../i18n.js';

function where(p: PackProblem, cwd: string): string {
  const file = path.relative(cwd, p.file) || p.file;
  return p.line === undefined ? file : `${file}:${p.line}:${p.column ?? 1}`;
}

function summary(check: PackCheck, lang: CliArgs['lang'], dir: string): { ok: boolean; line: string } {
  const errors = check.problems.filter((p) => p.severity === 'error').length;
  const warnings = check.problems.length - errors;
  const name = check.name ?? dir;
  if (errors === 0) return { ok: true, line: t(lang, 'checkPackOk', name, check.rules, check.examples?.total ?? 0, warnings) };
  const examples = check.examples ? t(lang, 'checkPackExamples', check.examples.failed, check.examples.total) : t(lang, 'checkPackNotRun');
  return { ok: false, line: t(lang, 'checkPackFailed', name, errors, warnings, examples) };
}

export async function runCheckPack(args: CliArgs, io: CliIo): Promise<number> {
  const dirs = args.positionals.length > 0 ? args.positionals : ['.'];
  for (const d of dirs) {
    if (!existsSync(path.join(path.resolve(io.cwd, d), 'pack.yaml'))) throw new UsageError(t(args.lang, 'docsNoPack', d));
  }
  const c = createColors(shouldColor(args.color, { isTTY: io.stdoutIsTTY }, io.env));
  let failed = false;
  for (const d of dirs) {
    const check = await checkPack(path.resolve(io.cwd, d), { lang: args.lang, shownAs: d });
    const shown = args.quiet ? check.problems.filter((p) => p.severity === 'error') : check.problems;
    const lines = shown.map((p) => `${where(p, io.cwd)}: ${p.severity === 'error' ? c.red('error') : c.yellow('warning')}: ${p.message}`);
    const { ok, line } = summary(check, args.lang, d);
    failed ||= !ok;
    await io.out(`${[...lines, ok ? c.green(line) : c.red(line)].join('\n')}\n`);
  }
  return failed ? 1 : 0;
}
