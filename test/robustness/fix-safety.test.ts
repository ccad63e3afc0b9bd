// Nothing lost (issue 9): --fix changes the bytes of its fixes and no other byte, in every encoding, BOM and
// line-ending style; it writes by temp file + rename; it refuses a file that changed since it was read or that
// would not be written back as it is; it never touches .docx, .pdf or .html. `-o` is atomic too, and a failing
// formatter leaves the previous output file as it was. Through the built CLI, except the failing formatter
// (a formatter cannot be made to fail from outside: that test runs the CLI's `main` in this process).
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  FORMATS_DIR,
  PACK_ONLY,
  SEEDS,
  encodeIndependently,
  govlint,
  repo,
  scratch,
  seed,
  testPack,
  write,
  type JsonResult,
  type TextEncoding,
} from './helpers.js';

// The CLI loads its format by name (core's loadFormat): the json formatter explodes, after its real work, while
// `explode.on` is set.
const explode = vi.hoisted(() => ({ on: false }));
vi.mock(import('../../packages/core/src/report/formatters/json.js'), async (importOriginal) => {
  const real = await importOriginal();
  return {
    ...real,
    json: (...args: Parameters<typeof real.json>) => {
      const out = real.json(...args); // the real work first, so the failure comes late
      if (explode.on) throw new Error('formatter exploded');
      return out;
    },
  };
});

const ORIGINAL = seed(SEEDS[4]); // four half-width colons that cli/contact-colon fixes
const EOLS = { lf: '\n', crlf: '\r\n', cr: '\r', mixed: null } as const;
type Eol = keyof typeof EOLS;
const ENCODINGS: [TextEncoding, boolean][] = [
  ['utf-8', false],
  ['utf-8', true],
  ['gb18030', false],
  ['utf-16le', true],
  ['utf-16le', false],
  ['utf-16be', true],
];

function withEol(text: string, eol: Eol): string {
  const lines = text.split('\n');
  const ending = EOLS[eol];
  if (ending !== null) return lines.join(ending);
  // Mixed: what a file edited on two systems looks like.
  return lines.map((l, i) => (i < lines.length - 1 ? l + ['\n', '\r\n', '\r'][i % 3] : l)).join('');
}

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = scratch('govlint-fix-safety-')));
afterAll(() => cleanup());

/** Temp files of writeFileAtomic (`.<name>.<pid>.<random>.tmp`) left beside `file`. */
const tempFilesOf = (file: string) => readdirSync(path.dirname(file)).filter((f) => f.startsWith(`.${path.basename(file)}.`) && f.endsWith('.tmp'));

/** The fixes govlint offers for a file (text offsets), from a plain `-f json` run. */
async function fixesOf(file: string): Promise<{ range: [number, number]; text: string }[]> {
  const r = await govlint([...PACK_ONLY, '-f', 'json', file]);
  const [result] = JSON.parse(r.stdout).results as JsonResult[];
  return result.messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * The bytes --fix must leave: the original bytes, with the byte extent of each fix (found by encoding the text
 * before it) replaced by the encoded replacement. Every other byte is the original file's own.
 */
function expectedAfter(original: Buffer, text: string, fixes: { range: [number, number]; text: string }[], encoding: TextEncoding, bom: boolean): Buffer {
  const bomLength = bom ? encodeIndependently('', encoding, true).length : 0;
  const byteAt = (offset: number) => bomLength + encodeIndependently(text.slice(0, offset), encoding).length;
  const parts: Buffer[] = [];
  let from = 0;
  for (const f of fixes) {
    parts.push(original.subarray(from, byteAt(f.range[0])), encodeIndependently(f.text, encoding));
    from = byteAt(f.range[1]);
  }
  parts.push(original.subarray(from));
  return Buffer.concat(parts);
}

async function fixAndCheck(name: string, text: string, encoding: TextEncoding, bom: boolean): Promise<number> {
  const original = encodeIndependently(text, encoding, bom);
  const file = write(dir, name, original);
  const fixes = await fixesOf(file);
  const before = statSync(file);
  const r = await govlint([...PACK_ONLY, '--fix', file]);
  expect(r.code, r.stderr).toBe(0);
  const after = readFileSync(file);
  expect(after.equals(expectedAfter(original, text, fixes, encoding, bom))).toBe(true);
  // Written by rename: a new inode, the old mode, no temp file left.
  expect(statSync(file).ino).not.toBe(before.ino);
  expect(statSync(file).mode).toBe(before.mode);
  expect(tempFilesOf(file)).toEqual([]);
  return fixes.length;
}

describe.concurrent('--fix changes the bytes of its fixes and nothing else', () => {
  const cases = ENCODINGS.flatMap(([encoding, bom]) => (Object.keys(EOLS) as Eol[]).map((eol) => [encoding, bom, eol] as const));
  it.each(cases)('%s (BOM %s), %s line ends', async (encoding, bom, eol) => {
    const name = `${encoding}-${bom ? 'bom' : 'nobom'}-${eol}.txt`;
    expect(await fixAndCheck(name, withEol(ORIGINAL, eol), encoding, bom)).toBe(4);
  });

  it('keeps the file mode (0640)', async () => {
    const file = write(dir, 'mode.txt', ORIGINAL);
    chmodSync(file, 0o640);
    await govlint([...PACK_ONLY, '--fix', file]);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readFileSync(file, 'utf8')).not.toBe(ORIGINAL);
  });
});

describe('--fix on generated files (fast-check: 12 runs)', () => {
  it('random fixable spots, encodings and line ends: only the fixed bytes change', async () => {
    const lines = ORIGINAL.split('\n');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENCODINGS),
        fc.constantFrom(...(Object.keys(EOLS) as Eol[])),
        fc.uniqueArray(fc.nat({ max: lines.length - 1 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('电话', '传真', '地址', '邮编'),
        async ([encoding, bom], eol, at, label) => {
          const spots = new Set(at);
          const text = lines.map((l, i) => (spots.has(i) ? `${label}:0533-${1000 + i} ${l}` : l)).join('\n');
          // Spots inside tables are not prose, so not fixed; the seed's own four always are.
          expect(await fixAndCheck(`generated-${run++}.txt`, withEol(text, eol), encoding, bom)).toBeGreaterThanOrEqual(4);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe.concurrent('--fix refuses what it cannot write back safely', () => {
  it('a file that changed after it was read (a script rule rewrites it mid-lint)', async () => {
    const file = write(dir, 'changing.txt', ORIGINAL);
    const { dir: pack, cleanup: done } = scratch('govlint-touch-pack-');
    try {
      write(pack, 'pack.yaml', 'name: touch\nrules: rules\n');
      write(pack, 'touch.mjs', `import { appendFileSync } from 'node:fs';\nexport default () => { appendFileSync(${JSON.stringify(file)}, '\\n改'); return []; };\n`);
      mkdirSync(path.join(pack, 'rules/t'), { recursive: true });
      write(pack, 'rules/t/touch.yaml', 'id: t/touch\ntype: script\nlevel: info\ndescription: { zh: 改文件 }\nmodule: ../../touch.mjs\nmessages: { x: { zh: x } }\n');
      const r = await govlint(['--no-config', '--pack', testPack, '--pack', pack, '--lang', 'en', '--fix', file]);
      expect(r.stderr).toContain('changing.txt: the file changed after it was read; fixes not written');
      // The script ran on each lint pass (it appended each time); none of the fixes reached the file.
      const after = readFileSync(file, 'utf8');
      expect(after.slice(0, ORIGINAL.length)).toBe(ORIGINAL);
      expect(after.slice(ORIGINAL.length)).toMatch(/^(\n改)+$/);
    } finally {
      done();
    }
  });

  it('bytes that do not decode (they would come back as U+FFFD): the file is left as it is', async () => {
    const original = Buffer.concat([Buffer.from(ORIGINAL.slice(0, 100)), Buffer.from([0xff]), Buffer.from(ORIGINAL.slice(100))]);
    const file = write(dir, 'invalid.txt', original);
    const r = await govlint([...PACK_ONLY, '--lang', 'en', '--fix', file]);
    expect(r.stderr).toContain('invalid.txt: the file holds bytes that would not be written back as they are');
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  it('.docx, .pdf and .html are never written, fixable problems or not', async () => {
    const names = ['seed-004.docx', 'seed-004.pdf', 'seed-004.html'];
    for (const n of names) copyFileSync(path.join(FORMATS_DIR, n), path.join(dir, n));
    const files = names.map((n) => path.join(dir, n));
    const before = files.map((f) => ({ bytes: readFileSync(f), mtime: statSync(f).mtimeMs }));
    // The HTML copy does have fixable problems: the refusal is not for want of fixes.
    expect((await fixesOf(files[2])).length).toBeGreaterThan(0);
    const r = await govlint([...PACK_ONLY, '--lang', 'en', '--fix', ...files]);
    expect(r.stderr).toContain('seed-004.html: --fix only rewrites .md and .txt files, skipped');
    files.forEach((f, i) => {
      expect(readFileSync(f).equals(before[i].bytes)).toBe(true);
      expect(statSync(f).mtimeMs).toBe(before[i].mtime);
    });
  });
});

describe('-o writes whole files or nothing', () => {
  it('replaces an existing output file by rename; a directory or missing folder as target fails cleanly', async () => {
    const report = write(dir, 'o-report.txt', ORIGINAL);
    const out = write(dir, 'out.json', 'previous output');
    const ino = statSync(out).ino;
    const r = await govlint([...PACK_ONLY, '-f', 'json', '-o', out, report]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).results).toHaveLength(1);
    expect(statSync(out).ino).not.toBe(ino);
    for (const target of [dir, path.join(dir, 'no/such/folder/out.json')]) {
      const failed = await govlint([...PACK_ONLY, '--lang', 'en', '-f', 'json', '-o', target, report]);
      expect(failed.code).toBe(2);
      expect(failed.stderr).toMatch(/^Cannot write output file /);
    }
    expect(tempFilesOf(out)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('.out.json.'))).toEqual([]);
  });

  it('a formatter that throws leaves the previous output file untouched (in-process run of main)', async () => {
    const { main } = await import('../../packages/cli/src/main.js');
    const report = write(dir, 'f-report.txt', ORIGINAL);
    const out = write(dir, 'kept.json', 'previous output');
    const stderr: string[] = [];
    explode.on = true;
    try {
      const io = { cwd: repo, env: {}, out: async () => undefined, stdoutIsTTY: false, stderr: (l: string) => void stderr.push(l), readStdin: async () => Buffer.alloc(0), stdinIsTTY: false };
      expect(await main([...PACK_ONLY, '--lang', 'en', '-f', 'json', '-o', out, report], io)).toBe(2);
    } finally {
      explode.on = false;
    }
    expect(stderr).toContain('Formatter "json" failed: formatter exploded');
    expect(readFileSync(out, 'utf8')).toBe('previous output');
    expect(tempFilesOf(out)).toEqual([]);
  });
});
