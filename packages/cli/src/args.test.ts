import { describe, expect, it } from 'vitest';
import { detectLang, parseCliArgs } from './args.js';

describe('parseCliArgs', () => {
  it('lints by default and finds a subcommand wherever it stands', () => {
    expect(parseCliArgs(['a.txt', 'b/'], {})).toMatchObject({ command: 'lint', positionals: ['a.txt', 'b/'], format: 'stylish', lang: 'zh' });
    expect(parseCliArgs(['--no-config', '--pack', './p', 'rules'], {})).toMatchObject({ command: 'rules', noConfig: true, packs: ['./p'], positionals: [] });
    expect(parseCliArgs(['extract', 'r.docx'], {})).toMatchObject({ command: 'extract', positionals: ['r.docx'] });
    // A file that happens to be called "rules" after a real file is just a file.
    expect(parseCliArgs(['a.txt', 'rules'], {})).toMatchObject({ command: 'lint', positionals: ['a.txt', 'rules'] });
    expect(parseCliArgs(['--', 'rules'], {})).toMatchObject({ command: 'lint', positionals: ['rules'] });
  });

  it('takes the file of --write-baseline only as --write-baseline=FILE, so a folder after it is still linted', () => {
    expect(parseCliArgs(['--write-baseline', 'reports/'], {})).toMatchObject({ writeBaseline: '', positionals: ['reports/'] });
    expect(parseCliArgs(['--write-baseline=b.json', 'reports/'], {})).toMatchObject({ writeBaseline: 'b.json', positionals: ['reports/'] });
    expect(parseCliArgs(['--baseline', 'b.json', 'r/'], {})).toMatchObject({ baseline: 'b.json', writeBaseline: undefined });
    expect(parseCliArgs(['--', '--write-baseline'], {}).positionals).toEqual(['--write-baseline']);
    expect(() => parseCliArgs(['--previous', 'a.txt', '--previous-dir', 'd', 'f'], {})).toThrow('--previous 与 --previous-dir 只能选一个');
  });

  it('reads repeatable --rule and --pack, and splits the level at the last colon', () => {
    const args = parseCliArgs(['--rule', 'table3/balance:off', '--rule', 'x/y:info', '--pack', 'a', '--pack', 'b', 'f'], {});
    expect(args.ruleOverrides).toEqual({ 'table3/balance': 'off', 'x/y': 'info' });
    expect(args.packs).toEqual(['a', 'b']);
    expect(() => parseCliArgs(['--rule', 'table3/balance:loud', 'f'], {})).toThrow('--rule 的格式是');
    expect(() => parseCliArgs(['--rule', ':error', 'f'], {})).toThrow('--rule 的格式是');
  });

  it('turns settings flags into typed settings and rejects bad values in the chosen language', () => {
    expect(parseCliArgs(['--report-year', '2023', '--body-type', 'township', '--region', '山东/淄博', 'f'], {}).settings).toEqual({
      reportYear: 2023,
      bodyType: 'township',
      region: '山东/淄博',
    });
    expect(() => parseCliArgs(['--report-year', '23', 'f'], {})).toThrow('--report-year 需要一个年份');
    expect(() => parseCliArgs(['--lang', 'en', '--max-warnings=-1', 'f'], {})).toThrow('--max-warnings needs a non-negative integer, got "-1"');
    expect(() => parseCliArgs(['--lang', 'fr', 'f'], {})).toThrow('--lang 只能是 zh 或 en');
  });

  it('refuses contradictory flags', () => {
    expect(() => parseCliArgs(['-c', 'x.yaml', '--no-config', 'f'], {})).toThrow('不能同时使用');
    expect(() => parseCliArgs(['--fix', '--fix-dry-run', 'f'], {})).toThrow('只能选一个');
    expect(() => parseCliArgs(['--stdin', '--fix'], {})).toThrow('--fix 不能用于 --stdin');
    expect(() => parseCliArgs(['--stdin', 'f.txt'], {})).toThrow('--stdin 与文件参数不能同时使用');
  });

  it('colour: --no-color beats --color; neither leaves the decision to the environment', () => {
    expect(parseCliArgs(['f'], {}).color).toBeUndefined();
    expect(parseCliArgs(['--color', 'f'], {}).color).toBe(true);
    expect(parseCliArgs(['--color', '--no-color', 'f'], {}).color).toBe(false);
  });

  it('timing: --timing lists 10 rules; GOVLINT_TIMING=all all of them, =N the N slowest, as ESLint\'s TIMING', () => {
    expect(parseCliArgs(['f'], {}).timing).toBeUndefined();
    expect(parseCliArgs(['f'], { GOVLINT_TIMING: '0' }).timing).toBeUndefined();
    expect(parseCliArgs(['--timing', 'f'], {}).timing).toBe(10);
    expect(parseCliArgs(['f'], { GOVLINT_TIMING: '1' }).timing).toBe(10);
    expect(parseCliArgs(['f'], { GOVLINT_TIMING: 'yes' }).timing).toBe(10);
    expect(parseCliArgs(['f'], { GOVLINT_TIMING: 'all' }).timing).toBe(Infinity);
    expect(parseCliArgs(['--timing', 'f'], { GOVLINT_TIMING: '25' }).timing).toBe(25);
  });

  it('lets the language server ignore transport flags editors add', () => {
    expect(parseCliArgs(['lsp', '--stdio', '--clientProcessId=42'], {})).toMatchObject({ command: 'lsp', ignoredFlags: [] });
    // Anything else is still ignored (an editor may add flags of its own) but named, for the server log.
    expect(parseCliArgs(['lsp', '--stdio', '--verbose', '--log-level=3'], {}).ignoredFlags).toEqual(['--verbose', '--log-level']);
    expect(() => parseCliArgs(['--clientProcessId=42', 'f'], {})).toThrow('未知选项：--clientProcessId');
  });
});

describe('detectLang', () => {
  it('takes --lang in either spelling, then GOVLINT_LANG, then zh', () => {
    expect(detectLang(['--lang', 'en'], {})).toBe('en');
    expect(detectLang(['--lang=en'], {})).toBe('en');
    expect(detectLang([], { GOVLINT_LANG: 'en' })).toBe('en');
    expect(detectLang(['--lang', 'fr'], {})).toBe('zh');
  });
});
