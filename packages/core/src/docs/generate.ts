// One Markdown page per rule, generated from its YAML (never edited by hand): what it checks, when it runs,
// its level, sources, options, messages and its examples as ✗/✓ blocks.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { decode } from '../decode/index.js';
import { loadPack } from '../engine/pack-loader.js';
import type { Example, LoadedRule } from '../engine/types.js';
import { mutate } from '../testing/mutate.js';
import { describeGate } from './describe-gate.js';

/** Writes `<outDir>/<id>.md` (`<family>/<name>.md`) for every rule the pack defines; returns the paths written. */
export async function generateRuleDocs(packDir: string, outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [id, page] of await ruleDocPages(packDir)) {
    const file = join(outDir, `${id}.md`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, page);
    written.push(file);
  }
  return written;
}

/** Rule id → the page `govlint docs` writes for it, without writing anything. */
export async function ruleDocPages(packDir: string): Promise<Map<string, string>> {
  const pack = await loadPack(resolve(packDir), process.cwd());
  const pages = new Map<string, string>();
  for (const rule of pack.rules) pages.set(rule.id, await rulePage(rule, pack.dir));
  return pages;
}

export interface StaleDoc {
  /** The page (existing, or where it belongs). */
  file: string;
  ruleId?: string;
  /** `stale`: differs from what the rule file gives; `missing`: no page; `orphan`: a page with no rule. */
  kind: 'stale' | 'missing' | 'orphan';
}

/** The pages under `docsDir` that `govlint docs` would change (the docs are generated, never edited). */
export async function staleRuleDocs(packDir: string, docsDir: string): Promise<StaleDoc[]> {
  const pages = await ruleDocPages(packDir);
  const out: StaleDoc[] = [];
  for (const [id, page] of pages) {
    const file = join(docsDir, `${id}.md`);
    if (!existsSync(file)) out.push({ file, ruleId: id, kind: 'missing' });
    else if ((await readFile(file, 'utf8')) !== page) out.push({ file, ruleId: id, kind: 'stale' });
  }
  if (existsSync(docsDir)) {
    for (const e of await readdir(docsDir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !e.name.endsWith('.md')) continue;
      const file = join(e.parentPath, e.name);
      const id = relative(docsDir, file).split('\\').join('/').slice(0, -'.md'.length);
      if (!pages.has(id)) out.push({ file, kind: 'orphan' });
    }
  }
  return out;
}

export async function rulePage(rule: LoadedRule, packDir: string): Promise<string> {
  const { raw } = rule;
  const source = relative(packDir, rule.file).split('\\').join('/');
  const out: string[] = [
    `<!-- 由 ${source} 生成，请勿手改 / generated from ${source}: do not edit -->`,
    `# ${rule.id}`,
    '',
    raw.description.zh,
    '',
    ...(raw.description.en ? [`*${raw.description.en}*`, ''] : []),
    '| | |',
    '| --- | --- |',
    `| 类型 type | \`${raw.type}\` |`,
    `| 级别 level | ${levelText(rule)} |`,
    `| 适用 when | ${describeGate(rule.when)} |`,
    `| 可自动修复 fixable | ${raw.fixable ? '是 yes' : '否 no'} |`,
    `| 依据 sources | ${(raw.sources ?? []).map((s) => escapeCell(s)).join(', ') || '—'} |`,
    `| 规则包 pack | \`${rule.pack}\` |`,
    '',
  ];
  if (raw.docs) out.push('## 说明 Details', '', raw.docs.zh, '', ...(raw.docs.en ? [raw.docs.en, ''] : []));
  const messages = Object.entries(raw.messages ?? (raw.message ? { default: raw.message } : {}));
  if (messages.length > 0) {
    out.push('## 提示信息 Messages', '', '| id | zh | en |', '| --- | --- | --- |');
    for (const [id, m] of messages) out.push(`| \`${id}\` | ${escapeCell(m.zh)} | ${escapeCell(m.en ?? '')} |`);
    out.push('');
  }
  if (raw.options || raw.optionsSchema) {
    out.push('## 选项 Options', '', '```yaml', `# ${'默认值 defaults'}`, JSON.stringify(raw.options ?? {}, null, 2), '```', '');
    if (raw.optionsSchema) out.push('```json', JSON.stringify(raw.optionsSchema, null, 2), '```', '');
  }
  const { valid = [], invalid = [] } = raw.examples ?? {};
  if (invalid.length + valid.length > 0) out.push('## 示例 Examples', '');
  const title = (head: string, e: Example) => (e.name ? `${head}：${escapeCell(e.name)}` : head);
  for (const e of invalid) out.push(title('### ✗ 不符合 Incorrect', e), '', ...(await exampleBlock(e, rule, true)), '');
  for (const e of valid) out.push(title('### ✓ 符合 Correct', e), '', ...(await exampleBlock(e, rule, false)), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function levelText(rule: LoadedRule): string {
  const gated = (rule.raw.levels ?? []).map((l) => `${l.level}（${describeGate(l.when)}）`);
  return [`\`${rule.level}\``, ...gated].join('；');
}

async function exampleBlock(e: Example, rule: LoadedRule, invalid: boolean): Promise<string[]> {
  const lines: string[] = [];
  const changes = [
    ...Object.entries(e.set ?? {}).map(([k, v]) => `\`${k}\` → \`${v}\``),
    // A replacement may span lines: show its line breaks as ↵ so the change stays on one line of the page.
    ...(e.replace ?? []).map((r) => `“${r.from.replace(/\r?\n/g, '↵')}” → “${r.to.replace(/\r?\n/g, '↵')}”`),
    ...Object.entries(e.settings ?? {}).map(([k, v]) => `settings.${k} = \`${JSON.stringify(v)}\``),
  ];
  let text: string | undefined = e.text;
  let path = join(dirname(rule.file), `example.${e.format ?? 'md'}`);
  if (e.fixture) {
    path = resolve(dirname(rule.file), e.fixture);
    lines.push(`\`${e.fixture}\`${changes.length > 0 ? `，改动 with: ${changes.join('；')}` : ''}`, '');
    text = await readFile(path).then((b) => decode(b).text, () => undefined);
  } else if (changes.length > 0) lines.push(`改动 with: ${changes.join('；')}`, '');
  const errorLines = (e.errors ?? []).map((x) => x.line).filter((l): l is number => l !== undefined);
  if (text !== undefined && (e.set || e.replace)) {
    const m = await mutate(text, path, e);
    if (m.ok) {
      text = m.text;
      errorLines.push(...m.lines);
    }
  }
  if (text !== undefined && (e.text !== undefined || (invalid && errorLines.length > 0))) {
    lines.push(`\`\`\`${fence(e, path)}`, ...excerpt(text, e.text !== undefined ? [] : errorLines), '```', '');
  }
  if (invalid && e.errors?.length) {
    lines.push(...e.errors.map((x) => `- ${x.line ?? '?'}:${x.column ?? '?'} ${x.messageId ? `\`${x.messageId}\`` : ''}${x.key ? ` \`${x.key}\`` : ''}`));
  }
  if (e.output !== undefined && e.output !== null) lines.push('', '修复后 After `--fix`:', '', '```', e.output.trimEnd(), '```');
  return lines;
}

/** The whole inline text, or ±1 line around each expected diagnostic of a fixture (with line numbers). */
function excerpt(text: string, lines: number[]): string[] {
  const all = text.split(/\r\n|\r|\n/);
  if (lines.length === 0) return all.map((l) => l.trimEnd()).filter((l, i, a) => l !== '' || i < a.length - 1);
  const keep = new Set<number>();
  for (const l of lines) for (let i = l - 1; i <= l + 1; i++) if (i >= 1 && i <= all.length) keep.add(i);
  const sorted = [...keep].sort((a, b) => a - b);
  const out: string[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n !== sorted[i - 1] + 1) out.push('…');
    out.push(`${String(n).padStart(4)}  ${all[n - 1].slice(0, 160)}`);
  });
  return out;
}

function fence(e: Example, path: string): string {
  return e.format ?? (extname(path).slice(1) === 'md' ? 'markdown' : 'text');
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
