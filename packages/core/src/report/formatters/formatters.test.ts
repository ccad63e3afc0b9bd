import { Ajv } from 'ajv';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../read/document.js';
import type { ReportModel } from '../../model/types.js';
import type { Diagnostic, FileResult, Severity } from '../diagnostic.js';
import { displayWidth } from '../../util/width.js';
import { binaryFormatters, formatters, streamingFormatters, totals, type FormatterContext } from './index.js';
import { loadFormat } from './load.js';

const cwd = path.resolve('/reports');
const ctx = (over: Partial<FormatterContext> = {}): FormatterContext => ({
  cwd,
  lang: 'zh',
  color: false,
  rulesMeta: {
    'table3/balance': { docs: 'https://example.test/rules/table3/balance', level: 'error', description: '表三平衡' },
    'text/halfwidth-comma': { docs: 'https://example.test/rules/text/halfwidth-comma', level: 'warning' },
  },
  tool: { name: 'govlint', version: '9.9.9' },
  packs: [{ name: '@govlint/rules-national', version: '0.1.0' }],
  ...over,
});

function span(line: number, column: number, offset: number, length = 1): Span {
  return { start: { line, column, offset }, end: { line, column: column + length, offset: offset + length } };
}

function diag(ruleId: string, severity: Severity, s: Span, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { ruleId, pack: '@govlint/rules-national', severity, message, span: s, ...extra };
}

function result(filePath: string, messages: Diagnostic[], extra: Partial<FileResult> = {}): FileResult {
  const count = (s: Severity) => messages.filter((m) => m.severity === s).length;
  return {
    filePath,
    format: 'txt',
    messages,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    fatalCount: messages.filter((m) => m.fatal).length,
    fixableCount: messages.filter((m) => m.fix).length,
    ...extra,
  };
}

const balance = diag('table3/balance', 'error', span(280, 1, 9000, 2), '表三“总计”列：第一项加第二项（64）应等于第三项加第四项（63）', {
  key: 'requests.totalProcessed.total',
});
const comma = diag('text/halfwidth-comma', 'warning', span(12, 35, 400), '中文句子中使用了半角逗号“,”', {
  fix: { range: [400, 401], text: '，' },
});
const info = diag('meta/period', 'info', span(3, 1, 50, 4), '统计期限写法: a "quoted", b');
const reportA = result(path.join(cwd, '甲/a.txt'), [balance, comma, info]);
const clean = result(path.join(cwd, 'b.txt'), []);

describe('stylish', () => {
  it('prints a block per file, sorted by position, with columns aligned by display width', () => {
    const out = formatters.stylish([reportA, clean], ctx());
    const lines = out.split('\n');
    expect(lines[0]).toBe('甲/a.txt');
    expect(lines[1]).toMatch(/^ {4}3:1 {2}提示 {2}统计期限写法/);
    expect(lines[2]).toMatch(/^ {2}12:35 {2}警告 {2}中文句子中使用了半角逗号/);
    expect(lines[3]).toMatch(/^ {2}280:1 {2}错误 {2}表三/);
    // Rule ids start in the same display column on every row whose message fits the aligned width.
    const ruleCol = (line: string, id: string) => displayWidth(line.slice(0, line.indexOf(id)));
    expect(ruleCol(lines[1], 'meta/period')).toBe(ruleCol(lines[2], 'text/halfwidth-comma'));
    expect(out).toContain('✖ 3 个问题（1 个错误，1 个警告，1 个提示）');
    expect(out).toContain('其中 1 个可用 --fix 自动修复。');
    expect(out).not.toContain('b.txt'); // clean files print nothing
    expect(out).not.toContain('\u001b[');
  });

  it('speaks English with --lang en and colours only when asked', () => {
    const out = formatters.stylish([reportA], ctx({ lang: 'en', color: true }));
    expect(out).toContain('error');
    expect(out).toContain('3 problems (1 error, 1 warning, 1 info)');
    expect(out).toContain('\u001b[31m');
  });

  it('says so when there is nothing to report', () => {
    expect(formatters.stylish([clean], ctx())).toBe('✔ 已检查 1 个文件，未发现问题。\n');
  });

  it('streams: file blocks plus the summary equal the batch output', () => {
    for (const name of Object.keys(streamingFormatters)) {
      const s = streamingFormatters[name];
      const streamed = [reportA, clean].map((r) => s.file(r, ctx())).join('') + s.summary(totals([reportA, clean]), ctx());
      expect(streamed, name).toBe(formatters[name]([reportA, clean], ctx()));
    }
  });
});

describe('unix', () => {
  it('prints path:line:col: severity: message [rule], severity in English whatever the language', () => {
    const lines = formatters.unix([reportA], ctx()).trim().split('\n');
    expect(lines[0]).toBe('甲/a.txt:3:1: info: 统计期限写法: a "quoted", b [meta/period]');
    expect(lines[2]).toBe('甲/a.txt:280:1: error: 表三“总计”列：第一项加第二项（64）应等于第三项加第四项（63） [table3/balance]');
    expect(lines.at(-1)).toBe('3 problems');
  });
});

describe('github', () => {
  it('emits workflow commands with escaped properties and data', () => {
    const odd = result(path.join(cwd, 'x,y.txt'), [diag('r/x', 'info', span(1, 2, 1), '50% done\nnext')]);
    const out = formatters.github([odd, reportA], ctx());
    expect(out).toContain('::notice file=x%2Cy.txt,line=1,col=2,endLine=1,endColumn=3,title=govlint r/x::50%25 done%0Anext\n');
    expect(out).toContain('::error file=甲/a.txt,line=280,col=1,');
    expect(out).toContain('::warning file=甲/a.txt,line=12,col=35,');
  });
});

describe('json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../../schemas/results.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('is versioned, carries tool, packs and rules, drops the source text, and matches its schema', () => {
    const withSource = { ...reportA, source: 'x'.repeat(10) };
    const out = JSON.parse(formatters.json([withSource, clean], ctx()));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.schemaVersion).toBe(1);
    expect(out.tool).toEqual({ name: 'govlint', version: '9.9.9' });
    expect(out.rules['table3/balance']).toEqual({ docs: 'https://example.test/rules/table3/balance', level: 'error' });
    expect(out.results[0].source).toBeUndefined();
    expect(out.results[0].messages).toHaveLength(3);
    expect(out.results[0].filePath).toBe(reportA.filePath);
  });

  it('the schema rejects what it should', () => {
    const out = JSON.parse(formatters.json([reportA], ctx()));
    out.results[0].messages[0].severity = 'fatal';
    expect(validate(out)).toBe(false);
    delete out.results[0].messages[0].severity;
    out.schemaVersion = 2;
    expect(validate(out)).toBe(false);
  });
});

describe('checkstyle and junit', () => {
  it('checkstyle escapes XML and lists every file', () => {
    const bad = result(path.join(cwd, 'c.txt'), [diag('r/x', 'error', span(1, 1, 0), 'a <b> & "c" \u0001')]);
    const out = formatters.checkstyle([bad, clean], ctx());
    expect(out).toContain('<file name="c.txt">');
    expect(out).toContain('message="a &lt;b&gt; &amp; &quot;c&quot;  (r/x)"');
    expect(out).toContain('<file name="b.txt"/>');
    expect(out).not.toContain('\u0001');
  });

  it('junit counts errors as failures and fatal problems as errors', () => {
    const fatal = result(path.join(cwd, 'f.pdf'), [diag('parse', 'error', span(1, 1, 0), '扫描件，无文字', { fatal: true })]);
    const out = formatters.junit([reportA, fatal, clean], ctx());
    expect(out).toMatch(/<testsuites name="govlint" tests="5" failures="1" errors="1"/);
    expect(out).toContain('<error message="扫描件，无文字" type="parse">');
    expect(out).toContain('<testcase time="0" name="b.txt" classname="b.txt"/>');
  });
});

describe('sarif', () => {
  it('builds a 2.1.0 log with rules, levels, regions in UTF-16 units, fixes and relative URIs', () => {
    const out = JSON.parse(formatters.sarif([reportA], ctx()));
    expect(out.version).toBe('2.1.0');
    const run = out.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///reports/');
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(['meta/period', 'table3/balance', 'text/halfwidth-comma']);
    const [first, second, third] = run.results;
    expect(first.level).toBe('note');
    expect(second.level).toBe('warning');
    expect(second.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { charOffset: 400, charLength: 1 },
      insertedContent: { text: '，' },
    });
    expect(third.ruleIndex).toBe(1);
    expect(third.locations[0].physicalLocation.artifactLocation).toEqual({ uri: '%E7%94%B2/a.txt', uriBaseId: '%SRCROOT%' });
    expect(third.locations[0].physicalLocation.region).toMatchObject({ startLine: 280, startColumn: 1, endColumn: 3, charLength: 2 });
    expect(third.locations[0].logicalLocations[0].fullyQualifiedName).toBe('requests.totalProcessed.total');
  });
});

// A small model: one cell of table 3 and one paragraph, enough to place findings.
function model(source: string): ReportModel {
  const at = (text: string): Span => {
    const offset = source.indexOf(text);
    return { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + text.length + 1, offset: offset + text.length } };
  };
  const table = { present: true, missing: [], extra: [] };
  return {
    schemaVersion: 1,
    meta: {
      title: { value: '某某街道2024年政府信息公开工作年度报告<script>', text: '', span: at('某') },
      body: '某某街道办事处',
      bodyType: 'subdistrict',
      year: 2024,
      template: 'gov-2021',
      period: null,
      format: 'txt',
      publicationDate: null,
      signatures2019: [],
    },
    headings: [],
    sections: {},
    tables: { proactive: table, requests: table, appeals: { present: false, missing: [], extra: [] } },
    cells: { 'requests.totalProcessed.total': { value: 63, raw: '63', span: at('63') } },
    labels: [],
    paragraphs: [{ text: '共收到申请61件,<b>加粗</b>', span: at('共收到申请61件,<b>加粗</b>'), section: 'overview' }],
    text: source,
  };
}

describe('html', () => {
  const source = '某某街道 共收到申请61件,<b>加粗</b> 表 63 完';
  const m = model(source);
  const s = (t: string) => m.paragraphs[0].span.start.offset + m.paragraphs[0].text.indexOf(t);
  const onCell = diag('table3/balance', 'error', m.cells['requests.totalProcessed.total'].span, '总计不平衡 <img src=x onerror=alert(1)>', {
    key: 'requests.totalProcessed.total',
  });
  const onText = diag('text/halfwidth-comma', 'warning', { start: { line: 1, column: 1, offset: s(',') }, end: { line: 1, column: 2, offset: s(',') + 1 } }, '半角逗号');
  const elsewhere = diag('structure/sections', 'error', span(1, 1, 0), '缺少第六部分');
  const r = result('/reports/a.txt', [onCell, onText, elsewhere], { model: m, source });

  it('highlights the cell by key and the sentence by offsets, with the messages beside them', () => {
    const out = formatters.html([r], ctx());
    expect(out).toMatch(/<td class="v hl hl-error" data-key="requests\.totalProcessed\.total"[^>]*title="总计不平衡 &lt;img src=x onerror=alert\(1\)&gt;"/);
    expect(out).toContain('<mark class="hl hl-warning" title="半角逗号" data-messages="半角逗号">,</mark>');
    expect(out).toContain('&lt;b&gt;加粗&lt;/b&gt;');
    expect(out).toContain('<span class="msg">缺少第六部分</span>');
    expect(out).toContain('<h2>某某街道2024年政府信息公开工作年度报告&lt;script&gt;</h2>');
    // Nothing from the report reaches the page as markup.
    expect(out).not.toMatch(/<img|<b>|<script>(?!\(function)/);
    expect(out.match(/<script>/g)).toHaveLength(1);
    expect(out).toContain("script-src 'sha256-");
  });

  it('adds a batch summary, worst reports first', () => {
    const other = result('/reports/z.txt', [elsewhere, { ...elsewhere }, { ...elsewhere }], {});
    const out = formatters.html([r, clean, other], ctx());
    const summary = out.slice(out.indexOf('id="summary"'), out.indexOf('</section>'));
    expect(summary.indexOf('z.txt')).toBeLessThan(summary.indexOf('某某街道2024'));
    expect(summary).toContain('<code>structure/sections</code>');
    expect(summary).toContain('某某街道办事处');
  });

  it('draws no empty grids for a file without tables, and lists cell findings instead', () => {
    const absent = { present: false, missing: [], extra: [] };
    const noTables = { ...m, tables: { proactive: absent, requests: absent, appeals: absent } };
    const out = formatters.html([result('/reports/a.txt', [onCell], { model: noTables, source })], ctx());
    expect(out).not.toContain('<table class="grid"');
    expect(out).toContain('<span class="msg">总计不平衡 &lt;img src=x onerror=alert(1)&gt;</span>');
  });

  it('falls back to a plain list when there is no model', () => {
    const out = formatters.html([reportA], ctx({ lang: 'en' }));
    expect(out).toContain('The report structure could not be read');
    expect(out).toContain('<span class="msg">中文句子中使用了半角逗号“,”</span>');
  });
});

describe('loadFormat', () => {
  it('gives the functions of formatters and streamingFormatters, by the same names', async () => {
    for (const name of Object.keys(formatters)) {
      const loaded = await loadFormat(name);
      expect(loaded.format, name).toBe(formatters[name]);
      expect(loaded.streaming, name).toBe(streamingFormatters[name]);
    }
    expect(Object.keys(streamingFormatters).every((name) => name in formatters)).toBe(true);
    for (const name of Object.keys(binaryFormatters)) expect((await loadFormat(name)).binary, name).toBe(binaryFormatters[name]);
    await expect(loadFormat('toString')).rejects.toThrow('unknown format: toString');
  });
});

describe('a file with very many findings', () => {
  // ~125 000 findings used to overflow the stack in the default formatter (widths by Math.max(...rows)).
  it('every formatter prints 200 000 findings of one file', async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => diag('text/halfwidth-comma', 'warning', span(i + 1, 1, i * 10), '半角逗号'));
    const results = [result('/reports/大.txt', many)];
    for (const name of ['stylish', 'unix', 'json', 'sarif', 'checkstyle', 'junit', 'github', 'csv', 'xlsx']) {
      const loaded = await loadFormat(name);
      const out = loaded.binary ? unzipSync(loaded.binary(results, ctx()))['xl/worksheets/sheet1.xml'] : loaded.format(results, ctx());
      expect(out.length, name).toBeGreaterThan(200_000);
    }
  });
});

describe('csv', () => {
  it('quotes what RFC 4180 says, and keeps a spreadsheet from running report text as a formula', async () => {
    const { csvField } = await import('./csv.js');
    expect(csvField('a "quoted", b')).toBe('"a ""quoted"", b"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x.test","点击")')).toBe(`"'=HYPERLINK(""http://x.test"",""点击"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+86 10 1234')).toBe("'+86 10 1234");
    // A number is never a formula: -720 stays what the report says.
    expect(csvField('-720')).toBe('-720');
    expect(csvField(-720)).toBe('-720');
  });

  it('leaves body, year and excerpt empty when the results carry no meta or source', () => {
    const lines = formatters.csv([reportA, clean], ctx()).split('\r\n');
    expect(lines[0]).toBe('\ufeff文件,机关,年度,模板,规则,级别,问题,行,列,原文');
    expect(lines.slice(1)).toEqual([
      '甲/a.txt,,,,meta/period,提示,"统计期限写法: a ""quoted"", b",3,1,',
      '甲/a.txt,,,,text/halfwidth-comma,警告,"中文句子中使用了半角逗号“,”",12,35,',
      '甲/a.txt,,,,table3/balance,错误,表三“总计”列：第一项加第二项（64）应等于第三项加第四项（63）,280,1,',
      '',
    ]);
  });
});

describe('xlsx', () => {
  it('names columns as Excel does, and gives the same bytes for the same results', async () => {
    const { columnName } = await import('./xlsx/workbook.js');
    expect([0, 9, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'J', 'Z', 'AA', 'ZZ', 'AAA']);
    const { xlsx } = binaryFormatters;
    expect(xlsx([reportA, clean], ctx())).toEqual(xlsx([reportA, clean], ctx()));
  });

  it('keeps XML well-formed with any report text: no control characters, markup escaped, cells within Excel’s limit', () => {
    const hostile = diag('noise/web-residue', 'info', span(1, 1, 0), `<b>&\u0001\u000b${'长'.repeat(40_000)}`);
    const files = unzipSync(binaryFormatters.xlsx([result('/reports/x.txt', [hostile])], ctx()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<t xml:space="preserve">&lt;b&gt;&amp;长长');
    expect(sheet).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const cell = /<t xml:space="preserve">(&lt;b&gt;&amp;长+)<\/t>/.exec(sheet)?.[1] ?? '';
    expect(cell.replace('&lt;b&gt;&amp;', '<b>&').length).toBe(32767 - 2);
  });
});
