// The provincial packs on top of the national one (issue 7): each flags a seed or a mutated seed that the national
// pack alone passes; SEED-004, a Shandong report, passes the Shandong pack; packs are chosen by `extends`, by
// `settings.region` and by `--region`; pack settings (Hunan's local deadlines) and pack levels (Shandong turning a
// national rule off) take effect; a user's override of a national rule works through a provincial pack; two packs
// defining one rule id stop the run with a clear error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearCaches, ConfigError, lintText, resolveConfigFor, RuleTester, type Diagnostic, type LintOptions, type Settings } from '@govlint/core';
import { writeTree } from '../engine/helpers.js';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
const fixtures = join(packages, 'rules-national/fixtures');
const NATIONAL = join(packages, 'rules-national');
const provincial = (p: string) => join(packages, 'rules-provincial', p);
const SHANDONG = provincial('shandong');
const SHANGHAI = provincial('shanghai');
const HUNAN = provincial('hunan');
const HUAIHUA = provincial('hunan/huaihua');
const YUEYANG = provincial('hunan/yueyang');
const ANHUI = provincial('anhui');

const seedPath = (n: number) => join(fixtures, `seed-00${n}.txt`);
const seed = (n: number) => readFileSync(seedPath(n), 'utf8');
const SEED4 = seed(4);

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.includes(from), `the seed contains “${from}”`).toBe(true);
  return text.replace(from, to);
}

/** `rule line:column level` of each finding, in document order. */
const brief = (ms: readonly Diagnostic[]) => ms.map((m) => `${m.ruleId} ${m.span.start.line}:${m.span.start.column} ${m.severity}`);

async function lint(text: string, packs: string[], settings: Partial<Settings> = {}, extra: LintOptions = {}) {
  return lintText(text, seedPath(4), { noConfig: true, packs, settings, ...extra });
}

/** Findings of `packs` that the national pack alone does not give for the same text and settings. */
async function added(text: string, packs: string[], settings: Partial<Settings> = {}): Promise<Diagnostic[]> {
  const [national, withPack] = await Promise.all([lint(text, [NATIONAL], settings), lint(text, packs, settings)]);
  const key = (m: Diagnostic) => `${m.ruleId}|${m.span.start.offset}|${m.message}`;
  const seen = new Set(national.messages.map(key));
  return withPack.messages.filter((m) => !seen.has(key(m)));
}

beforeEach(() => clearCaches());

describe('山东', () => {
  it('SEED-004 (淄博博山, a Shandong report) passes the Shandong pack: no error, no Shandong finding', async () => {
    const result = await lint(SEED4, [SHANDONG]);
    expect(result.errorCount).toBe(0);
    expect(result.messages.filter((m) => m.ruleId.startsWith('shandong/'))).toEqual([]);
    // The same three national infos as without the pack: the pack adds nothing to a clean Shandong report.
    expect(brief(result.messages)).toEqual(brief((await lint(SEED4, [NATIONAL])).messages));
  });

  it('flags 六 items written in prose rather than as sub-items, which the national pack accepts', async () => {
    const mutated = replaceOnce(SEED4, '(二)建议提案办理情况。', '此外，');
    expect(brief((await lint(mutated, [NATIONAL])).messages)).toEqual(brief((await lint(SEED4, [NATIONAL])).messages));
    const found = await added(mutated, [SHANDONG]);
    expect(brief(found)).toEqual(['shandong/section6-items 342:1 warning']);
    expect(found[0].message).toBe('第六部分未单列“建议提案办理情况”小项（山东省年报的通行写法，如“（二）建议提案办理情况”）');
  });

  it('flags an opening that does not cite 国办公开办函〔2021〕30号', async () => {
    const mutated = replaceOnce(SEED4, '和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)', '');
    expect(brief(await added(mutated, [SHANDONG]))).toEqual(['shandong/opening-citation 1:1 warning']);
  });

  it('turns the national content/section6-items off (pack levels beat the rule\'s own levels gates) and reports each missing item once', async () => {
    // SEED-001 is a 乡人民政府: the national rule's gate makes it a warning; the Shandong pack's `off` must still win.
    const national = await lintText(seed(1), seedPath(1), { noConfig: true, packs: [NATIONAL] });
    // The national rule groups the missing items into one finding.
    expect(brief(national.messages.filter((m) => m.ruleId.endsWith('section6-items')))).toEqual(['content/section6-items 295:1 warning']);
    const shandong = await lintText(seed(1), seedPath(1), { noConfig: true, packs: [SHANDONG] });
    expect(brief(shandong.messages.filter((m) => m.ruleId.endsWith('section6-items')))).toEqual(Array(3).fill('shandong/section6-items 295:1 warning'));
  });

  it('has RuleTester tests beyond the examples in its rule files', async () => {
    await new RuleTester({ pack: SHANDONG }).run(
      'shandong/section6-items',
      {
        valid: [{ name: 'Weihai-style sub-items (S14b)', fixture: 'seed-004.txt', replace: [{ from: '(二)建议提案办理情况。', to: '（三）人大代表建议和政协提案办理结果公开情况\n' }] }],
        invalid: [
          {
            name: 'no 创新 sub-item',
            fixture: 'seed-004.txt',
            replace: [{ from: '(三)政务公开创新实践情况。', to: '' }],
            errors: [{ line: 342, column: 1, messageId: 'missingItem', message: '第六部分未单列“政务公开创新情况”小项（山东省年报的通行写法，如“（二）建议提案办理情况”）' }],
          },
        ],
      },
      { baseDir: fixtures },
    );
  });
});

describe('上海', () => {
  it('flags SEED-004, whose opening does not cite 《上海市政府信息公开规定》, at info level only', async () => {
    expect(brief(await added(SEED4, [SHANGHAI]))).toEqual(['shanghai/opening-regulation 1:1 info']);
    const cited = replaceOnce(SEED4, '(国务院令第711号)', '和《上海市政府信息公开规定》');
    expect(brief(await added(cited, [SHANGHAI]))).toEqual([]);
  });

  /** SEED-004 moved to 2022 (published 2023), with the Shanghai period sentence. */
  const shanghai2022 = (period: string) =>
    replaceOnce(SEED4.replaceAll('2023', '2021').replaceAll('2024', '2022').replaceAll('2025', '2023'), '报告中所列数据的统计期限自2022年1月1日起,至2022年12月31日止', `本报告中所列数据的统计期限${period}`);

  it('accepts the “从…到…止” period wording: read as the whole report year, no stat-period finding', async () => {
    const text = shanghai2022('从2022年1月1日到12月31日止');
    const result = await lint(text, [SHANGHAI], {}, { includeModel: true });
    expect(result.model?.meta.year).toBe(2022);
    expect(result.model?.meta.period).toMatchObject({ startYear: 2022, startMonthDay: '01-01', endMonthDay: '12-31' });
    expect(result.model?.meta.period?.text).toContain('从2022年1月1日到12月31日');
    expect(result.messages.filter((m) => m.ruleId === 'wording/stat-period')).toEqual([]);
  });

  it('still reports a “从…到…止” period that is not the whole year (the acceptance is not blanket)', async () => {
    const result = await lint(shanghai2022('从2022年1月1日到6月30日止'), [SHANGHAI]);
    expect(result.messages.filter((m) => m.ruleId === 'wording/stat-period').map((m) => m.messageId)).toEqual(['wrongDates']);
  });
});

describe('湖南', () => {
  const publishedOn = (date: string) => replaceOnce(SEED4, '2025-02-17', date);

  it('怀化: a department publishing on 30 January is late by the city deadline (pack settings), not by the 条例', async () => {
    const text = publishedOn('2025-01-30');
    const found = await added(text, [HUAIHUA], { bodyType: 'department' });
    expect(brief(found)).toEqual(['hunan/seal-note 1:1 info', 'deadline/local 4:9 warning']);
    expect(found[1].message).toBe('发布日期 2025-01-30 晚于本地规定的期限 2025-01-28');
    // The national pack alone: the statutory deadline (31 January) is met and no local deadline is set.
    expect((await lint(text, [NATIONAL], { bodyType: 'department' })).messages.filter((m) => m.ruleId.startsWith('deadline/'))).toEqual([]);
  });

  it('岳阳: a district government publishing on 1 March is late by 各区市 2月20日; 怀化 sets no government deadline', async () => {
    const text = publishedOn('2025-03-01');
    expect(brief(await added(text, [YUEYANG]))).toEqual(['hunan/seal-note 1:1 info', 'deadline/local 4:9 warning']);
    expect(brief(await added(text, [HUAIHUA]))).toEqual(['hunan/seal-note 1:1 info']);
  });

  it('the Hunan pack alone (region 湖南, no city) sets no deadline and keeps the seal reminder off', async () => {
    const config = await resolveConfigFor(seedPath(4), { noConfig: true, settings: { region: '湖南/长沙' } });
    expect(config.packs).toEqual([NATIONAL, HUNAN]);
    expect(await added(publishedOn('2025-03-01'), config.packs, { region: '湖南/长沙' })).toEqual([]);
  });

  it('a user deadline replaces the pack default (岳阳市人民政府 itself publishes by 3月31日)', async () => {
    const found = await added(publishedOn('2025-03-01'), [YUEYANG], { deadlines: { government: '03-31' } });
    expect(brief(found)).toEqual(['hunan/seal-note 1:1 info']);
  });
});

describe('安徽', () => {
  it('flags a department that does not report its key tasks, which the national pack leaves at info', async () => {
    // Published by 31 January, as a department must: the national pack then has nothing above info to say.
    const department = replaceOnce(SEED4, '2025-02-17', '2025-01-20');
    const text = replaceOnce(department, '(四)落实上级年度政务公开工作要点情况。一是认真落实省、市2024年政务公开工作要求', '(四)其他。一是认真落实省、市2024年政务公开要求');
    const national = await lint(text, [NATIONAL], { bodyType: 'department' });
    expect(national.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    const found = await added(text, [ANHUI], { bodyType: 'department' });
    expect(brief(found)).toEqual(['anhui/key-tasks 6:1 warning']);
    expect(found[0].message).toBe('未报告年度重点工作任务落实情况（池州等地要求纳入年报）');
  });

  it('raises the national content/generic-overview from info to warning (固镇 S11: no stock phrases)', async () => {
    const national = await lint(seed(0), [NATIONAL]);
    const anhui = await lint(seed(0), [ANHUI]);
    const generic = (r: typeof national) => brief(r.messages.filter((m) => m.ruleId === 'content/generic-overview'));
    expect(generic(national)).toEqual(['content/generic-overview 2:1 info']);
    expect(generic(anhui)).toEqual(['content/generic-overview 2:1 warning']);
    // A user config still decides over the pack.
    const off = await lint(seed(0), [ANHUI], {}, { ruleOverrides: { 'content/generic-overview': 'info' } });
    expect(generic(off)).toEqual(['content/generic-overview 2:1 info']);
  });

  it('has RuleTester tests: the word list (vocab) is what the rule looks for', async () => {
    await new RuleTester({ pack: ANHUI }).run(
      'anhui/key-tasks',
      {
        valid: [{ name: '任务清单 in 六', fixture: 'seed-000.txt', replace: [{ from: '2024年度本机关未收取信息处理费。', to: '本机关政务公开任务清单均已落实。2024年度本机关未收取信息处理费。' }] }],
        invalid: [{ fixture: 'seed-000.txt', errors: [{ line: 2, column: 1, messageId: 'tooFew' }] }],
      },
      { baseDir: fixtures },
    );
  });
});

describe('choosing a provincial pack', () => {
  const report = () => ({ 'report.txt': SEED4 });

  it('by extends in a config file, by npm name', async () => {
    const root = writeTree({ ...report(), '.govlintrc.yaml': 'root: true\nextends: ["@govlint/rules-provincial/shandong"]\n' });
    const config = await resolveConfigFor(join(root, 'report.txt'));
    expect(config.packs).toEqual([SHANDONG]);
    const result = await lintText(SEED4, join(root, 'report.txt'));
    expect(result.messages.map((m) => m.pack)).toContain('@govlint/rules-national');
    // A city pack by its npm name too.
    const city = writeTree({ ...report(), '.govlintrc.yaml': 'root: true\nextends: ["@govlint/rules-provincial/hunan/huaihua"]\n' });
    expect((await resolveConfigFor(join(city, 'report.txt'))).packs).toEqual([HUAIHUA]);
  });

  it('by settings.region in a config file: the most specific entry of regions.yaml wins', async () => {
    const cases: [string, string][] = [
      ['山东/淄博', SHANDONG],
      ['上海', SHANGHAI],
      ['湖南/怀化/鹤城区', HUAIHUA],
      ['湖南/岳阳', YUEYANG],
      ['湖南/长沙', HUNAN],
      ['安徽/池州', ANHUI],
      // As people write them, with the administrative suffix.
      ['山东省', SHANDONG],
      ['湖南省/怀化市', HUAIHUA],
      ['上海市/杨浦区', SHANGHAI],
    ];
    for (const [region, pack] of cases) {
      const root = writeTree({ ...report(), '.govlintrc.yaml': `root: true\nsettings: { region: ${region} }\n` });
      expect((await resolveConfigFor(join(root, 'report.txt'))).packs, region).toEqual([NATIONAL, pack]);
    }
    const none = writeTree({ ...report(), '.govlintrc.yaml': 'root: true\nsettings: { region: 西藏 }\n' });
    expect((await resolveConfigFor(join(none, 'report.txt'))).packs).toEqual([NATIONAL]);
  });

  it('by --region (command-line settings), on top of what the config extends', async () => {
    const config = await resolveConfigFor(seedPath(4), { noConfig: true, settings: { region: '山东' } });
    expect(config.packs).toEqual([NATIONAL, SHANDONG]);
    const result = await lintText(replaceOnce(SEED4, '(二)建议提案办理情况。', '此外，'), seedPath(4), { noConfig: true, settings: { region: '山东' } });
    expect(result.messages.filter((m) => m.ruleId.startsWith('shandong/')).map((m) => m.ruleId)).toEqual(['shandong/section6-items']);
  });

  it('a region more local than the pack the config extends adds the city pack; the same or a broader one does not', async () => {
    expect((await resolveConfigFor(seedPath(4), { noConfig: true, packs: [HUNAN], settings: { region: '湖南/怀化' } })).packs).toEqual([HUNAN, HUAIHUA]);
    expect((await resolveConfigFor(seedPath(4), { noConfig: true, packs: [HUAIHUA], settings: { region: '湖南/怀化' } })).packs).toEqual([HUAIHUA]);
    expect((await resolveConfigFor(seedPath(4), { noConfig: true, packs: [SHANDONG], settings: { region: '山东/淄博' } })).packs).toEqual([SHANDONG]);
  });
});

describe('overriding rules across packs', () => {
  it('a user config sets national and provincial rules by id through the provincial pack, above the pack levels', async () => {
    const root = writeTree({
      'report.txt': seed(2),
      '.govlintrc.yaml': [
        'root: true',
        'extends: ["@govlint/rules-provincial/shandong"]',
        'rules:',
        '  noise/placeholder: off',
        '  content/section6-items: warning      # the Shandong pack turned it off',
        '  shandong/section6-items: off',
        '  shandong/opening-citation: info',
        '',
      ].join('\n'),
    });
    const file = join(root, 'report.txt');
    const [withConfig, packOnly] = await Promise.all([lintText(seed(2), file), lintText(seed(2), file, { noConfig: true, packs: [SHANDONG] })]);
    const count = (ms: Diagnostic[], id: string, severity?: string) => ms.filter((m) => m.ruleId === id && (!severity || m.severity === severity)).length;
    // SEED-002 is a 区政府办公室: without the config the Shandong rule reports the three items (info), the national one is off.
    expect([count(packOnly.messages, 'shandong/section6-items'), count(packOnly.messages, 'content/section6-items')]).toEqual([3, 0]);
    expect([count(withConfig.messages, 'shandong/section6-items'), count(withConfig.messages, 'content/section6-items', 'warning')]).toEqual([0, 1]);
    expect(count(packOnly.messages, 'shandong/opening-citation', 'warning')).toBe(1);
    expect(count(withConfig.messages, 'shandong/opening-citation', 'info')).toBe(1);
  });

  it('two packs defining the same rule id stop the run, naming both files and packs', async () => {
    const rule = readFileSync(join(SHANDONG, 'rules/shandong/opening-parts.yaml'), 'utf8');
    const mine = writeTree({
      'pack.yaml': 'name: zibo-copy\nnamespace: shandong\nextends: ["@govlint/rules-national"]\n',
      'rules/shandong/opening-parts.yaml': rule.replace(/^# yaml-language-server.*\n/, ''),
    });
    const root = writeTree({ 'report.txt': SEED4, '.govlintrc.yaml': `root: true\nextends: ["@govlint/rules-provincial/shandong", "${mine}"]\n` });
    const theirs = join(SHANDONG, 'rules/shandong/opening-parts.yaml');
    const ours = join(mine, 'rules/shandong/opening-parts.yaml');
    const error = await lintText(SEED4, join(root, 'report.txt')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    // At the `id` of the second definition (line 1 once the schema comment is gone).
    expect((error as ConfigError).message).toBe(`${ours}:1:5: 规则 id \`shandong/opening-parts\` 重复：${theirs}（@govlint/rules-provincial/shandong）与 ${ours}（zibo-copy）都定义了它`);
    expect((error as ConfigError).format('en')).toBe(
      `${ours}:1:5: duplicate rule id \`shandong/opening-parts\`: defined in ${theirs} (@govlint/rules-provincial/shandong) and in ${ours} (zibo-copy)`,
    );
  });
});
