// CliArgs → the LintOptions core expects: the one place where flags meet the engine.
import path from 'node:path';
import type { IgnoreOptions, LintOptions } from '@govlint/core/runtime';
import type { CliArgs } from './args.js';

/** LintOptions whose cwd is always set (paths in messages are shown relative to it). */
export type CliLintOptions = LintOptions & IgnoreOptions & { cwd: string; noWarnIgnored?: boolean };

export function lintOptions(args: CliArgs, cwd: string, extra: Partial<LintOptions> = {}): CliLintOptions {
  const settings = { ...args.settings };
  return {
    cwd,
    configFile: args.config === undefined ? undefined : path.resolve(cwd, args.config),
    noConfig: args.noConfig,
    packs: args.packs.map((p) => (p.startsWith('.') || path.isAbsolute(p) ? path.resolve(cwd, p) : p)),
    ruleOverrides: args.ruleOverrides,
    settings,
    lang: args.lang,
    reportUnusedDirectives: args.reportUnusedDirectives,
    previous: args.previous === undefined ? undefined : path.resolve(cwd, args.previous),
    ...(args.maxFileSizeMb === undefined ? {} : { maxFileSize: args.maxFileSizeMb * 1024 * 1024 }),
    ...(args.timing === undefined ? {} : { timing: true }),
    ...(args.noIgnore ? { noIgnore: true } : {}),
    ...(args.ignorePatterns.length ? { ignorePatterns: args.ignorePatterns } : {}),
    ...(args.noWarnIgnored ? { noWarnIgnored: true } : {}),
    ...extra,
  };
}
