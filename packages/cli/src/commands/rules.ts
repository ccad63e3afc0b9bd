// `govlint rules`: the rules in force here (id, level, description, docs), as a table or as JSON.
import { createColors, padDisplay, displayWidth, shouldColor, type RuleInfo } from '@govlint/core/runtime';
import type { CliArgs } from '../args.js';
import type { CliIo } from '../context.js';
import { lintOptions } from '../options.js';
import { rulesContext } from '../rules-meta.js';

function table(rules: RuleInfo[], color: boolean): string {
  const c = createColors(color);
  const paint = (level: string) => (level === 'error' ? c.red(level) : level === 'warning' ? c.yellow(level) : level === 'info' ? c.blue(level) : c.gray(level));
  const idW = Math.max(2, ...rules.map((r) => displayWidth(r.id)));
  const levelW = 7;
  // Long descriptions are not padded, so one of them does not push every link off screen.
  const descW = Math.min(48, Math.max(0, ...rules.map((r) => displayWidth(r.description))));
  return rules
    .map((r) => {
      const level = paint(padDisplay(r.level, levelW));
      const docs = r.url ? `  ${c.gray(r.url)}` : '';
      return `${padDisplay(r.id, idW)}  ${level}  ${padDisplay(r.description, descW)}${docs}`.trimEnd();
    })
    .join('\n');
}

export async function runRules(args: CliArgs, io: CliIo): Promise<number> {
  const opts = lintOptions(args, io.cwd);
  const { rules } = await rulesContext(opts);
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  if (args.format === 'json') {
    await io.out(`${JSON.stringify(sorted, null, 2)}\n`);
  } else {
    const color = shouldColor(args.color, { isTTY: io.stdoutIsTTY }, io.env);
    await io.out(sorted.length ? `${table(sorted, color)}\n` : '');
  }
  return 0;
}
