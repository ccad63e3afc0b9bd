import { describe, expect, it } from 'vitest';
import { decode } from '../decode/index.js';
import { encodeText } from './encode.js';

describe('encodeText', () => {
  const text = '表三：总计\r\n第二行，含“引号”与𠀀\r\n';
  it.each([
    ['utf-8', false],
    ['utf-8', true],
    ['utf-16le', true],
    ['utf-16be', true],
    ['gb18030', false],
  ] as const)('round-trips %s (bom %s) through decode', (encoding, bom) => {
    const bytes = encodeText(text, { encoding, bom });
    const back = decode(bytes);
    expect(back.text).toBe(text);
    expect(back.info).toEqual({ encoding, bom, eol: '\r\n' });
  });

  it('writes GB18030 bytes, not UTF-8', () => {
    expect([...encodeText('表', { encoding: 'gb18030', bom: false })]).toEqual([0xb1, 0xed]);
  });
});
