// Proof by generated input (issue 9), with fast-check, in-process against the sources:
//  1. random consistent tables 三 and 四, written in every text shape (Markdown, HTML, and plain text as pipes,
//     one cell per line, TSV, space-aligned and flattened rows), read back to the same numbers;
//  2. a random change to one cell of such a report is always caught by the arithmetic rules, and the unchanged
//     report never is;
//  3. no input makes a reader throw: random text for txt/md/html, random bytes for every format, and mutated
//     Word XML.
// Run counts are in NUM_RUNS; a failure prints fast-check's seed and the shrunk input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '@govlint/core';
import { extract } from '../../packages/core/src/extract.js';
import { APPEAL_BLOCKS, APPEAL_COLUMNS, APPLICANT_COLUMNS, TABLE3_ROWS_2021 } from '../../packages/core/src/model/template.js';
import { readDocument } from '../../packages/core/src/read/index.js';
import { blocks, REPORTS } from '../../scripts/format-fixtures/report-data.mjs';
import { renderHtml } from '../../scripts/format-fixtures/write-html.mjs';
import { renderMarkdown } from '../../scripts/format-fixtures/write-md.mjs';
import { FORMATS_DIR, fromCore } from './helpers.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const NUM_RUNS = { shapes: 20, arithmetic: 50, text: 1000, bytes: 300, docx: 60 };

// ── Random consistent reports ──────────────────────────────────────────────────────────────────────────────

interface Tables {
  /** Table 三: 25 rows of 6 applicant columns and their total. */
  requests: number[][];
  /** Table 四: three blocks of 4 results and their total. */
  appeals: number[];
}

const withTotal = (row: number[]): number[] => [...row, row.reduce((a, b) => a + b, 0)];
const six = fc.array(fc.nat({ max: 80 }), { minLength: 6, maxLength: 6 });

/**
 * Every identity of the template holds: each row's total is the sum of its applicant columns, （七）总计 is the
 * sum of the 21 result rows, new + carried over = total + carried forward (column by column), each block of
 * table 四 sums to its total.
 */
const consistentTables: fc.Arbitrary<Tables> = fc
  .record({
    results: fc.array(six, { minLength: 21, maxLength: 21 }),
    forward: six,
    carriedShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    appeals: fc.array(fc.array(fc.nat({ max: 40 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ results, forward, carriedShare, appeals }) => {
    const total = [0, 1, 2, 3, 4, 5].map((c) => results.reduce((s, r) => s + r[c], 0));
    const handled = total.map((t, c) => t + forward[c]);
    const carried = handled.map((h, c) => Math.floor(h * carriedShare[c]));
    const fresh = handled.map((h, c) => h - carried[c]);
    return {
      requests: [withTotal(fresh), withTotal(carried), ...results.map(withTotal), withTotal(total), withTotal(forward)],
      appeals: appeals.flatMap(withTotal),
    };
  });

/** Canonical cell key → the number the tables hold. */
function expectedCells(t: Tables): Record<string, number> {
  const out: Record<string, number> = {};
  TABLE3_ROWS_2021.forEach((row, i) => APPLICANT_COLUMNS.forEach((col, j) => (out[`requests.${row.key}.${col}`] = t.requests[i][j])));
  APPEAL_BLOCKS.forEach((block, i) => APPEAL_COLUMNS.forEach((col, j) => (out[`appeals.${block}.${col}`] = t.appeals[i * 5 + j])));
  return out;
}

const reportBlocks = (t: Tables) => blocks({ ...REPORTS[0], ...t });

/** The Markdown rendering with each table row rewritten by `row` (cells of the full grid, merged slots ''). */
function textRows(t: Tables, row: (cells: string[]) => string[]): string {
  return renderMarkdown(reportBlocks(t))
    .split('\n')
    .filter((l: string) => !l.startsWith('| ---'))
    .flatMap((l: string) => (l.startsWith('| ') ? row(l.slice(2, -2).split(' | ')) : [l]))
    .join('\n');
}

/** The shapes real reports come in: file name (the format) and text. */
const SHAPES: Record<string, (t: Tables) => [string, string]> = {
  markdown: (t) => ['r.md', renderMarkdown(reportBlocks(t))],
  'html (Word export)': (t) => ['r.html', renderHtml(reportBlocks(t), null)],
  'text: pipe rows': (t) => ['r.txt', renderMarkdown(reportBlocks(t))],
  'text: one cell per line (CMS dump)': (t) => ['r.txt', textRows(t, (cells) => [...cells.filter(Boolean).map((c) => `${c} |`), '|'.repeat(1 + cells.filter((c) => !c).length)])],
  'text: tab-separated (copied from Word or Excel)': (t) => ['r.txt', textRows(t, (cells) => [cells.join('\t')])],
  'text: space-aligned (copied from a PDF)': (t) => ['r.txt', textRows(t, (cells) => [cells.filter(Boolean).join('   ')])],
  'text: flattened rows (crawler)': (t) => ['r.txt', textRows(t, (cells) => [cells.filter(Boolean).join(' ')])],
};

describe(`1. random consistent tables read back the same in every text shape (${NUM_RUNS.shapes} runs per shape)`, () => {
  it.each(Object.entries(SHAPES))('%s', async (_name, shape) => {
    await fc.assert(
      fc.asyncProperty(consistentTables, async (t) => {
        const [file, text] = shape(t);
        const { model } = await extract(new TextEncoder().encode(text), file);
        const read = Object.fromEntries(Object.keys(expectedCells(t)).map((k) => [k, model.cells[k]?.value]));
        expect(read).toEqual(expectedCells(t));
      }),
      { numRuns: NUM_RUNS.shapes },
    );
  });
});

// ── Random changes are caught ──────────────────────────────────────────────────────────────────────────────

const ARITHMETIC = ['table3/balance', 'table3/results-total', 'table3/row-total', 'table4/block-total'];

describe(`2. one changed cell is always caught by the arithmetic rules (${NUM_RUNS.arithmetic} runs)`, () => {
  it('a consistent report has no arithmetic finding; the same report with one cell changed has one', async () => {
    const keys = Object.keys(expectedCells({ requests: Array.from({ length: 25 }, () => new Array(7).fill(0)), appeals: new Array(15).fill(0) })).sort();
    await fc.assert(
      fc.asyncProperty(consistentTables, fc.constantFrom(...keys), fc.integer({ min: 1, max: 50 }), fc.boolean(), fc.constantFrom('r.md', 'r.txt'), async (t, key, delta, down, file) => {
        const text = renderMarkdown(reportBlocks(t));
        const opts = { noConfig: true, onlyRules: ARITHMETIC };
        const clean = await lintText(text, file, opts);
        expect(clean.messages.map((m) => m.message)).toEqual([]);
        const cell = (await extract(new TextEncoder().encode(text), file)).model.cells[key];
        const value = cell.value as number;
        const changed = down && value >= delta ? value - delta : value + delta;
        expect(text.slice(cell.span.start.offset, cell.span.end.offset)).toBe(String(value));
        const mutated = text.slice(0, cell.span.start.offset) + changed + text.slice(cell.span.end.offset);
        const found = (await lintText(mutated, file, opts)).messages.filter((m) => ARITHMETIC.includes(m.ruleId));
        expect(found.length, `${key}: ${value} → ${changed}`).toBeGreaterThan(0);
      }),
      { numRuns: NUM_RUNS.arithmetic },
    );
  });
});

// ── Readers never throw ────────────────────────────────────────────────────────────────────────────────────

/** Pieces that steer random text into the readers' interesting paths: headings, table syntax, spans, entities. */
const PIECES = [
  '\n', '\r\n', '\r', '\t', ' ', '|', '||', '|---|', '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td rowspan="0">',
  '<td colspan="1000" rowspan="65534">', '<th colspan=-3>', '<p>', '<br>', '<div>', '</div>', '<!--', '-->', '<script>', '&nbsp;',
  '&#x1F600;', '&#0;', '&amp', '😀', '𠀀', '\u0000', '\ufeff', '\ud800', '\u3000', '一、总体情况', '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '（七）总计', '自然人', '总计', '0', '12', '-1', '1e9',
  '99999999999999999999', '1,234', '〇', '<!-- govlint-disable -->', 'govlint-disable-next-line table3/balance', '# ', '## ', '> ', '- ',
  '```', '**', '[x](y)',
];

const randomText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 80 }).map((parts) => parts.join(''));

async function readsWithoutThrowing(bytes: Uint8Array, file: string): Promise<void> {
  const doc = await readDocument(bytes, file);
  expect(typeof doc.text).toBe('string');
  await extract(bytes, file);
}

describe('3. no input makes a reader throw', () => {
  it(`random text as .txt, .md and .html (${NUM_RUNS.text} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(randomText, fc.constantFrom('txt', 'md', 'html'), async (text, ext) => readsWithoutThrowing(new TextEncoder().encode(text), `r.${ext}`)),
      {
        numRuns: NUM_RUNS.text,
        // Found by this test: astral characters in HTML text (owner index by code point, text by UTF-16 unit).
        examples: [['<p>政府信息😀公开</p><p>x</p>', 'html']],
      },
    );
  });

  it(`random bytes in every format (${NUM_RUNS.bytes} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('txt', 'md', 'html', 'docx', 'pdf'), async (bytes, ext) => readsWithoutThrowing(bytes, `r.${ext}`)),
      { numRuns: NUM_RUNS.bytes },
    );
  });

  it(`Word files with mutated document.xml (${NUM_RUNS.docx} runs)`, async () => {
    const { unzipSync, zipSync, strFromU8, strToU8 } = fromCore('fflate') as typeof import('fflate');
    const parts = unzipSync(new Uint8Array(readFileSync(path.join(FORMATS_DIR, 'seed-004.docx'))));
    const xml = strFromU8(parts['word/document.xml']);
    const snippet = fc.oneof(
      fc.constantFrom('<w:vMerge/>', '<w:vMerge w:val="restart"/>', '<w:hMerge/>', '</w:tc>', '<w:tc>', '</w:tr>', '<w:tr>', '<w:tbl>', '</w:tbl>', '<w:numPr><w:numId w:val="99"/></w:numPr>', '<w:commentRangeStart w:id="0"/>', '<w:br/>', '<w:tab/>'),
      fc.integer({ min: -5, max: 2_000_000_000 }).map((n) => `<w:tcPr><w:gridSpan w:val="${n}"/></w:tcPr>`),
      fc.integer({ min: -5, max: 2_000_000_000 }).map((n) => `<w:trPr><w:gridBefore w:val="${n}"/></w:trPr>`),
      fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => `<w:r><w:t>${s.replace(/[<&]/g, '')}</w:t></w:r>`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), snippet), { minLength: 1, maxLength: 8 }), async (edits) => {
        let text = xml;
        for (const [at, s] of edits) {
          // Insert right after a tag, where an element may stand.
          const end = text.indexOf('>', at % text.length) + 1;
          text = text.slice(0, end) + s + text.slice(end);
        }
        const bytes = zipSync({ ...parts, 'word/document.xml': strToU8(text) });
        await readsWithoutThrowing(bytes, 'r.docx');
      }),
      {
        numRuns: NUM_RUNS.docx,
        // gridBefore and gridSpan are read from the file: a billion of them must not be laid out.
        examples: [
          [Array.from({ length: 8 }, (_, k) => [xml.indexOf('<w:tc>') + k, '<w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr>'] as [number, string])],
          [[[xml.indexOf('<w:tr>'), '<w:trPr><w:gridBefore w:val="1000000000"/></w:trPr>']]],
        ],
      },
    );
  });

  it('tables whose spans would expand to billions of slots are read cell by cell, with a warning (HTML, Word)', async () => {
    const row = `<tr>${'<td colspan=1000 rowspan=65534>1</td>'.repeat(50)}</tr>`;
    const { unzipSync, zipSync, strFromU8, strToU8 } = fromCore('fflate') as typeof import('fflate');
    const parts = unzipSync(new Uint8Array(readFileSync(path.join(FORMATS_DIR, 'seed-004.docx'))));
    const spanned = strFromU8(parts['word/document.xml']).replaceAll('<w:tc>', '<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr>');
    const inputs: [Uint8Array, string][] = [
      [new TextEncoder().encode(`<p>一、总体情况</p><table>${row.repeat(50)}</table>`), 'r.html'],
      [zipSync({ ...parts, 'word/document.xml': strToU8(spanned) }), 'r.docx'],
    ];
    for (const [bytes, file] of inputs) {
      const t0 = Date.now();
      const doc = await readDocument(bytes, file);
      expect(Date.now() - t0, file).toBeLessThan(5000);
      expect(doc.problems.map((p) => p.message).some((m) => /table too large/.test(m)), file).toBe(true);
    }
  });
});
