// docs/write-a-pack.md, walked through with a govlint CLI in a folder outside the repository: the files the
// tutorial tells the reader to write are taken from the page itself (`<!-- tutorial-file: PATH -->` before a code
// block) and every output it shows (`<!-- tutorial-output: NAME -->`) must be exactly what the commands print. Edit
// the page and the tests replay the new version; change the CLI's output and they ask for the page to follow.
// Walked twice: with the monorepo build (test/packs/tutorial.test.ts) and with the installed tarballs
// (test/install/install.test.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, repo, type Run } from '../cli/helpers.js';

export interface TutorialHost {
  /** What the suite is called. */
  name: string;
  /** The folder to work in, outside the repository (the reader's own folder). */
  work: () => string;
  /** Runs `govlint ARGS` in `cwd` (default: work). */
  run: (args: string[], cwd?: string) => Promise<Run>;
  /** Makes @govlint/core and the national pack resolvable from the new pack, as `npm install` would. */
  installInto?: (packDir: string) => void;
}

const page = readFileSync(path.join(repo, 'docs/write-a-pack.md'), 'utf8');

/** The code block after each `<!-- tutorial-KIND: NAME -->` marker, by NAME. */
function blocks(kind: 'file' | 'output'): Map<string, string> {
  const out = new Map<string, string>();
  const re = new RegExp(`<!-- tutorial-${kind}: (\\S+) -->\\n\`\`\`[^\\n]*\\n([\\s\\S]*?)\`\`\`\\n`, 'g');
  for (const m of page.matchAll(re)) out.set(m[1], m[2]);
  return out;
}

const files = blocks('file');
const outputs = blocks('output');
const output = (name: string) => {
  const text = outputs.get(name);
  if (text === undefined) throw new Error(`docs/write-a-pack.md has no output block "${name}"`);
  return text;
};


function writeFromPage(work: string, rel: string): void {
  const content = files.get(rel);
  if (content === undefined) throw new Error(`docs/write-a-pack.md has no file block "${rel}"`);
  mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
  writeFileSync(path.join(work, rel), content);
}

export function walkTutorial(host: TutorialHost): void {
describe(`docs/write-a-pack.md, step by step (${host.name})`, () => {
  const run = (args: string[], cwd?: string) => host.run(args, cwd ?? host.work());
  const workDir = () => host.work();
  const packDir = () => path.join(host.work(), 'zibo-rules');
  it('shows the commands this test runs and the files it writes', () => {
    for (const command of ['govlint init-pack zibo-rules', 'govlint check-pack zibo-rules', 'govlint reports/', 'npm test', 'npx govlint docs .']) {
      expect(page).toContain(command);
    }
    expect([...files.keys()].sort()).toEqual(['.govlintrc.yaml', 'zibo-rules/rules/zibo/download-link.yaml', 'zibo-rules/vocab/site.txt']);
    expect([...outputs.keys()].sort()).toEqual(['check-added', 'check-new', 'check-typo', 'lint']);
  });

  it('1. init-pack scaffolds the pack', async () => {
    const r = await run(['init-pack', 'zibo-rules']);
    expect(r.stderr).toBe('已在 zibo-rules 创建规则包（6 个文件，示例规则 zibo/contact）\n下一步：govlint check-pack zibo-rules\n');
    expect(r.code).toBe(0);
    for (const f of ['pack.yaml', 'rules/zibo/contact.yaml', 'vocab/contact.txt', 'test/examples.test.mjs', 'package.json', 'README.md']) {
      expect(existsSync(path.join(packDir(), f)), f).toBe(true);
    }
    // A second run does not overwrite the author's work.
    const again = await run(['init-pack', 'zibo-rules']);
    expect([again.code, again.stderr]).toEqual([2, 'govlint: zibo-rules 不是空目录；如要写入（覆盖同名文件）请加 --force\n']);
  });

  it('2. check-pack passes the fresh pack', async () => {
    const r = await run(['check-pack', 'zibo-rules']);
    expect(r.stdout).toBe(output('check-new'));
    expect(r.code).toBe(0);
  });

  it('3. a new rule with a word list passes; a typo is reported at file:line:column', async () => {
    writeFromPage(workDir(), 'zibo-rules/vocab/site.txt');
    writeFromPage(workDir(), 'zibo-rules/rules/zibo/download-link.yaml');
    const r = await run(['check-pack', 'zibo-rules']);
    expect(r.stdout).toBe(output('check-added'));
    expect(r.code).toBe(0);

    const file = path.join(packDir(), 'rules/zibo/download-link.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('\nscope:', '\nscop:'));
    const typo = await run(['check-pack', 'zibo-rules']);
    writeFileSync(file, good);
    expect(typo.stdout).toBe(output('check-typo'));
    expect(typo.code).toBe(1);
  });

  it('4–5. a config extends the national pack and the new one, turns a national rule off; the seed gets exactly the findings shown', async () => {
    writeFromPage(workDir(), '.govlintrc.yaml');
    mkdirSync(path.join(workDir(), 'reports'), { recursive: true });
    writeFileSync(path.join(workDir(), 'reports/博山区2024年报.txt'), readFileSync(path.join(repo, 'packages/rules-national/fixtures/seed-004.txt')));
    const r = await run(['reports/']);
    expect(r.stdout).toBe(output('lint'));
    expect(r.code).toBe(0);

    const json = await run(['reports/', '-f', 'json']);
    const messages = (JSON.parse(json.stdout) as { results: { messages: { ruleId: string; pack: string; severity: string; span: { start: { line: number; column: number } } }[] }[] }).results[0].messages;
    expect(messages.map((m) => `${m.ruleId} ${m.pack} ${m.severity} ${m.span.start.line}:${m.span.start.column}`)).toEqual([
      'zibo/download-link zibo-rules warning 1:1',
      'noise/web-residue @govlint/rules-national info 2:1',
      'table3/labels @govlint/rules-national info 243:1',
    ]);
    // Without the config's `rules:` the national rule is back: the `off` above is what removed it.
    const on = await run(['reports/', '--rule', 'noise/placeholder:info', '-f', 'unix']);
    expect(on.stdout).toContain('reports/博山区2024年报.txt:3:48: info: 未填写的占位符“〔〕号” [noise/placeholder]');
  });

  it('6. npm test (the scaffolded node:test file) and govlint docs work in the pack', async () => {
    const pack = packDir();
    host.installInto?.(pack);
    const test = spawnSync(process.execPath, ['--test'], { cwd: pack, env: cleanEnv(), encoding: 'utf8' });
    expect(test.stdout).toMatch(/# pass 1\n/);
    expect(test.status, test.stdout + test.stderr).toBe(0);

    const docs = await run(['docs', '.'], pack);
    expect(docs.code).toBe(0);
    expect(readFileSync(path.join(pack, 'docs/rules/zibo/download-link.md'), 'utf8')).toContain('# zibo/download-link\n\n开头应写明报告全文的查阅或下载网址');
    // With the pages written, check-pack also watches that they stay up to date.
    writeFileSync(path.join(pack, 'rules/zibo/contact.yaml'), readFileSync(path.join(pack, 'rules/zibo/contact.yaml'), 'utf8').replace('level: warning', 'level: info'));
    const stale = await run(['check-pack', '.'], pack);
    expect(stale.stdout).toBe(`docs/rules/zibo/contact.md: warning: 文档页已过期，请运行 govlint docs .\n✔ 规则包 zibo-rules：2 条规则，4 个示例全部通过（1 个警告）\n`);
    expect(stale.code).toBe(0);
  });
});
}
