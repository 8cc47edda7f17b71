import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { crc32, crc32Table, unzip, zip } from '../src/render/pptx/zip.js';

test('crc32 gives the check value of the standard', () => {
  assert.is(crc32(Buffer.from('123456789')), 0xcbf43926);
  assert.is(crc32(new Uint8Array()), 0);
  const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256);
  for (const data of [Buffer.from('123456789'), new Uint8Array(), bytes]) assert.is(crc32Table(data), crc32(data), 'the table and Node agree');
});

test('zip: parts come back in order, with their bytes, deflated or stored, dated in UTC', async () => {
  const xml = Buffer.from(`<?xml version="1.0"?><p>${'slide text, '.repeat(500)}</p>`);
  const media = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251);
  const when = new Date(Date.UTC(2024, 4, 17, 9, 30, 42));
  const bytes = zip(
    [
      { name: '[Content_Types].xml', data: xml, deflate: true },
      { name: 'ppt/media/image1.png', data: media, deflate: false },
      { name: 'empty.xml', data: new Uint8Array(), deflate: true },
    ],
    when,
  );
  assert.ok(bytes.length < xml.length, 'the XML is compressed');
  const read = await JSZip.loadAsync(bytes);
  assert.equal(Object.keys(read.files), ['[Content_Types].xml', 'ppt/media/image1.png', 'empty.xml']);
  assert.equal(Buffer.from(await read.file('[Content_Types].xml')!.async('uint8array')), xml);
  assert.equal(await read.file('ppt/media/image1.png')!.async('uint8array'), media);
  assert.is(await read.file('empty.xml')!.async('string'), '');
  assert.is(read.file('empty.xml')!.date.getTime(), new Date(Date.UTC(2024, 4, 17, 9, 30, 42)).getTime());
});

test('zip: unzip finds no error in the archive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deckwright-zip-'));
  try {
    const path = join(dir, 'a.zip');
    writeFileSync(path, zip([{ name: 'a.xml', data: Buffer.from('<a/>'), deflate: true }, { name: 'b.bin', data: Buffer.from([1, 2, 3]), deflate: false }], new Date(0)));
    let out: string;
    try {
      out = execFileSync('unzip', ['-t', path], { encoding: 'utf8' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // no unzip here: JSZip's reading above is the check
      throw e;
    }
    assert.match(out, /No errors detected/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('unzip reads back what zip writes: deflated, stored and empty parts, in order', () => {
  const xml = Buffer.from(`<p>${'café, '.repeat(300)}</p>`);
  const media = Uint8Array.from({ length: 2000 }, (_, i) => (i * 31) % 256);
  const files = unzip(zip([{ name: 'a/b.xml', data: xml, deflate: true }, { name: 'm.png', data: media, deflate: false }, { name: 'e.xml', data: new Uint8Array(), deflate: true }], new Date(0)));
  assert.equal([...files.keys()], ['a/b.xml', 'm.png', 'e.xml']);
  assert.equal(Buffer.from(files.get('a/b.xml')!), xml);
  assert.equal(Buffer.from(files.get('m.png')!), Buffer.from(media));
  assert.is(files.get('e.xml')!.length, 0);
});

test('zip: parts of every size, each deflated with a window that fits it, read back whole and no larger than with zlib defaults', () => {
  // A block of noise said twice: the second time only a window reaching back to the first compresses it.
  const text = (n: number) => {
    let seed = 7;
    const block = Buffer.from(Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26).map((c) => 97 + c));
    return Buffer.concat([block, block]);
  };
  for (const size of [1, 100, 200, 255, 2000, 10_000, 16_000, 20_000, 100_000]) {
    const data = text(size);
    const archive = zip([{ name: 'p.xml', data, deflate: true }], new Date(0));
    assert.equal(Buffer.from(unzip(archive).get('p.xml')!), data, `${data.length} bytes`);
    const overhead = 30 + 46 + 22 + 2 * 'p.xml'.length;
    assert.ok(archive.length - overhead <= deflateRawSync(data, { level: 6 }).length, `${data.length} bytes are compressed as well as with a 32 KB window`);
  }
});

test('unzip reads an archive JSZip writes (as pptxgenjs does), stored or deflated, leaving out folders', async () => {
  for (const compression of ['STORE', 'DEFLATE'] as const) {
    const z = new JSZip();
    z.folder('ppt')!.folder('_rels');
    z.file('ppt/slides/slide1.xml', '<p:sld>ünïcode</p:sld>');
    z.file('[Content_Types].xml', '<Types/>');
    const files = unzip(await z.generateAsync({ type: 'nodebuffer', compression }));
    assert.equal([...files.keys()].sort(), ['[Content_Types].xml', 'ppt/slides/slide1.xml'], compression);
    assert.is(Buffer.from(files.get('ppt/slides/slide1.xml')!).toString('utf8'), '<p:sld>ünïcode</p:sld>');
  }
});

test('unzip refuses what is no zip archive', () => {
  assert.throws(() => unzip(Buffer.from('not a zip at all, just text')), /not a zip archive/);
});

test.run();
