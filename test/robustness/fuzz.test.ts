// Bounded fuzzing through the built CLI (issue 9): the seeds in every format, mutated at the level of bytes,
// lines, table cells and encodings (and sometimes given the wrong extension), linted in batches by real
// processes. Every batch must end with a JSON report valid against results.schema.json, one result per file,
// exit code 0, 1 or 2 (2 exactly when no file could be linted), nothing unexpected on stderr, and no diagnostic
// that only hides a crash ("cannot parse the file: <exception>", "linting failed").
// The inputs differ on every run: GOVLINT_FUZZ_SEED=<n> replays one; a failing batch's folder is kept.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS_DIR, SEEDS, TEXT_DIR, encodeIndependently, examples, fromCore, govlintProcess, random, randomBytes, resultsByFile, resultsSchemaErrors, scratch, write } from './helpers.js';

// A fixed seed by default, so a CI run is repeatable; GOVLINT_FUZZ_SEED=random explores new inputs locally.
const FUZZ_SEED = process.env.GOVLINT_FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.GOVLINT_FUZZ_SEED ?? 20261123);
const BATCHES = 6;
const FILES_PER_BATCH = 30;

interface Seed {
  name: string;
  ext: string;
  bytes: Buffer;
}

const SEED_FILES: Seed[] = [
  ...SEEDS.map((f) => ({ name: f, ext: 'txt', bytes: readFileSync(path.join(examples, f)) })),
  ...['seed-004.md', 'seed-000.md', 'seed-004.html', 'seed-000.html', 'seed-004.docx', 'seed-000.docx', 'seed-004.pdf'].map((f) => ({
    name: f,
    ext: path.extname(f).slice(1),
    bytes: readFileSync(path.join(FORMATS_DIR, f)),
  })),
  ...['seed-004.gbk.txt', 'seed-002.utf16le-bom.txt', 'seed-004.flat-run.txt', 'seed-000.spaced.txt'].map((f) => ({ name: f, ext: 'txt', bytes: readFileSync(path.join(TEXT_DIR, f)) })),
];

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const int = (rand: Rand, n: number): number => Math.floor(rand() * n);

// ── Mutators: bytes → bytes ────────────────────────────────────────────────────────────────────────────────

function byteMutation(b: Buffer, rand: Rand): Buffer {
  const at = int(rand, b.length + 1);
  switch (int(rand, 5)) {
    case 0: {
      const out = Buffer.from(b);
      for (let k = 1 + int(rand, 8); k > 0 && out.length > 0; k--) out[int(rand, out.length)] = int(rand, 256);
      return out;
    }
    case 1:
      return Buffer.concat([b.subarray(0, at), randomBytes(1 + int(rand, 64), rand), b.subarray(at)]);
    case 2:
      return Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + int(rand, 512)))]);
    case 3:
      return b.subarray(0, at); // truncated
    default:
      return Buffer.concat([b.subarray(0, at), b.subarray(at, at + int(rand, 2048)), b.subarray(at)]); // a stretch repeated
  }
}

// ── Mutators on text (UTF-8 seeds): lines, cells, encodings ──────────────────────────────────────────────────

function lineMutation(text: string, rand: Rand): string {
  const lines = text.split('\n');
  const i = int(rand, lines.length);
  const j = int(rand, lines.length);
  switch (int(rand, 5)) {
    case 0:
      lines.splice(i, 1 + int(rand, 20));
      break;
    case 1:
      lines.splice(i, 0, ...lines.slice(j, j + 1 + int(rand, 20)));
      break;
    case 2:
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    case 3:
      lines.splice(i, 2, `${lines[i]}${pick(rand, ['', ' ', '\t', '|'])}${lines[i + 1] ?? ''}`);
      break;
    default: {
      const l = lines[i];
      const at = int(rand, l.length + 1);
      lines.splice(i, 1, l.slice(0, at), l.slice(at));
    }
  }
  return lines.join('\n');
}

const CELL_VALUES = ['', '-', '—', '0', '-5', '3.7', '1,234', '99999999999999999999', '１２', '一', 'N/A', ' 7 ', '1e3', '0x10'];

function cellMutation(text: string, rand: Rand): string {
  const numbers = [...text.matchAll(/\d+/g)];
  if (numbers.length === 0) return text;
  let out = text;
  for (let k = 1 + int(rand, 5); k > 0; k--) {
    const m = pick(rand, numbers);
    const value = rand() < 0.5 ? pick(rand, CELL_VALUES) : String(int(rand, 500));
    // Offsets of later matches move; a stale one only lands elsewhere, which is as good a mutation.
    const at = Math.min(m.index ?? 0, out.length);
    out = out.slice(0, at) + value + out.slice(at + m[0].length);
  }
  return out;
}

function reencode(text: string, rand: Rand): Buffer {
  const eol = pick(rand, ['\n', '\r\n', '\r']);
  const t = text.replace(/\r\n?|\n/g, eol);
  const [encoding, bom] = pick(rand, [['utf-8', true], ['utf-16le', true], ['utf-16le', false], ['utf-16be', true], ['gb18030', false]] as const);
  try {
    return encodeIndependently(t, encoding, bom);
  } catch {
    return encodeIndependently(t, 'utf-8', bom); // a character GBK cannot hold
  }
}

function textMutation(bytes: Buffer, rand: Rand): Buffer {
  const text = new TextDecoder().decode(bytes);
  switch (int(rand, 3)) {
    case 0:
      return Buffer.from(lineMutation(text, rand));
    case 1:
      return Buffer.from(cellMutation(text, rand));
    default:
      return reencode(text, rand);
  }
}

/** document.xml edited and zipped again, so that the reader gets past the zip. */
function docxMutation(bytes: Buffer, rand: Rand): Buffer {
  const { unzipSync, zipSync, strFromU8, strToU8 } = fromCore('fflate') as typeof import('fflate');
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(new Uint8Array(bytes));
  } catch {
    return byteMutation(bytes, rand);
  }
  const name = Object.keys(parts).find((n) => n.endsWith('document.xml'));
  if (!name) return byteMutation(bytes, rand);
  let xml = strFromU8(parts[name]);
  const snippets = ['<w:vMerge/>', '</w:tc>', '<w:tc>', '</w:tr>', '<w:tr>', '<w:tbl>', '</w:tbl>', '<w:r><w:t>一、总体情况</w:t></w:r>', `<w:tcPr><w:gridSpan w:val="${int(rand, 5000)}"/></w:tcPr>`];
  for (let k = 1 + int(rand, 6); k > 0; k--) {
    const end = xml.indexOf('>', int(rand, xml.length)) + 1;
    xml = xml.slice(0, end) + (rand() < 0.3 ? '' : pick(rand, snippets)) + xml.slice(end + (rand() < 0.3 ? int(rand, 200) : 0));
  }
  return Buffer.from(zipSync({ ...parts, [name]: strToU8(xml) }));
}

function mutate(seed: Seed, rand: Rand): { ext: string; bytes: Buffer; how: string[] } {
  let bytes = seed.bytes;
  const how: string[] = [];
  const textual = ['txt', 'md', 'html'].includes(seed.ext) && !seed.name.includes('gbk') && !seed.name.includes('utf16');
  for (let k = 1 + int(rand, 3); k > 0; k--) {
    const kind = seed.ext === 'docx' && rand() < 0.7 ? 'docx' : textual && rand() < 0.7 ? 'text' : 'bytes';
    how.push(kind);
    bytes = kind === 'docx' ? docxMutation(bytes, rand) : kind === 'text' ? textMutation(bytes, rand) : byteMutation(bytes, rand);
  }
  // Sometimes the name lies about the content.
  const ext = rand() < 0.1 ? pick(rand, ['txt', 'md', 'html', 'docx', 'pdf']) : seed.ext;
  return { ext, bytes, how };
}

// ── The batches ───────────────────────────────────────────────────────────────────────────────────────────

const kept: string[] = [];
afterAll(() => {
  if (kept.length > 0) console.log(`fuzz seed ${FUZZ_SEED}: failing batches kept in ${kept.join(', ')}`);
});

describe(`fuzz (seed ${FUZZ_SEED}, ${BATCHES} batches of ${FILES_PER_BATCH} mutated files)`, () => {
  it.each(Array.from({ length: BATCHES }, (_, b) => b))('batch %i ends with a valid JSON report and exit 0, 1 or 2', async (batch) => {
    const rand = random(FUZZ_SEED + batch * 7919);
    const { dir } = scratch(`govlint-fuzz-${FUZZ_SEED}-${batch}-`);
    const names: string[] = [];
    const notes: string[] = [];
    for (let n = 0; n < FILES_PER_BATCH; n++) {
      // PDFs are the slowest to read: one in ten inputs at most.
      const seed = pick(rand, SEED_FILES.filter((s) => s.ext !== 'pdf' || n % 10 === 0));
      const { ext, bytes, how } = mutate(seed, rand);
      const name = `${String(n).padStart(2, '0')}.${ext}`;
      write(dir, name, bytes);
      names.push(name);
      notes.push(`${name} ← ${seed.name} (${how.join(', ')})`);
    }
    const context = `seed ${FUZZ_SEED}, batch ${batch}, inputs in ${dir}:\n${notes.join('\n')}`;
    let ok = false;
    try {
      const r = await govlintProcess(['--no-config', '--lang', 'en', '-f', 'json', dir]);
      expect([0, 1, 2], context).toContain(r.code);
      expect(r.stderr.replace('Nothing could be linted\n', ''), context).toBe('');
      const output = JSON.parse(r.stdout);
      expect(resultsSchemaErrors(output), context).toEqual([]);
      const byFile = resultsByFile(r.stdout, dir);
      expect([...byFile.keys()].sort(), context).toEqual(names);
      const crashes = [...byFile].flatMap(([f, res]) => res.messages.filter((m) => /^cannot parse the file: |linting failed/.test(m.message)).map((m) => `${f}: ${m.message}`));
      expect(crashes, context).toEqual([]);
      const unlinted = [...byFile.values()].filter((res) => res.messages.some((m) => m.fatal && m.ruleId === 'parse')).length;
      expect(r.code === 2, context).toBe(unlinted === names.length);
      ok = true;
    } finally {
      if (ok) rmSync(dir, { recursive: true, force: true });
      else kept.push(dir);
    }
  });
});
