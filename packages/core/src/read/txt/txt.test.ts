import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { readText } from './index.js';
import { splitPipeLine } from './pipe.js';
import { splitTsvLine } from './tsv.js';
import { bareNumbers, isRunTogether, splitFlattenedLine, tokenizeFlattened } from './flattened.js';
import { classifyLine } from './classify.js';

const cells = (line: string, split: typeof splitPipeLine) => split(line, 0, line.length).map((c) => [c.raw, c.start, c.end, c.blank, c.filler]);

describe('pipe rows', () => {
  it('every "|" ends a cell; blanks after the last text are fillers', () => {
    expect(cells('规章 | 0 | | 0 |', splitPipeLine)).toEqual([
      ['规章', 0, 2, false, false],
      ['0', 5, 6, false, false],
      ['', 8, 9, true, false],
      ['0', 11, 12, false, false],
    ]);
    expect(cells('0 | ||', splitPipeLine)).toEqual([
      ['0', 0, 1, false, false],
      ['', 3, 4, true, true],
      ['', 5, 5, true, true],
    ]);
  });

  it('"||" is two blank cells, each at its pipe', () => {
    expect(cells('||', splitPipeLine)).toEqual([
      ['', 0, 0, true, true],
      ['', 1, 1, true, true],
    ]);
  });

  it('a leading pipe opens a GFM-style row; text after the last pipe is a cell', () => {
    expect(cells('| a | b |', splitPipeLine).map((c) => c[0])).toEqual(['a', 'b']);
    expect(cells('标题: | 报告', splitPipeLine).map((c) => c[0])).toEqual(['标题:', '报告']);
  });
});

describe('TSV rows', () => {
  it('tabs separate cells; trailing empties are fillers', () => {
    expect(cells('一、本年新收\t\t35\t0\t', splitTsvLine)).toEqual([
      ['一、本年新收', 0, 6, false, false],
      ['', 7, 7, true, false],
      ['35', 8, 10, false, false],
      ['0', 11, 12, false, false],
      ['', 13, 13, true, true],
    ]);
  });
});

describe('line kinds', () => {
  const kind = (s: string) => classifyLine(s, 1, 0, s.length).kind;
  it.each([
    ['', 'empty'],
    ['\u00a0\u00a0', 'blankCell'],
    ['govlint-enable', 'directive'],
    ['---|---|---|', 'separator'],
    ['---------\t---', 'separator'],
    ['标题: | 某某报告 | ||', 'meta'],
    ['四、政府信息公开行政复议、行政诉讼情况', 'heading'],
    ['规章 |', 'pipe'],
    ['规章\t0\t0', 'tsv'],
    ['\u00a0\u00a00', 'value'],
    ['本年新', 'label'],
    ['四、结转下年度继续办理', 'label'],
    ['2024年，我街道围绕中心工作开展政务公开。', 'prose'],
    ['一是进一步提高思想认识，通过宣传引导，进一步提高各站、办、所对政府信息公开工作重要性的认识。\t二是提升能力。', 'prose'],
  ])('%s → %s', (line, k) => {
    expect(kind(line)).toBe(k);
  });
});

describe('flattened dumps', () => {
  it('tokens: whitespace and digit/label switches split; an enumerator digit stays with its label', () => {
    const s = '规章000行政规范性文件5312 (三)不予公开1.属于国家秘密00000002. 其他 1728.59';
    expect(tokenizeFlattened(s, 0, s.length).map((c) => c.raw)).toEqual(['规章', '000', '行政规范性文件', '5312', '(三)不予公开', '1.属于国家秘密', '0000000', '2.', '其他', '1728.59']);
  });

  it('bare numbers exclude quantities, dates and ordinals', () => {
    expect(bareNumbers('共收到申请61件，2024年1月1日，第2项，电话0533-4110087', 0, 40)).toEqual({ numbers: 0, digits: 0 });
    expect(bareNumbers('规章 0 0 0 行政许可 17', 0, 17)).toEqual({ numbers: 4, digits: 5 });
  });

  it('a line: prose, inline headings, then the table from its first label', () => {
    const s = '报告如下。三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1';
    expect(splitFlattenedLine(s, 0, s.length)?.map((p) => [p.kind, s.slice(p.start, p.end)])).toEqual([
      ['prose', '报告如下。'],
      ['heading', '三、收到和处理政府信息公开申请情况'],
      ['table', '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1'],
    ]);
    expect(splitFlattenedLine('2024年共收到申请61件，办结60件。', 0, 20)).toBeNull();
  });

  const pieces = (s: string) => splitFlattenedLine(s, 0, s.length)?.map((p) => [p.kind, s.slice(p.start, p.end)]) ?? null;

  it('a table is cut out of its part: prose before and after it stays prose', () => {
    const s = '二、主动公开政府信息情况规章000行政规范性文件5312行政许可19513(二)主动公开的主要类别。全年公开5件。三、收到和处理政府信息公开申请情况';
    expect(pieces(s)).toEqual([
      ['heading', '二、主动公开政府信息情况'],
      ['table', '规章000行政规范性文件5312行政许可19513'],
      ['prose', '(二)主动公开的主要类别。全年公开5件。'],
      ['heading', '三、收到和处理政府信息公开申请情况'],
    ]);
  });

  it('three labels of one table and a number are a table, however few the digits', () => {
    expect(pieces('本年制发件数本年废止件数现行有效件数行政规范性文件000行政许可0')).toEqual([['table', '本年制发件数本年废止件数现行有效件数行政规范性文件000行政许可0']]);
    // Labels in a sentence with quantities are prose: no bare number.
    expect(pieces('全年办理行政许可3件、行政处罚5件、行政强制1件。')).toBeNull();
  });

  it('numbers of addresses, phones and file names are no table', () => {
    expect(pieces('（地址：岚湖庄1号，邮编：350400，电话：0591—86177916，传真：0591—86177916）。')).toBeNull();
    expect(pieces('原文链接: https://www.example.gov.cn/zfxxgknb/202501/t20250123_96894.htm')).toBeNull();
  });

  it('headings in a line with no table', () => {
    expect(pieces('某局2024年政府信息公开工作年度报告一、总体情况全年公开。二、主动公开政府信息情况三、收到和处理政府信息公开申请情况')).toEqual([
      ['prose', '某局2024年政府信息公开工作年度报告'],
      ['heading', '一、总体情况'],
      ['prose', '全年公开。'],
      ['heading', '二、主动公开政府信息情况'],
      ['heading', '三、收到和处理政府信息公开申请情况'],
    ]);
  });

  it('a part the template does not have ends the table before it, as a paragraph of its own', () => {
    expect(pieces('结果维持结果纠正其他结果尚未审结总计000000000000000五、信息处理费收取情况通知收取件数（元）000六、存在的主要问题及改进措施2025年，我局')).toEqual([
      ['table', '结果维持结果纠正其他结果尚未审结总计000000000000000'],
      ['prose', '五、信息处理费收取情况'],
      ['prose', '通知收取件数（元）000'],
      ['heading', '六、存在的主要问题及改进措施'],
      ['prose', '2025年，我局'],
    ]);
  });

  it('tokens: a sign stays with its digits, 元 with its amount', () => {
    const s = '行政许可88-720其他对外管理服务事项0+11政府集中采购3147230元 规章 -1 0';
    expect(tokenizeFlattened(s, 0, s.length).map((c) => c.raw)).toEqual(['行政许可', '88', '-720', '其他对外管理服务事项', '0', '+11', '政府集中采购', '3147230元', '规章', '-1', '0']);
  });

  it('run-together: digits touching labels, or a number token with a leading zero', () => {
    const run = (s: string) => isRunTogether(tokenizeFlattened(s, 0, s.length));
    expect(run('总计 000000000000000')).toBe(true);
    expect(run('总计 0 0 1 0 1')).toBe(false);
    expect(run('总计6250130010100202')).toBe(true);
  });
});

describe('readText', () => {
  it('regions: a short label line between prose is prose; tables get their shape and exact cell positions', () => {
    const doc = readText('(一)存在问题\n一是不够。\n二、主动公开政府信息情况\n规章 |\n0 |\n||\n');
    expect(doc.root.children.map((n) => (n.type === 'table' ? `table:${n.data?.shape}` : n.type))).toEqual(['paragraph', 'paragraph', 'heading', 'table:cell-per-line']);
    const table = doc.root.children[3] as Table;
    expect(table.children.map((r) => r.children.map((c) => [c.position!.start.line, c.position!.start.column, c.data?.filler ?? false]))).toEqual([
      [[4, 1, false]],
      [[5, 1, false]],
      [
        [6, 1, true],
        [6, 2, true],
      ],
    ]);
  });

  it('blank-line shape: NBSP lines are blank cells, empty lines separate', () => {
    const doc = readText('规章\n\n\u00a0\n\n0\n\n行政许可\n\n3\n');
    const table = doc.root.children[0] as Table;
    expect(table.data?.shape).toBe('blank-line');
    expect(table.children.map((r) => r.children.map((c) => (c.children[0] as { value: string } | undefined)?.value ?? ''))).toEqual([['规章'], ['\u00a0'], ['0'], ['行政许可'], ['3']]);
  });
});
