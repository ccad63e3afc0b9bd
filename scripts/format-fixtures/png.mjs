// A minimal grayscale PNG encoder, for the "scanned" fixture: a page image of grey text-like bars.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** width × height, 8-bit gray; `shade(x, y)` gives 0–255. */
export function grayPng(width, height, shade) {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = shade(x, y);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Rows of dark bars on white, like lines of text seen from afar. */
export function fakeScanPng() {
  return grayPng(400, 560, (x, y) => {
    const line = Math.floor(y / 20);
    const inBar = y % 20 < 9 && x > 30 && x < 370 - (line % 3) * 60;
    return inBar && (x >> 3) % 5 !== 0 ? 60 : 250;
  });
}
