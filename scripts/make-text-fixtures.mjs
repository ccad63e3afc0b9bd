#!/usr/bin/env node
// Writes test/fixtures/text/: the seeds re-shaped the ways real text dumps come (flattened crawler dumps with
// single spaces or with everything run together, GBK/GB18030, UTF-16 LE/BE with BOM, CRLF and lone-CR line
// ends). Every fixture holds the same numbers as its seed; test/model/text-fixtures.test.ts checks that.
// Run from the repository root: `node scripts/make-text-fixtures.mjs`. Deterministic.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'packages/core/package.json'));
const iconv = require('iconv-lite');

const SEEDS = 'examples';
const OUT = 'test/fixtures/text';
const seed = (n) => readFileSync(join(SEEDS, { 0: '000_0ed3c1e88ba08b90.txt', 1: '001_ebc51afa85553e39.txt', 2: '002_12d7c137f1960f71.txt', 3: '003_6e3f4ad97358b0ef.txt', 4: '004_2620abe2f7b9fa96.txt' }[n]), 'utf8');

mkdirSync(OUT, { recursive: true });
const write = (name, data) => {
  writeFileSync(join(OUT, name), data);
  console.log(`${name.padEnd(34)} ${String(data.length).padStart(7)} bytes`);
};

/** The six section headings as the seeds write them: table regions lie between them. */
const HEADING = /^\s*[一二三四五六]、\s*(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项)\s*$/;

/**
 * Flatten the table regions of a seed (the lines between the 二/三/四 headings and the next heading) onto one
 * line each: the cells joined by `sep`. `squeeze` also drops whitespace inside cells, as crawlers that strip all
 * whitespace do.
 */
function flatten(text, { sep, squeeze, cellsOf }) {
  const lines = text.split('\n');
  const out = [];
  let inTable = false;
  let cells = [];
  const flush = () => {
    if (cells.length) out.push(cells.join(sep));
    cells = [];
  };
  for (const line of lines) {
    const h = HEADING.exec(line);
    if (h) {
      flush();
      out.push(line);
      inTable = /主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况/.test(h[1]);
      continue;
    }
    if (!inTable) {
      out.push(line);
      continue;
    }
    for (let c of cellsOf(line)) {
      c = squeeze ? c.replace(/\s+/g, '') : c.trim().replace(/\s+/g, ' ');
      if (c) cells.push(c);
    }
  }
  flush();
  return out.join('\n');
}

/** Cells of a cell-per-line or pipe line: text between pipes, fillers dropped. */
const pipeCells = (line) => line.split('|');
/** Cells of a TSV line. */
const tabCells = (line) => line.split('\t');

// Flattened crawler dumps.
write('seed-004.flat-spaced.txt', flatten(seed(4), { sep: ' ', squeeze: false, cellsOf: pipeCells }));
write('seed-004.flat-run.txt', flatten(seed(4), { sep: '', squeeze: true, cellsOf: pipeCells }));
write('seed-002.flat-spaced.txt', flatten(seed(2), { sep: ' ', squeeze: false, cellsOf: tabCells }));
write('seed-000.flat-run.txt', flatten(seed(0), { sep: '', squeeze: true, cellsOf: pipeCells }));

// Space-aligned rows, as text copied from a PDF gives them: SEED-000's pipe rows with the pipes turned into runs
// of spaces.
const spaced = (text) => text.split('\n').map((l) => (l.includes('|') ? l.split('|').map((c) => c.trim()).filter(Boolean).join('   ') : l)).join('\n');
write('seed-000.spaced.txt', spaced(seed(0)));

// The whole report on one line, pipes and tabs gone, single spaces between what were cells and lines.
const oneLine = (text) => text.split('\n').map((l) => l.replace(/[|\t]+/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
write('seed-004.one-line.txt', oneLine(seed(4)));

// Encodings (GBK cannot hold SEED-003's NBSPs: that one is GB18030).
write('seed-004.gbk.txt', iconv.encode(seed(4), 'gbk'));
write('seed-003.gb18030.txt', iconv.encode(seed(3), 'gb18030'));
write('seed-002.utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed(2), 'utf16le')]));
write('seed-000.utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seed(0), 'utf16le').swap16()]));
write('seed-001.utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed(1), 'utf8')]));

// Line ends.
write('seed-001.crlf.txt', seed(1).replace(/\n/g, '\r\n'));
write('seed-000.cr.txt', seed(0).replace(/\n/g, '\r'));

// Bytes that are neither UTF-8 nor GB18030: SEED-000 with two stray bytes on line 3.
const broken = Buffer.from(seed(0), 'utf8');
const at = broken.indexOf(Buffer.from('2024年,我街道围绕', 'utf8'));
write('seed-000.invalid-bytes.txt', Buffer.concat([broken.subarray(0, at), Buffer.from([0xff, 0xfe, 0xfd]), broken.subarray(at)]));
