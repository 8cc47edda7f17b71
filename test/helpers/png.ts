import { deflateSync } from 'node:zlib';

/** A tiny PNG drawn in code (horizontal bars), so fixtures need no downloaded images. */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A `width`×`height` RGB image: a light background with bars of the given lengths (0–1). */
export function barChartPng(width: number, height: number, bars: number[]): Buffer {
  const rows: Buffer[] = [];
  const band = Math.floor(height / bars.length);
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    const bar = Math.floor(y / band);
    const inBar = y % band > band * 0.2 && y % band < band * 0.8;
    for (let x = 0; x < width; x++) {
      const on = inBar && x < (bars[bar] ?? 0) * width;
      row.set(on ? [0x2f, 0x6f, 0x8f] : [0xf4, 0xf4, 0xf0], 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', new Uint8Array()),
  ]);
}
