// The editor snippets of docs/cli.md, run as they are written, in the editors Debian ships (installed by
// `pnpm setup:tools`): Neovim 0.7 headless with the `neovim-0.7` Lua block starts `govlint lsp`, and each diagnostic
// lands on the character govlint reports; Vim with the `vim-quickfix` block reads `govlint -f unix --columns byte`
// and its cursor lands on that character too, in a line of Chinese text; Emacs's compilation-mode with the
// `emacs-compile` line jumps to each finding's character. An editor that is missing skips its test
// with the command to install it; in CI (CI=true) it is a failure.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, cleanEnv, govlint, repo, scratch, seed, SEEDS } from './helpers.js';

const page = readFileSync(path.join(repo, 'docs/cli.md'), 'utf8');
/** The code block after `<!-- editor-snippet: NAME -->` (indentation of a list item removed). */
function snippet(name: string): string {
  const m = new RegExp(`<!-- editor-snippet: ${name} -->\\n( *)\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\\1\`\`\``).exec(page);
  if (!m) throw new Error(`docs/cli.md has no editor snippet "${name}"`);
  return m[2].split('\n').map((l) => l.slice(m[1].length)).join('\n') + '\n';
}

const which = (cmd: string) => ['/usr/bin', '/usr/local/bin', '/bin'].map((d) => path.join(d, cmd)).find(existsSync);
const NVIM = which('nvim');
const VIM = which('vim');
const EMACS = which('emacs');
for (const [name, found] of [['nvim', NVIM], ['vim', VIM], ['emacs', EMACS]] as const) {
  if (found) continue;
  if (process.env.CI) throw new Error(`CI: ${name} is missing; \`pnpm setup:tools\` should have installed it`);
  console.warn(`editors.test: ${name} missing, its test is skipped: run \`pnpm setup:tools\``);
}

const { dir, cleanup } = scratch('govlint-editors-');
afterAll(cleanup);
// `govlint` on PATH, as an installed CLI would be: the snippets call it by name.
mkdirSync(path.join(dir, 'bin'));
writeFileSync(path.join(dir, 'bin/govlint'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
chmodSync(path.join(dir, 'bin/govlint'), 0o755);
const env = cleanEnv({ PATH: `${path.join(dir, 'bin')}:${process.env.PATH ?? ''}`, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir });
// SEED-002: findings in lines of Chinese text, at columns where characters and bytes differ.
const report = path.join(dir, 'report.txt');
writeFileSync(report, seed(SEEDS[2]));

/** govlint's own findings on the report as `line:column rule`, columns in characters. */
async function expected(): Promise<string[]> {
  const r = await govlint(['--no-config', '-f', 'unix', 'report.txt'], { cwd: dir });
  return r.stdout.trim().split('\n').filter((l) => l.startsWith('report.txt:')).map((l) => {
    const m = /^report\.txt:(\d+):(\d+): \w+: .* \[([^\]]+)\]$/.exec(l)!;
    return `${m[1]}:${m[2]} ${m[3]}`;
  });
}

describe('editor snippets of docs/cli.md', () => {
  it.skipIf(!NVIM)('Neovim 0.7+: the Lua block starts govlint lsp; every diagnostic sits where govlint says', async () => {
    writeFileSync(path.join(dir, 'init.lua'), snippet('neovim-0.7'));
    // Diagnostics with their columns back in characters (Neovim keeps byte columns), then quit.
    writeFileSync(
      path.join(dir, 'probe.lua'),
      `vim.cmd('edit report.txt')
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local line = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1] or ''
  table.insert(out, string.format('%d:%d %s', d.lnum + 1, vim.str_utfindex(line, d.col) + 1, d.code or ''))
end
vim.fn.writefile(out, 'diagnostics.txt')
vim.cmd('qa!')
`,
    );
    const r = spawnSync(NVIM!, ['--headless', '-u', 'init.lua', '-c', 'luafile probe.lua'], { cwd: dir, env, timeout: 60_000, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const got = readFileSync(path.join(dir, 'diagnostics.txt'), 'utf8').trim().split('\n').sort();
    expect(got.length).toBeGreaterThan(3);
    expect(got).toEqual((await expected()).sort());
  });

  it.skipIf(!VIM)('Vim: makeprg and errorformat put the cursor on the character of each finding, in Chinese text', async () => {
    const want = await expected();
    const target = want.find((w) => / text\//.test(w)) ?? want[0];
    const index = want.indexOf(target);
    const [line, column] = target.split(' ')[0].split(':').map(Number);
    writeFileSync(
      path.join(dir, 'probe.vim'),
      `set encoding=utf-8\n${snippet('vim-quickfix')}edit report.txt\nsilent make!\ncc ${index + 1}\ncall writefile([line('.') . ':' . charcol('.')], 'cursor.txt')\nqa!\n`,
    );
    const r = spawnSync(VIM!, ['-es', '-u', 'NONE', '-N', '-S', 'probe.vim'], { cwd: dir, env, timeout: 60_000, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(report, 'utf8').split('\n')[line - 1];
    // The line has Chinese before the finding: a character column read as bytes would land elsewhere.
    expect(Buffer.byteLength(text.slice(0, column - 1))).toBeGreaterThan(column - 1);
    expect(readFileSync(path.join(dir, 'cursor.txt'), 'utf8').trim()).toBe(`${line}:${column}`);
  });

  it.skipIf(!EMACS)('Emacs: compilation-mode with the documented setting jumps to the character of each finding', async () => {
    const want = await expected();
    const r0 = await govlint(['--no-config', '-f', 'unix', 'report.txt'], { cwd: dir });
    // A blank first line: the first finding is then after point, as after `M-x compile`.
    writeFileSync(path.join(dir, 'unix.txt'), `\n${r0.stdout}`);
    writeFileSync(
      path.join(dir, 'probe.el'),
      `${snippet('emacs-compile')}(setq compilation-skip-threshold 0)
(with-current-buffer (get-buffer-create "*govlint*")
  (insert-file-contents "unix.txt")
  (compilation-mode)
  (goto-char (point-min))
  (let ((out nil))
    (dotimes (_ ${want.length})
      (compilation-next-error 1)
      (save-window-excursion
        (compile-goto-error)
        (push (format "%d:%d" (line-number-at-pos) (1+ (- (point) (line-beginning-position)))) out))
      (set-buffer "*govlint*"))
    (with-temp-file "jumps.txt" (insert (mapconcat #'identity (reverse out) "\n")))))
(kill-emacs 0)
`,
    );
    const r = spawnSync(EMACS!, ['--batch', '--no-init-file', '-l', 'probe.el'], { cwd: dir, env, timeout: 60_000, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'jumps.txt'), 'utf8').split('\n')).toEqual(want.map((w) => w.split(' ')[0]));
  });

  it.skipIf(!EMACS)('Emacs: the Eglot block starts govlint lsp; every diagnostic sits where govlint says', async () => {
    writeFileSync(
      path.join(dir, 'eglot.el'),
      // The diagnostics as Eglot holds them for Flymake (eglot--diagnostics): Flymake itself reports on idle
      // timers, which never fire in --batch.
      `${snippet('emacs-eglot')}(require 'eglot)
(find-file "report.txt")
(text-mode)
(apply #'eglot (eglot--guess-contact))
(let ((i 0)) (while (and (< i 300) (null eglot--diagnostics)) (accept-process-output nil 0.1) (setq i (1+ i))))
(with-current-buffer "report.txt"
  (let ((out (mapcar (lambda (d)
                       (let ((beg (flymake-diagnostic-beg d)))
                         (format "%d:%d" (line-number-at-pos beg) (1+ (- beg (save-excursion (goto-char beg) (line-beginning-position)))))))
                     eglot--diagnostics)))
    (with-temp-file "eglot.txt" (insert (mapconcat #'identity out "\\n")))))
(kill-emacs 0)
`,
    );
    const r = spawnSync(EMACS!, ['--batch', '--no-init-file', '-l', 'eglot.el'], { cwd: dir, env, timeout: 60_000, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const got = readFileSync(path.join(dir, 'eglot.txt'), 'utf8').trim().split('\n').sort();
    expect(got.length).toBeGreaterThan(3);
    expect(got).toEqual((await expected()).map((w) => w.split(' ')[0]).sort());
  });
});
