import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, dominantEol } from './index.js';

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

  it('dominant line ending', () => {
    expect([dominantEol('a\nb\nc\r\n'), dominantEol('a\r\nb\r\n'), dominantEol('a\rb\rc\n'), dominantEol('abc')]).toEqual(['\n', '\r\n', '\r', '\n']);
  });
});
