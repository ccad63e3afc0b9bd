// `govlint init`: a starter .govlintrc.yaml. Asks two questions in a terminal; flags or defaults otherwise.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { BodyType } from '@govlint/core/runtime';
import { BODY_TYPES, type CliArgs } from '../args.js';
import { t, UsageError } from '../i18n.js';
import { writeFileAtomic } from '../io.js';
import type { CliIo } from '../context.js';

export const CONFIG_NAME = '.govlintrc.yaml';

export interface InitAnswers {
  bodyType: BodyType;
  region?: string;
}

export function starterConfig(answers: InitAnswers): string {
  const region = answers.region?.trim();
  return [
    '# govlint 配置：https://github.com/govlint/govlint/blob/main/docs/cli.md',
    'root: true',
    'extends:',
    '  - "@govlint/rules-national"',
    'settings:',
    `  bodyType: ${answers.bodyType}      # government | township | subdistrict | department | office`,
    region ? `  region: ${JSON.stringify(region)}` : '  # region: "山东"        # 所在地区，启用地方规则',
    '  # reportYear: 2024',
    '# 规则级别：error | warning | info | off，例如 "table3/balance": warning',
    'rules: {}',
    '# ignorePatterns: ["草稿/**"]',
    '',
  ].join('\n');
}

async function ask(lang: CliArgs['lang']): Promise<InitAnswers> {
  // Read answers as a stream of lines: typed-ahead or pasted answers are kept, and end of input (Ctrl+D)
  // means "take the defaults" rather than an error.
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const answer = async (prompt: string): Promise<string> => {
    process.stderr.write(prompt);
    const next = await lines.next();
    return next.done ? '' : String(next.value).trim();
  };
  try {
    const body = await answer(t(lang, 'initAskBody'));
    const bodyType = BODY_TYPES[Number(body) - 1] ?? ((BODY_TYPES as readonly string[]).includes(body) ? (body as BodyType) : 'government');
    const region = await answer(t(lang, 'initAskRegion'));
    return { bodyType, region: region || undefined };
  } finally {
    rl.close();
  }
}

export async function runInit(args: CliArgs, io: CliIo): Promise<number> {
  const target = path.join(io.cwd, CONFIG_NAME);
  if (existsSync(target) && !args.force) throw new UsageError(t(args.lang, 'initExists', CONFIG_NAME));
  const fromFlags = args.settings.bodyType !== undefined || args.settings.region !== undefined;
  const answers: InitAnswers =
    io.stdinIsTTY && !fromFlags
      ? await ask(args.lang)
      : { bodyType: args.settings.bodyType ?? 'government', region: args.settings.region };
  await writeFileAtomic(target, starterConfig(answers));
  io.stderr(t(args.lang, 'initWritten', CONFIG_NAME));
  return 0;
}
