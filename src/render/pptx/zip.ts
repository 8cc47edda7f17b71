import * as zlib from 'node:zlib';

/**
 * A zip archive written in one pass with Node's zlib: XML parts deflated, media (already
 * compressed) stored. JSZip's pure-JavaScript deflate took ~100 ms of a ~1 s build.
 * Enough of the format for a PPTX: no zip64, no encryption, ASCII part names. Read back
 * the same way: the package pptxgenjs writes is read here (JSZip's reader took ~5-8 ms).
 */

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** Deflate the bytes (text); false stores them as they are. */
  deflate: boolean;
}

// Made on first use: with Node's own CRC-32 it is never needed.
let crcTable: Int32Array | undefined;

/** The CRC-32 of zip entries, in JavaScript: for Node 20 before 20.15, which has no zlib.crc32. */
export function crc32Table(data: Uint8Array): number {
  const table = (crcTable ??= Int32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  }));
  let c = -1;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

// Node's own (20.15 and later) is ~4 ms quicker on a deck's parts than the table.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(data: Uint8Array): number {
  return nativeCrc32 ? nativeCrc32(data) : crc32Table(data);
}

/** MS-DOS time and date fields, in UTC (as JSZip wrote them, so the same timestamp gives the same fields). */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Deflate settings for `size` bytes: a window just large enough to hold them, and a hash
 * table to match. zlib's defaults (32 KB window, 64 KB table) are set up afresh for each
 * part, and a deck's parts are mostly a few KB: this halves the time (~4 ms a deck) for
 * the same bytes out, since no match can reach further back than the part's start.
 */
function deflateOptions(size: number): zlib.ZlibOptions {
  // zlib keeps 262 bytes of look-ahead beyond the window.
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(size + 262))));
  return { level: 6, windowBits, memLevel: windowBits - 7 };
}

/** The archive of `entries`, in their order, each dated `date`. */
export function zip(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflate ? zlib.deflateRawSync(entry.data, deflateOptions(entry.data.length)) : entry.data;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | 20, 4); // made by: UNIX, 2.0
    header.set(local.subarray(4, 28), 6);
    header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    chunks.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/**
 * The files of an archive by name, from its central directory (folders left out):
 * stored or deflated entries, no zip64, no encryption, as pptxgenjs and `zip` write them.
 */
export function unzip(archive: Uint8Array): Map<string, Uint8Array> {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('not a zip archive: broken central directory');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (name.endsWith('/')) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, zlib.inflateRawSync(data));
    else throw new Error(`zip entry ${name}: compression method ${method} is not supported`);
  }
  return files;
}
