// Disable directives from Markdown comments and plain-text lines, applied by position; unused ones reported.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../packages/core/src/lint.js';
import { applyDirectives } from '../../packages/core/src/report/directives.js';
import type { Diagnostic } from '../../packages/core/src/report/diagnostic.js';
import type { Directive } from '../../packages/core/src/read/document.js';
import { tmpPack } from './helpers.js';

const token = (id: string, word: string) => `id: ${id}\ntype: existence\nlevel: warning\ndescription: { zh: 测试 }\nscope: all\ntokens: [${word}]\n`;
const PACK = tmpPack({ 'a/jia.yaml': token('a/jia', '甲'), 'a/yi.yaml': token('a/yi', '乙'), 'b/bing.yaml': token('b/bing', '丙') });
const opts = { noConfig: true, packs: [PACK] };
const found = (r: { messages: Diagnostic[] }) => r.messages.map((m) => `${m.span.start.line} ${m.ruleId}`);

describe('disable directives in Markdown', () => {
  const md = [
    '## 一、总体情况', //            1
    '甲乙丙', //                      2
    '<!-- govlint-disable a/jia -->', // 3
    '甲乙丙', //                      4
    '<!-- govlint-disable-next-line b -->', // 5
    '甲乙丙', //                      6
    '<!-- govlint-enable a/jia -->', // 7
    '甲乙丙 <!-- govlint-disable a/yi -->', // 8 (inline: this line only)
    '<!-- govlint-disable -->', //   9
    '甲乙丙', //                     10
    '<!-- govlint-enable -->', //   11
    '甲乙丙', //                     12
    '<!-- govlint-disable-next-line x/unknown -->', // 13
    '甲', //                         14
  ].join('\n');

  it('suppress by rule id, by family, for the next line, inline for one line, and for all rules', async () => {
    const r = await lintText(md, '/virtual/report.md', opts);
    expect(found(r)).toEqual(['2 a/jia', '2 a/yi', '2 b/bing', '4 a/yi', '4 b/bing', '6 a/yi', '8 a/jia', '8 b/bing', '12 a/jia', '12 a/yi', '12 b/bing', '14 a/jia']);
  });

  it('report the directives that suppressed nothing (when asked)', async () => {
    const r = await lintText(md, '/virtual/report.md', { ...opts, reportUnusedDirectives: true });
    const unused = r.messages.filter((m) => m.ruleId === 'unused-directive');
    expect(unused.map((m) => [m.span.start.line, m.severity, m.message])).toEqual([[13, 'warning', '未起作用的 govlint-disable-next-line 指令（x/unknown）：没有需要屏蔽的问题']]);
    expect(r.unusedDirectives).toEqual(unused);
    expect(r.warningCount).toBe(13);
  });
});

describe('disable directives in plain text', () => {
  it('a line of its own controls the following lines', async () => {
    const txt = '一、总体情况\n甲乙\n# govlint-disable a\n甲乙\ngovlint-enable a\n甲\n// govlint-disable-next-line a/yi -- 已核实\n乙甲\n';
    const r = await lintText(txt, '/virtual/report.txt', opts);
    expect(found(r)).toEqual(['2 a/jia', '2 a/yi', '6 a/jia', '8 a/jia']);
  });
});

describe('applyDirectives', () => {
  const d = (line: number, ruleId: string, fatal = false): Diagnostic => ({
    ruleId,
    pack: 'p',
    severity: 'error',
    message: 'm',
    span: { start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } },
    ...(fatal ? { fatal: true as const } : {}),
  });
  const dir = (kind: Directive['kind'], rules: string[], line: number): Directive => ({ kind, rules, span: { start: { line, column: 1, offset: line * 10 - 5 }, end: { line, column: 9, offset: line * 10 - 1 } } });

  it('never silences fatal diagnostics (the file was not fully checked)', () => {
    const r = applyDirectives([d(2, 'parse', true), d(2, 'a/b')], [dir('disable', [], 1)], 'en');
    expect(r.kept.map((x) => x.ruleId)).toEqual(['parse']);
    expect(r.suppressed.map((x) => x.ruleId)).toEqual(['a/b']);
    expect(r.unused).toEqual([]);
  });

  it('an enable naming a rule re-enables only that rule', () => {
    const r = applyDirectives([d(3, 'a/b'), d(3, 'a/c')], [dir('disable', ['a/b', 'a/c'], 1), dir('enable', ['a/c'], 2)], 'en');
    expect(r.kept.map((x) => x.ruleId)).toEqual(['a/c']);
    expect(r.unused).toEqual([]);
  });
});
