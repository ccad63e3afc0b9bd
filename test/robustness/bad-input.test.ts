// Bad input through the built CLI (issue 9): every kind of broken or odd file in one folder. Each file that
// cannot be linted gets exactly one fatal `parse` diagnostic that says why; each odd but readable file is linted;
// the batch always finishes with a valid JSON report, and exit 2 only when nothing could be linted.
// Generated at test time in a temp folder (the 50 MB file included); fixtures are reused where they exist.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FORMATS_DIR,
  SEEDS,
  TEXT_DIR,
  encodeIndependently,
  examples,
  govlint,
  govlintProcess,
  random,
  randomBytes,
  resultsByFile,
  resultsSchemaErrors,
  scratch,
  seed,
  write,
  type JsonResult,
} from './helpers.js';

const NOVEL = [
  '第一章　雨夜',
  '那天夜里雨下得很大，老周撑着一把旧伞，沿着河堤慢慢往回走。堤下的芦苇被风吹得东倒西歪，远处镇上的灯火一盏一盏地熄了。',
  '他想起三十年前离家的那个早晨，母亲站在门口，什么也没说，只是把一包煮熟的鸡蛋塞进他的口袋。',
  '走到石桥边，他停下来点了一支烟。火光一闪，照见桥栏上刻着的几个字，已经被雨水磨得看不清了。',
].join('\n\n');

/** SEED-004 as a .docx whose central directory says word/document.xml unpacks to almost 4 GB. */
function lyingZip(): Buffer {
  const zip = Buffer.from(readFileSync(path.join(FORMATS_DIR, 'seed-004.docx')));
  const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]); // central directory header: size at +24, name at +46
  for (let at = zip.indexOf(CENTRAL); at !== -1; at = zip.indexOf(CENTRAL, at + 4)) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === 'word/document.xml') {
      zip.writeUInt32LE(0xfffffff0, at + 24);
      return zip;
    }
  }
  throw new Error('seed-004.docx has no word/document.xml entry');
}

/** A table of 50 × 50 cells that each claim colspan 1000 and rowspan 65534 (the HTML maximums). */
function spanBomb(): string {
  const row = `<tr>${'<td colspan=1000 rowspan=65534>1</td>'.repeat(50)}</tr>`;
  return `<table>${row.repeat(50)}</table>`;
}

const FIFTY_MB = 50 * 1024 * 1024;

/** What each file must produce: one fatal diagnostic matching the pattern, or (null) a lint without a fatal one. */
const EXPECTED: Record<string, RegExp | null> = {
  'empty.txt': /^the file is empty$/,
  'blank.md': /^the file is empty$/,
  'junk.txt': /binary data, not text/,
  'junk.md': /binary data, not text/,
  'junk.html': /binary data, not text/,
  'junk.docx': /not a \.docx file: not a zip archive/,
  'junk.pdf': /corrupt or invalid PDF/,
  'truncated.docx': /corrupt or truncated \.docx/,
  'zip-bomb.docx': /unpacks to [\d.]+ MB of XML/,
  'encrypted.pdf': /encrypted PDF: a password is required/,
  'scanned.pdf': /scanned PDF: no text layer/,
  'huge.txt': /^file too large \(50\.0 MB, the limit is 5\.0 MB\): not linted; raise the limit with --max-file-size$/,
  'span-bomb.html': /^not an annual report/,
  'template.txt': /^not an annual report/,
  'novel.txt': /^not an annual report/,
  'dangling.txt': /^cannot read the file: ENOENT$/,
  'loop-a.txt': /^cannot read the file: ELOOP$/,
  'loop-b.txt': /^cannot read the file: ELOOP$/,
  'unreadable.txt': /^cannot read the file: (EACCES|EIO)$/,
  'report.txt': null,
  'invalid-utf8.txt': null,
  'gbk.txt': null,
  'gb18030.txt': null,
  'utf16le-bom.txt': null,
  'utf16le-no-bom.txt': null,
  'utf16be-bom.txt': null,
  'utf8-bom.txt': null,
  'crlf.txt': null,
  'cr.txt': null,
  'deep-nesting.html': null,
  'deep.html': null,
  'unfinished.html': null,
};

let dir: string;
let cleanup: () => void;
let fifo = false;
beforeAll(() => {
  ({ dir, cleanup } = scratch('govlint-bad-input-'));
  const rand = random(9);
  const fixture = (from: string, to: string) => copyFileSync(from, path.join(dir, to));
  write(dir, 'empty.txt', '');
  write(dir, 'blank.md', ' \n\t\r\n\u3000\n');
  for (const ext of ['txt', 'md', 'html', 'docx', 'pdf']) write(dir, `junk.${ext}`, randomBytes(4096, rand));
  fixture(path.join(FORMATS_DIR, 'truncated.docx'), 'truncated.docx');
  write(dir, 'zip-bomb.docx', lyingZip());
  fixture(path.join(FORMATS_DIR, 'encrypted.pdf'), 'encrypted.pdf');
  fixture(path.join(FORMATS_DIR, 'scanned.pdf'), 'scanned.pdf');
  // The seed repeated up to 50 MB: a report-like dump, which would take minutes to lint in full.
  write(dir, 'huge.txt', Buffer.alloc(FIFTY_MB, seed(SEEDS[4])));
  write(dir, 'deep.html', `${'<div>'.repeat(100_000)}<p>一、总体情况</p>`);
  write(dir, 'span-bomb.html', spanBomb());
  fixture(path.join(FORMATS_DIR, 'deep-nesting.html'), 'deep-nesting.html');
  // A half-finished draft: the page stops in the middle of table 三.
  const html = readFileSync(path.join(FORMATS_DIR, 'seed-004.html'), 'utf8');
  write(dir, 'unfinished.html', html.slice(0, html.indexOf('（三）不予公开')));
  // The blank template: headings and table labels, no number anywhere.
  write(dir, 'template.txt', seed(SEEDS[4]).replace(/[0-9]/g, ''));
  write(dir, 'novel.txt', NOVEL);
  write(dir, 'report.txt', seed(SEEDS[4]));
  fixture(path.join(TEXT_DIR, 'seed-000.invalid-bytes.txt'), 'invalid-utf8.txt');
  fixture(path.join(TEXT_DIR, 'seed-004.gbk.txt'), 'gbk.txt');
  fixture(path.join(TEXT_DIR, 'seed-003.gb18030.txt'), 'gb18030.txt');
  fixture(path.join(TEXT_DIR, 'seed-002.utf16le-bom.txt'), 'utf16le-bom.txt');
  write(dir, 'utf16le-no-bom.txt', encodeIndependently(seed(SEEDS[2]), 'utf-16le'));
  fixture(path.join(TEXT_DIR, 'seed-000.utf16be-bom.txt'), 'utf16be-bom.txt');
  fixture(path.join(TEXT_DIR, 'seed-001.utf8-bom.txt'), 'utf8-bom.txt');
  fixture(path.join(TEXT_DIR, 'seed-001.crlf.txt'), 'crlf.txt');
  fixture(path.join(TEXT_DIR, 'seed-000.cr.txt'), 'cr.txt');
  symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
  symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'));
  symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'));
  // Permissions do not stop root: then a file every read of which fails (Linux) stands in.
  if (process.getuid?.() === 0 && existsSync('/proc/self/mem')) symlinkSync('/proc/self/mem', path.join(dir, 'unreadable.txt'));
  else chmodSync(write(dir, 'unreadable.txt', seed(SEEDS[0])), 0o000);
  // A folder linked into itself: its files must be linted once, under their own names.
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync('..', path.join(dir, 'sub', 'again'));
  // A link out of the tree (to the root of the disk): not followed, or the walk would read /proc, /sys and the disk.
  symlinkSync('/', path.join(dir, 'disk'));
  try {
    execFileSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    fifo = true;
  } catch {
    // no mkfifo here: the FIFO case is left out
  }
});
afterAll(() => cleanup());

describe('a folder of bad inputs (one real process)', () => {
  let run: { code: number | null; stdout: string; stderr: string; ms: number };
  let byFile: Map<string, JsonResult>;
  beforeAll(async () => {
    const t0 = Date.now();
    const r = await govlintProcess(['--no-config', '--lang', 'en', '-f', 'json', dir]);
    run = { ...r, ms: Date.now() - t0 };
    byFile = resultsByFile(r.stdout, dir);
  });

  it('ends with a valid JSON report, exit 1 (some files were linted), nothing on stderr, in bounded time', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(resultsSchemaErrors(JSON.parse(run.stdout))).toEqual([]);
    // The 50 MB file is refused without being read, and nothing else is slow.
    expect(run.ms).toBeLessThan(60_000);
  });

  it('lists every file once, under its own name (no second visit through the linked folder)', () => {
    const expected = [...Object.keys(EXPECTED), ...(fifo ? ['fifo.txt'] : [])].sort();
    expect([...byFile.keys()].sort()).toEqual(expected);
  });

  it.each(Object.entries(EXPECTED).filter(([, m]) => m !== null))('%s: one fatal diagnostic that says why', (name, pattern) => {
    const r = byFile.get(name);
    expect(r?.messages.map((m) => ({ ruleId: m.ruleId, fatal: m.fatal, severity: m.severity }))).toEqual([{ ruleId: 'parse', fatal: true, severity: 'error' }]);
    expect(r?.messages[0].message).toMatch(pattern as RegExp);
  });

  it.each(Object.entries(EXPECTED).filter(([, m]) => m === null))('%s: linted (no fatal diagnostic)', (name) => {
    const r = byFile.get(name);
    expect(r?.messages.filter((m) => m.fatal)).toEqual([]);
    expect(r?.messages.some((m) => m.ruleId !== 'parse')).toBe(true);
  });

  it('odd but readable files say what was odd: invalid bytes, deep nesting', () => {
    expect(byFile.get('invalid-utf8.txt')?.messages.filter((m) => m.ruleId === 'parse').map((m) => m.message)).toEqual([
      expect.stringMatching(/3 byte sequence\(s\) that are not valid utf-8/),
    ]);
    for (const name of ['deep-nesting.html', 'deep.html']) {
      expect(byFile.get(name)?.messages.some((m) => m.ruleId === 'parse' && /nested too deeply/.test(m.message))).toBe(true);
    }
  });

  it.runIf(process.platform === 'linux')('a FIFO gets a diagnostic instead of blocking the run', () => {
    if (!fifo) return;
    expect(byFile.get('fifo.txt')?.messages[0].message).toBe('cannot read the file: not a regular file');
  });
});

describe.concurrent('exit codes and the size limit', () => {
  it('exit 2 with a JSON report when no file could be linted; a linked file named explicitly says why', async () => {
    const files = ['empty.txt', 'junk.docx', 'scanned.pdf', 'dangling.txt', 'novel.txt'].map((f) => path.join(dir, f));
    const r = await govlint(['--no-config', '--lang', 'en', '-f', 'json', ...files]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Nothing could be linted\n');
    const results = JSON.parse(r.stdout);
    expect(resultsSchemaErrors(results)).toEqual([]);
    expect(results.results).toHaveLength(5);
  });

  it('the 50 MB file alone is refused in seconds, in a real process', async () => {
    const t0 = Date.now();
    const r = await govlintProcess(['--no-config', '--lang', 'en', '-f', 'unix', path.join(dir, 'huge.txt')]);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('huge.txt:1:1: error: file too large (50.0 MB, the limit is 5.0 MB)');
  });

  it('the default limit is 5 MB for text formats and 50 MB for Word and PDF (mostly pictures)', async () => {
    const rand = random(3);
    const text = write(dir, 'six-mb.md', Buffer.alloc(6 * 1024 * 1024, `${NOVEL}\n`));
    const pdf = write(dir, 'six-mb.pdf', randomBytes(6 * 1024 * 1024, rand));
    const docx = write(dir, 'big.docx', Buffer.alloc(51 * 1024 * 1024));
    const r = await govlint(['--no-config', '--lang', 'en', '-f', 'unix', text, pdf, docx]);
    expect(r.stdout).toContain('six-mb.md:1:1: error: file too large (6.0 MB, the limit is 5.0 MB)');
    expect(r.stdout).toMatch(/six-mb\.pdf:1:1: error: .*corrupt or invalid PDF/);
    expect(r.stdout).toContain('big.docx:1:1: error: file too large (51.0 MB, the limit is 50.0 MB)');
  });

  it('--max-file-size moves the limit (MB; 0 means none), for files and for stdin', async () => {
    const text = `${NOVEL}\n`.repeat(Math.ceil((1.5 * 1024 * 1024) / Buffer.byteLength(`${NOVEL}\n`)));
    const file = write(dir, 'long-novel.txt', text);
    const lowered = await govlint(['--no-config', '--lang', 'en', '-f', 'unix', '--max-file-size', '1', file]);
    expect(lowered.stdout).toMatch(/long-novel\.txt:1:1: error: file too large \(1\.\d MB, the limit is 1\.0 MB\)/);
    for (const limit of [[], ['--max-file-size', '0'], ['--max-file-size', '2']]) {
      const r = await govlint(['--no-config', '--lang', 'en', '-f', 'unix', ...limit, file]);
      expect(r.stdout).toContain('long-novel.txt:1:1: error: not an annual report');
    }
    const piped = await govlint(['--no-config', '--lang', 'en', '-f', 'unix', '--max-file-size', '1', '--stdin'], { input: text });
    expect(piped.stdout).toMatch(/<stdin>:1:1: error: file too large/);
    expect((await govlint(['--no-config', '--max-file-size', '-1', file])).code).toBe(2);
  });

  it('--cache does not keep a "too large" once the limit is raised', async () => {
    const file = write(dir, 'cached-novel.txt', `${NOVEL}\n`.repeat(4000));
    const cache = ['--cache', '--cache-location', path.join(dir, '.cache')];
    const lint = (limit: string[]) => govlint(['--no-config', '--lang', 'en', '-f', 'unix', ...cache, ...limit, file]);
    expect((await lint(['--max-file-size', '1'])).stdout).toContain('error: file too large');
    expect((await lint([])).stdout).toContain('error: not an annual report');
    expect((await lint(['--max-file-size', '1'])).stdout).toContain('error: file too large');
  });

  it('empty stdin is an empty file', async () => {
    const r = await govlint(['--no-config', '--lang', 'en', '-f', 'unix', '--stdin'], { input: '' });
    expect(r.stdout).toContain('<stdin>:1:1: error: the file is empty [parse]');
    expect(r.code).toBe(2);
  });
});

describe.concurrent('encodings and line ends read the same numbers as the UTF-8 seed (govlint extract)', () => {
  const cells = (stdout: string) => JSON.parse(stdout).cells as Record<string, { value: unknown }>;
  it.each([
    ['gbk.txt', 4],
    ['gb18030.txt', 3],
    ['utf16le-bom.txt', 2],
    ['utf16le-no-bom.txt', 2],
    ['utf16be-bom.txt', 0],
    ['utf8-bom.txt', 1],
    ['crlf.txt', 1],
    ['cr.txt', 0],
    ['invalid-utf8.txt', 0],
  ] as const)('%s', async (name, n) => {
    const [odd, plain] = await Promise.all([govlint(['extract', path.join(dir, name)]), govlint(['extract', path.join(examples, SEEDS[n])])]);
    expect(odd.code, odd.stderr).toBe(0);
    const values = (c: Record<string, { value: unknown }>) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.value]));
    const want = values(cells(plain.stdout));
    expect(Object.keys(want).length).toBeGreaterThan(150);
    expect(values(cells(odd.stdout))).toEqual(want);
  });
});
