// The Markdown reader's table fast path (read/md-tables.ts, read/md-table-node.ts) against remark-gfm itself:
// the same table nodes (positions included) and the same model cells, on the .md fixtures, on reports of the
// benchmark generator (/work/shared/bench/gen-corpus.mjs --seed 7 --errors 0.5, three styles copied into
// test/fixtures/formats/generated/), and on random documents full of the cases GFM reads in its own way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { Nodes, Root, Table } from 'mdast';
import type { Plugin } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../packages/core/src/model/index.js';
import { markdownDocument, parseMarkdown, readMarkdown } from '../../packages/core/src/read/md.js';
import { scanTables } from '../../packages/core/src/read/md-tables.js';
import { lineIndex } from '../../packages/core/src/util/position.js';
import { FIXTURES } from './helpers.js';

// remark-gfm is a dependency of core, not of the tests: load it from there.
const fromCore = createRequire(new URL('../../packages/core/package.json', import.meta.url));
const { unified } = (await import(fromCore.resolve('unified'))) as typeof import('unified');
const remarkParse = (await import(fromCore.resolve('remark-parse'))).default as Plugin;
const remarkGfm = (await import(fromCore.resolve('remark-gfm'))).default as Plugin;
const gfm = unified().use(remarkParse).use(remarkGfm);
const gfmParse = (text: string): Root => gfm.parse(text) as Root;

function tablesOf(root: Root): Table[] {
  const out: Table[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.type === 'table') out.push(n);
    else if ('children' in n) stack.push(...(n.children as Nodes[]).slice().reverse());
  }
  return out;
}

const FILES = [
  'seed-004.md',
  'seed-000.md',
  'generated/gen-seed7-r00010.md', // bold headings, a wrong table 四 total
  'generated/gen-seed7-r00022.md', // plain headings, half-width label parentheses, a wrong row total
  'generated/gen-seed7-r00035.md', // half-width punctuation, ### sub-headings
];

describe('GFM tables without remark-gfm', () => {
  it.each(FILES)('%s: the fast path builds every table, and they are remark-gfm’s, cell for cell', (name) => {
    const text = readFileSync(FIXTURES + name, 'utf8');
    const index = lineIndex(text);
    const scan = scanTables(index);
    // The comparison below must not compare remark-gfm with itself.
    expect(scan.fallback).toBe(false);
    if (scan.fallback) return;
    expect(scan.segments.map((s) => s.simple)).toEqual([true, true, true]);

    expect(tablesOf(parseMarkdown(index))).toEqual(tablesOf(gfmParse(text)));
    const fast = buildModel(readMarkdown(text));
    const reference = buildModel(markdownDocument(gfmParse(text), index));
    expect(Object.keys(fast.cells)).toHaveLength(200); // 10 + 175 + 15: every cell of the three tables
    expect(fast.cells).toEqual(reference.cells);
    expect(fast.tables).toEqual(reference.tables);
    expect(fast.labels).toEqual(reference.labels);
  });

  it('falls back to remark-gfm where it cannot vouch for the tables', () => {
    const reason = (text: string): string | null => {
      const scan = scanTables(lineIndex(text));
      return scan.fallback ? scan.reason : null;
    };
    const table = '| a | b |\n|---|---|\n| 1 | 2 |\n';
    expect(reason(`正文\n\n${table}`)).toBeNull();
    expect(reason(`正文\n${table}`)).toMatch(/outside a table segment/); // a table interrupting a paragraph
    expect(reason(`a | b\n--|--\n`)).toMatch(/outside a table segment/); // no leading pipe
    expect(reason(`${table}续行\n`)).toMatch(/without a leading/); // a lazy row
    expect(reason(`\`\`\`\n${table}\`\`\`\n`)).toMatch(/code block/);
    expect(reason(`<!--\n${table}-->\n`)).toMatch(/comment/);
    expect(reason(`<pre>\n\n${table}</pre>\n`)).toMatch(/HTML block/);
    expect(reason(`[注]: http://x.cn\n\n| [注] | b |\n|---|---|\n`)).toMatch(/reference/);
  });
});

// ── Random documents ────────────────────────────────────────────────────────────────────────────────────────
const PROSE = ['一、总体情况', '本年度共收到申请61件。', '（一）主动公开。', '2024年1月1日至12月31日', '六、其他需要报告的事项', '无。'];
const PLAIN_CELL = ['', ' ', '0', '12', '1728.59', '规章', '自 然 人', '商业\t企业', '\u00a0', '\u3000', ' \u00a0 ', '（本列数据的勾稽关系为：…）', '—', '**第二十条第（一）项**', '**（七）总计**', '**（一）**', '**1**', '**自 然 人**'];
// Markup a cell may hold: the fast path hands these tables to remark-gfm (or, with `[`, `-` or `:`, the document).
const MARKUP_CELL = [
  '** 粗体**', '**粗**体', '*斜*', '_x_', '`0`', 'a\\|b', '\\\\', '&nbsp;', '&lt;1&gt;', '<!-- govlint-disable-line table3/balance -->',
  '<b>1</b>', 'www.gov.cn', 'http://x.cn', 'a@b.cn', '1~12月', '~~删~~', '[注]', '![图](x.png)', 'hello', '---', ':-:',
];
const cell = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...PLAIN_CELL) }, { weight: 1, arbitrary: fc.constantFrom(...MARKUP_CELL) });
const pad = fc.constantFrom('', ' ', '  ', '\t');
const row = fc.record({
  cells: fc.array(fc.tuple(pad, cell, pad), { minLength: 1, maxLength: 5 }),
  lead: fc.oneof({ weight: 20, arbitrary: fc.constant('|') }, { weight: 1, arbitrary: fc.constant('') }),
  trail: fc.constantFrom('|', '|', '', '| ', '|\t', ' '),
});
const renderRow = (r: { cells: [string, string, string][]; lead: string; trail: string }): string =>
  r.lead + r.cells.map(([a, c, b]) => a + c + b).join('|') + r.trail;
const align = fc.constantFrom('---', ':--', '--:', ':-:', '-', ' --- ');
const tableBlock = fc
  .record({ head: row, delims: fc.array(align, { minLength: 1, maxLength: 5 }), body: fc.array(row, { maxLength: 4 }), widthMatches: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), delimTrail: fc.constantFrom('|', '|', '|', '|', '') })
  .map(({ head, delims, body, widthMatches, delimTrail }) => {
    // Most delimiter rows match the header, as GFM needs; some do not.
    const d = widthMatches ? head.cells.map((_, k) => delims[k % delims.length]) : delims;
    return [renderRow(head), `|${d.join('|')}${delimTrail}`, ...body.map(renderRow)].join('\n');
  });
const block = fc.oneof(
  { weight: 3, arbitrary: tableBlock },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...PROSE), { minLength: 1, maxLength: 3 }).map((p) => p.join('\n')) },
  { weight: 1, arbitrary: fc.constantFrom('- 列表项', '  续行', '```\n| a |\n|---|\n```', '<!--\n说明\n-->', '<!-- govlint-disable table3/balance -->', '> 引用', '    缩进代码', '## 二、主动公开政府信息情况') },
);
const doc = fc
  .record({ blocks: fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n\n', '\n\n', '\n\n\n', '\n')), { minLength: 1, maxLength: 5 }), eol: fc.constantFrom('\n', '\n', '\r\n') })
  .map(({ blocks, eol }) => blocks.map(([b, sep]) => b + sep).join('').replace(/\n/g, eol));

describe('random documents: the same tree as remark-gfm', () => {
  it('tables, positions, cells and the prose around them', () => {
    let simple = 0;
    let complex = 0;
    let fallback = 0;
    fc.assert(
      fc.property(doc, (text) => {
        const index = lineIndex(text);
        const scan = scanTables(index);
        if (scan.fallback) fallback++;
        else {
          simple += scan.segments.filter((s) => s.simple).length;
          complex += scan.segments.filter((s) => !s.simple).length;
        }
        const expected = gfmParse(text);
        const actual = parseMarkdown(index);
        // The prose alphabet holds no GFM-only inline syntax: the whole tree must be remark-gfm's.
        expect(actual).toEqual(expected);
        expect(buildModel(markdownDocument(actual, index)).cells).toEqual(buildModel(markdownDocument(expected, index)).cells);
      }),
      { numRuns: 300, seed: 20250217 },
    );
    // The runs exercised the fast path, not only the fallback.
    expect(simple).toBeGreaterThan(100);
    expect(fallback).toBeGreaterThan(20);
    expect(complex).toBeGreaterThan(20);
  });
});
