// text → bytes in the encoding a file was read with (DecodeInfo), so `--fix` writes back what it read:
// same encoding, same BOM. Line endings are in the text already (decode keeps them).
import { createRequire } from 'node:module';
import type { DecodeInfo } from '../read/document.js';

// iconv-lite is needed only to write GB18030 back: loaded then, not at every start (~25 ms).
let iconv: typeof import('iconv-lite') | undefined;
const gb18030 = (text: string): Buffer => (iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite')).encode(text, 'gb18030');

const BOMS: Record<DecodeInfo['encoding'], number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  gb18030: [],
};

function body(text: string, encoding: DecodeInfo['encoding']): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'gb18030':
      return gb18030(text);
  }
}

export function encodeText(text: string, info: Pick<DecodeInfo, 'encoding' | 'bom'>): Uint8Array {
  const bytes = body(text, info.encoding);
  return info.bom && BOMS[info.encoding].length ? Buffer.concat([Buffer.from(BOMS[info.encoding]), bytes]) : bytes;
}
