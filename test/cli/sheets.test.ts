// What a reviewer of a whole batch gets: `-f csv` read back as a spreadsheet would read it, and the stylish
// footer's breakdown by rule and by body, and `-f xlsx` read back with exceljs (a reader that is not ours), on
// the five seeds with the national pack.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SEEDS, examples, govlint, scratch } from './helpers.js';

/** RFC 4180, written for the test (not the formatter's code): quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      (row = []), (field = ''), i++;
    } else field += ch;
  }
  expect(field, 'the last row ends with CRLF').toBe('');
  return rows;
}

const seedPath = (n: number) => `examples/${SEEDS[n]}`;

describe.concurrent('-f csv', () => {
  it('one row per finding with body, year, template and the line around it; BOM and a Chinese header', async () => {
    const r = await govlint(['-f', 'csv', 'examples']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout.startsWith('\ufeff文件,机关,年度,模板,规则,级别,问题,行,列,原文\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(r.stdout.slice(1));
    expect(header).toHaveLength(10);
    for (const row of rows) expect(row).toHaveLength(10);
    // Every finding of the stylish output, and no more.
    const json = JSON.parse((await govlint(['-f', 'json', 'examples'])).stdout) as { results: { messages: unknown[] }[] };
    expect(rows).toHaveLength(json.results.reduce((n, x) => n + x.messages.length, 0));
    const find = (file: number, rule: string, line: string) => rows.find((x) => x[0] === seedPath(file) && x[4] === rule && x[7] === line);
    expect(find(3, 'wording/body-name', '9')?.slice(0, 9)).toEqual([
      seedPath(3), '辽东街道办事处', '2019', 'gov-2019', 'wording/body-name', '错误',
      '报告主体为“辽东街道办事处”，此处却写成“王奔镇人民政府”（疑似照抄其他机关的报告）', '9', '31',
    ]);
    // A long line is cut to about 60 characters around the finding, with … where cut.
    const excerpt = find(3, 'wording/body-name', '9')?.[9] ?? '';
    expect(excerpt).toMatch(/^….*王奔镇人民政府.*…$/);
    expect(excerpt.length).toBeLessThanOrEqual(62);
    expect(find(2, 'text/t3-figures', '9')?.slice(1, 9)).toEqual([
      '西工区人民政府办公室', '2024', 'gov-2021', 'text/t3-figures', '错误', '正文称办结答复 30 件，表三为 35 件', '9', '64',
    ]);
    // A short line whole; commas in a field are quoted (parsed back to one field).
    expect(find(1, 'content/fee-statement', '295')?.[9]).toBe('六、其他需要报告的事项');
    expect(find(0, 'structure/title-present', '1')?.[9]).toContain('及区委、区政府的统一部署,我街道');
  });

  it('--lang en: English header and levels', async () => {
    const r = await govlint(['-f', 'csv', '--lang', 'en', path.join(examples, SEEDS[1])], { cwd: examples });
    const [header, ...rows] = parseCsv(r.stdout.replace(/^\ufeff/, ''));
    expect(header).toEqual(['file', 'body', 'year', 'template', 'rule', 'level', 'message', 'line', 'column', 'excerpt']);
    expect(rows.find((x) => x[4] === 'content/fee-statement')?.slice(0, 6)).toEqual([SEEDS[1], '锦屏县大同乡人民政府', '2024', 'gov-2021', 'content/fee-statement', 'error']);
  });
});

describe.concurrent('stylish batch breakdown', () => {
  it('by rule and by body, bodies with errors first, after the summary line', async () => {
    const r = await govlint(['examples']);
    const tail = r.stdout.slice(r.stdout.indexOf('✖'));
    const lines = tail.split('\n');
    const byRule = lines.indexOf('按规则：');
    const byBody = lines.findIndex((l) => l.startsWith('按机关（有错误的在前；3 / 5 份报告有错误）'));
    expect(byRule).toBeGreaterThan(0);
    expect(byBody).toBeGreaterThan(byRule);
    expect(lines[byRule + 1]).toMatch(/^ {2}table4\/labels +警告 {2}11 次 {2}1 份报告$/);
    expect(lines.slice(byRule + 1, byBody - 1)).toContainEqual(expect.stringMatching(/^ {2}noise\/web-residue +提示 {2}4 次 +4 份报告$/));
    const bodies = lines.slice(byBody + 1, byBody + 6).map((l) => l.trim().split(/ {2,}/));
    expect(bodies.map((b) => b[0])).toEqual(['辽东街道办事处', '锦屏县大同乡人民政府', '西工区人民政府办公室', '骊山街道办事处', '淄博市博山区人民政府']);
    expect(bodies[0]).toEqual(['辽东街道办事处', '1 份报告', '错误 9', '警告 8', '提示 5']);
    expect(bodies[4].slice(2)).toEqual(['错误 0', '警告 0', '提示 3']);
  });

  it('not for one file, and in English with --lang en', async () => {
    const one = await govlint([path.join(examples, SEEDS[3])]);
    expect(one.stdout).not.toContain('按规则');
    const en = await govlint(['--lang', 'en', 'examples']);
    expect(en.stdout).toContain('\nBy rule:\n');
    expect(en.stdout).toMatch(/\nBy body \(errors first; 3 of 5 reports have errors\):\n {2}辽东街道办事处 +1 report {2}9 errors {2}8 warnings +5 info\n/);
  });
});

describe.concurrent('-f xlsx', () => {
  it('a findings sheet with an autofilter, reports with errors first, by rule; read back with exceljs', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const { dir, cleanup } = scratch('govlint-xlsx-');
    try {
      const out = path.join(dir, '问题清单.xlsx');
      const r = await govlint(['-f', 'xlsx', '-o', out, 'examples']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync(out));
      expect(book.worksheets.map((s) => s.name)).toEqual(['问题', '报告', '按规则']);
      const values = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []));

      const findings = book.getWorksheet('问题')!;
      const rows = values(findings);
      expect(rows[0]).toEqual(['文件', '机关', '年度', '模板', '规则', '级别', '问题', '行', '列', '原文']);
      // The same rows as -f csv, numbers as numbers.
      const csvRows = (await govlint(['-f', 'csv', 'examples'])).stdout.split('\r\n').length - 2;
      expect(rows).toHaveLength(csvRows + 1);
      expect(rows.find((x) => x[4] === 'text/t3-figures')?.slice(0, 9)).toEqual([
        seedPath(2), '西工区人民政府办公室', 2024, 'gov-2021', 'text/t3-figures', '错误', '正文称办结答复 30 件，表三为 35 件', 9, 64,
      ]);
      expect(findings.autoFilter).toBe(`A1:J${rows.length}`);
      expect(findings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(findings.getCell('A1').font?.bold).toBe(true);
      expect(findings.getCell('A2').font?.bold).toBeFalsy();

      const reports = values(book.getWorksheet('报告')!);
      expect(reports[0]).toEqual(['文件', '机关', '年度', '模板', '错误', '警告', '提示', '致命']);
      expect(reports.slice(1).map((x) => [x[1], x[4]])).toEqual([
        ['辽东街道办事处', 9], ['锦屏县大同乡人民政府', 1], ['西工区人民政府办公室', 1], ['骊山街道办事处', 0], ['淄博市博山区人民政府', 0],
      ]);
      expect(reports[1].slice(2, 4)).toEqual([2019, 'gov-2019']);
      expect(book.getWorksheet('报告')!.autoFilter).toBe('A1:H6');

      const rules = values(book.getWorksheet('按规则')!);
      expect(rules[0]).toEqual(['规则', '级别', '次数', '报告数']);
      expect(rules[1]).toEqual(['table4/labels', '警告', 11, 1]);
    } finally {
      cleanup();
    }
  });

  it('a binary format needs -o: a usage error, nothing linted', async () => {
    const r = await govlint(['-f', 'xlsx', 'examples']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('govlint: -f xlsx 输出的是文件，需要用 -o 指定写到哪里（如 -o 问题清单.xlsx）');
  });
});
