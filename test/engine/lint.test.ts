// The top-level API: never throws for a bad input file, one fatal diagnostic instead; fixes; rule listing;
// settings that override what the model inferred.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyFixes, lintFile, lintText, listRules, resolveConfigFor } from '../../packages/core/src/lint.js';
import type { Diagnostic } from '../../packages/core/src/report/diagnostic.js';
import { generateRuleDocs } from '../../packages/core/src/docs/generate.js';
import { tmpDir, tmpPack } from './helpers.js';

const DEMO = fileURLToPath(new URL('../fixtures/packs/demo/', import.meta.url)).replace(/\/$/, '');
const SEED = fileURLToPath(new URL('../../examples/004_2620abe2f7b9fa96.txt', import.meta.url));
const demo = { noConfig: true, packs: [DEMO] };

describe('lintFile / lintText', () => {
  it('a text that is not an annual report gives one fatal diagnostic and no rule runs', async () => {
    const r = await lintText('购物清单：苹果、香蕉。\n', '/virtual/list.txt', demo);
    expect(r.messages).toEqual([
      { ruleId: 'parse', pack: 'govlint', severity: 'error', message: '不是政府信息公开工作年度报告', messageId: 'notAReport', span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, fatal: true },
    ]);
    expect([r.errorCount, r.fatalCount]).toEqual([1, 1]);
    const en = await lintText('购物清单\n', '/virtual/list.txt', { ...demo, lang: 'en' });
    expect(en.messages[0].message).toBe('not an annual report on government information disclosure');
  });

  it('an unreadable file or an unreadable format is a fatal diagnostic, not an exception', async () => {
    const missing = await lintFile('/nonexistent/report.txt', demo);
    expect(missing.messages.map((m) => [m.ruleId, m.fatal, m.message])).toEqual([['parse', true, '无法读取文件：ENOENT']]);
    const broken = await lintText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '/virtual/broken.docx', demo);
    expect(broken.messages).toHaveLength(1);
    expect(broken.messages[0]).toMatchObject({ ruleId: 'parse', fatal: true, severity: 'error' });
  });

  it('lints a real report: source, format, counts and (on request) the model', async () => {
    const r = await lintFile(SEED, { ...demo, includeModel: true });
    expect(r).toMatchObject({ filePath: SEED, format: 'txt', errorCount: 0, warningCount: 0, fatalCount: 0 });
    expect(r.source).toBe(readFileSync(SEED, 'utf8'));
    expect(r.model?.cells['requests.newReceived.total'].value).toBe(61);
    const broken = await lintText(readFileSync(SEED, 'utf8').replace('共收到政府信息公开申请61件', '共收到政府信息公开申请60件'), SEED, demo);
    expect(broken.messages.map((m) => `${m.ruleId} ${m.span.start.line}:${m.span.start.column} ${m.url}`)).toEqual(['text/new-requests 9:69 https://example.org/demo/text/new-requests.md']);
    expect(broken.messages[0].related?.map((x) => x.key)).toEqual(['requests.newReceived.total']);
  });

  it('timing: milliseconds by stage and by rule that ran, only when asked', async () => {
    const broken = readFileSync(SEED, 'utf8').replace('共收到政府信息公开申请61件', '共收到政府信息公开申请60件');
    const r = await lintText(broken, SEED, { ...demo, timing: true });
    const stats = r.stats!;
    expect(Object.keys(stats)).toEqual(['parse', 'load', 'rules', 'report', 'perRule']);
    for (const ms of [stats.parse, stats.load, stats.rules, stats.report, ...Object.values(stats.perRule)]) expect(ms).toBeGreaterThanOrEqual(0);
    // The gates, and each rule whose gate held (all four of the demo pack on this 2021 report).
    expect(Object.keys(stats.perRule).sort()).toEqual(['(gates)', 'noise/citation', 'structure/parts', 'table3/balance', 'text/new-requests']);
    expect(stats.perRule['text/new-requests']).toBeLessThanOrEqual(stats.rules);
    expect((await lintText(broken, SEED, demo)).stats).toBeUndefined();
  });

  it('settings.reportYear overrides the year the model found (gates see it)', async () => {
    const pack = tmpPack({ 'y/new.yaml': 'id: y/new\ntype: condition\nlevel: info\ndescription: { zh: 新 }\nwhen: { year: { gte: 2025 } }\nconditions: { all: [] }\n' });
    const opts = { noConfig: true, packs: [pack] };
    expect((await lintFile(SEED, opts)).messages).toEqual([]);
    expect((await lintFile(SEED, { ...opts, settings: { reportYear: 2025 } })).messages.map((m) => m.ruleId)).toEqual(['y/new']);
  });
});

describe('applyFixes', () => {
  const fix = (start: number, end: number, text: string): Diagnostic => ({
    ruleId: 'x/y',
    pack: 'p',
    severity: 'warning',
    message: text,
    span: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
    fix: { range: [start, end], text },
  });
  it('applies non-overlapping fixes in one pass and leaves the overlapping ones for the next', () => {
    const a = fix(0, 2, 'AB');
    const b = fix(1, 3, 'X');
    const c = fix(4, 4, '!');
    const plain: Diagnostic = { ...fix(0, 0, ''), fix: undefined };
    const r = applyFixes('abcdef', [c, b, a, plain]);
    expect(r.output).toBe('ABcd!ef');
    expect(r.applied).toEqual([a, c]);
    expect(r.remaining).toEqual([b, plain]);
  });

  it('a fixable rule\'s fix repairs the text end to end', async () => {
    const text = '## 一、总体情况\n\n根据《中华人民共和国信息公开条例》编制。\n';
    const r = await lintText(text, '/virtual/r.md', demo);
    expect(r.fixableCount).toBe(1);
    expect(applyFixes(r.source!, r.messages).output).toBe('## 一、总体情况\n\n根据《中华人民共和国政府信息公开条例》编制。\n');
  });
});

describe('listRules', () => {
  it('lists the rules of the config\'s packs with the level the config gives them', async () => {
    const config = await resolveConfigFor(SEED, { ...demo, ruleOverrides: { 'noise/citation': 'off' }, lang: 'en' });
    const rules = await listRules(config);
    expect(rules.map((r) => [r.id, r.type, r.level, r.fixable])).toEqual([
      ['noise/citation', 'substitution', 'off', true],
      ['structure/parts', 'sections', 'error', false],
      ['table3/balance', 'sum', 'error', false],
      ['text/new-requests', 'text-table', 'error', false],
    ]);
    expect(rules[2]).toMatchObject({ pack: '@govlint-test/demo', description: 'Table 3, each column: new + carried over = processed + carried forward', url: 'https://example.org/demo/table3/balance.md', sources: ['rulebook §3.6 I1'] });
  });
});

describe('generateRuleDocs', () => {
  it('writes one page per rule with its facts, messages and examples', async () => {
    const out = tmpDir();
    const files = await generateRuleDocs(DEMO, out);
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(['noise/citation.md', 'structure/parts.md', 'table3/balance.md', 'text/new-requests.md']);
    const page = readFileSync(`${out}/table3/balance.md`, 'utf8');
    expect(page).toContain('<!-- 由 rules/table3/balance.yaml 生成，请勿手改 / generated from rules/table3/balance.yaml: do not edit -->\n# table3/balance\n');
    expect(page).toContain('| 适用 when | template ∈ `gov-2021` |');
    expect(page).toContain('### ✗ 不符合 Incorrect\n\n`../../../../../../examples/004_2620abe2f7b9fa96.txt`，改动 with: `requests.carriedForward.total` → `3`\n\n```text\n 286  0 |\n 287  62 |\n 288  |||\n…\n 295  0 |\n 296  3 |\n 297  四、政府信息公开行政复议、行政诉讼情况\n```\n\n- 287:1 `mismatch` `requests.totalProcessed.total`');
    const citation = readFileSync(`${out}/noise/citation.md`, 'utf8');
    expect(citation).toContain('修复后 After `--fix`:');
    expect(citation).toContain('### ✓ 符合 Correct\n\n```markdown\n## 一、总体情况\n\n根据《中华人民共和国政府信息公开条例》编制。\n```');
  });
});
