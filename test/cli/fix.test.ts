// --fix and --fix-dry-run on disk through the built binary: only the fixable edits change, in the file's own
// encoding, BOM and line endings.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeIndependently } from '../robustness/helpers.js';
import { PACK_ONLY, SEEDS, govlint, govlintProcess, scratch, seed, write } from './helpers.js';

/** GB18030 bytes built with the decoder's inverse, not with the encoder under test. */
const gb18030 = (text: string): Buffer => encodeIndependently(text, 'gb18030');

const ORIGINAL = seed(SEEDS[4]);
const LABELS = ['地址', '邮编', '电话', '电子邮箱'];
const FIXED = LABELS.reduce((text, label) => text.replace(`${label}:`, `${label}：`), ORIGINAL);

/** UTF-16LE with BOM, written by hand so the test does not rely on the encoder under test. */
function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = scratch()));
afterAll(() => cleanup());

describe.concurrent('--fix', () => {
  it('rewrites only the fixed characters of a UTF-8 file and reports what is left', async () => {
    const file = write(dir, 'utf8.txt', ORIGINAL);
    const r = await govlintProcess([...PACK_ONLY, '--fix', '-f', 'unix', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('cli/contact-colon');
    expect(r.stderr).toContain('utf8.txt：已修复 4 处');
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(FIXED);
    // Bytes before the first fix and after the last one are identical.
    const first = ORIGINAL.indexOf('地址:');
    const last = ORIGINAL.indexOf('电子邮箱:') + '电子邮箱:'.length;
    expect(after.slice(0, first)).toBe(ORIGINAL.slice(0, first));
    expect(after.slice(last)).toBe(ORIGINAL.slice(last));
  });

  it('keeps GB18030 and CRLF line endings', async () => {
    const crlf = ORIGINAL.replace(/\n/g, '\r\n');
    const bytes = gb18030(crlf);
    const file = write(dir, 'gb.txt', bytes);
    const r = await govlint([...PACK_ONLY, '--fix', file]);
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(file);
    expect(new TextDecoder('gb18030').decode(after)).toBe(FIXED.replace(/\n/g, '\r\n'));
    // Each ":" (1 byte) became "：" (2 bytes); nothing before the first fix moved.
    expect(after.length).toBe(bytes.length + 4);
    const firstFix = gb18030(crlf.slice(0, crlf.indexOf('地址:') + 2)).length;
    expect(after.subarray(0, firstFix).equals(bytes.subarray(0, firstFix))).toBe(true);
    expect(after.subarray(after.length - 200).equals(bytes.subarray(bytes.length - 200))).toBe(true);
  });

  it('keeps UTF-16LE with its BOM', async () => {
    const file = write(dir, 'u16.txt', utf16le(ORIGINAL));
    const r = await govlint([...PACK_ONLY, '--fix', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file).equals(utf16le(FIXED))).toBe(true);
  });

  it('--fix-dry-run writes nothing and shows the fixed text as output', async () => {
    const file = write(dir, 'dry.txt', ORIGINAL);
    const r = await govlint([...PACK_ONLY, '--fix-dry-run', '-f', 'json', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    const out = JSON.parse(r.stdout);
    expect(out.results[0].output).toBe(FIXED);
    expect(out.results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'cli/contact-colon')).toEqual([]);
    expect(r.stderr).toContain('dry.txt：可修复 4 处（--fix-dry-run，未写入）');
  });

  it('--fix-dry-run works on stdin; --fix does not', async () => {
    const r = await govlint([...PACK_ONLY, '--stdin', '--fix-dry-run', '-f', 'json'], { input: ORIGINAL });
    expect(JSON.parse(r.stdout).results[0].output).toBe(FIXED);
    const refused = await govlint([...PACK_ONLY, '--stdin', '--fix'], { input: ORIGINAL });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--fix 不能用于 --stdin');
  });
});
