import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isUtf8 } from 'node:buffer';
import { decode, dominantEol, wholeUtf8Head } from './index.js';

const TEXT = '一、总体情况\r\n规章 | 0 |\r\n';

describe('decode', () => {
  it('UTF-8 without and with BOM', () => {
    expect(decode(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, info: { encoding: 'utf-8', bom: false, eol: '\r\n' }, problems: [] });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])).info).toEqual({ encoding: 'utf-8', bom: true, eol: '\r\n' });
  });

  it('UTF-16 LE/BE with BOM, and without BOM (sniffed from NUL bytes)', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(TEXT, 'utf16le').swap16();
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toMatchObject({ text: TEXT, info: { encoding: 'utf-16le', bom: true } });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: TEXT, info: { encoding: 'utf-16be', bom: true } });
    expect(decode(le)).toMatchObject({ text: TEXT, info: { encoding: 'utf-16le', bom: false } });
    expect(decode(be)).toMatchObject({ text: TEXT, info: { encoding: 'utf-16be', bom: false } });
  });

  it('GBK and GB18030 (NBSP needs GB18030)', () => {
    expect(decode(iconv.encode(TEXT, 'gbk'))).toEqual({ text: TEXT, info: { encoding: 'gb18030', bom: false, eol: '\r\n' }, problems: [] });
    const nbsp = '\u00a0\u00a0一、总体情况\n';
    expect(decode(iconv.encode(nbsp, 'gb18030')).text).toBe(nbsp);
  });

  it('invalid bytes: replacement characters and a problem at the first one', () => {
    const bytes = Buffer.concat([Buffer.from('一、总体情况\n规章 '), Buffer.from([0xff, 0xff]), Buffer.from(' 0\n')]);
    const { text, info, problems } = decode(bytes);
    expect(info.encoding).toBe('utf-8');
    expect(text).toBe('一、总体情况\n规章 \ufffd\ufffd 0\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ fatal: false, span: { start: { line: 2, column: 4, offset: 10 } } });
    expect(problems[0].message).toContain('2 byte sequence(s)');
  });

  it('binary data: one fatal problem instead of a page of replacement characters', () => {
    let seed = 7;
    const junk = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    expect(decode(junk).problems).toEqual([{ message: expect.stringContaining('binary data, not text'), fatal: true }]);
    // A PNG's header and first chunk, as a picture saved with a .txt name starts.
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000100000001000806000000', 'hex');
    expect(decode(Buffer.concat([png, junk])).problems[0].fatal).toBe(true);
    // Tabs, form feeds and a few stray bytes are text.
    const tsv = Buffer.from(`${'规章\t0\t0\t0\r\n'.repeat(50)}\f`);
    expect(decode(tsv).problems).toEqual([]);
    expect(decode(Buffer.concat([tsv, Buffer.from([0xff, 0xfe, 0x00])])).problems.map((p) => p.fatal)).toEqual([false]);
  });

  it('dominant line ending', () => {
    expect([dominantEol('a\nb\nc\r\n'), dominantEol('a\r\nb\r\n'), dominantEol('a\rb\rc\n'), dominantEol('abc')]).toEqual(['\n', '\r\n', '\r', '\n']);
  });
});

describe('wholeUtf8Head', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  it('drops a character the end cut in two, and only that', () => {
    const full = bytes('淄博市2024年报告');
    for (let cut = 1; cut <= full.length; cut++) {
      const head = wholeUtf8Head(full.subarray(0, cut));
      expect(Buffer.from(full.subarray(0, cut)).toString('utf8').startsWith(Buffer.from(head).toString('utf8'))).toBe(true);
      expect(isUtf8(head)).toBe(true);
      // At most the one cut character goes (1 to 3 bytes of it).
      expect(cut - head.length).toBeLessThan(4);
    }
    expect(wholeUtf8Head(full)).toBe(full);
  });
  it('leaves bytes that are not UTF-8 before the cut, and UTF-16, as they are', () => {
    const gb = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xd0]);
    expect(wholeUtf8Head(gb)).toBe(gb);
    const utf16 = new Uint8Array(Buffer.from('\ufeffab\n淄', 'utf16le')).subarray(0, 9);
    expect(wholeUtf8Head(utf16)).toBe(utf16);
  });
});
