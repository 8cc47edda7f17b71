import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { crc32, zip } from '../src/render/pptx/zip.js';

test('crc32 gives the check value of the standard', () => {
  assert.is(crc32(Buffer.from('123456789')), 0xcbf43926);
  assert.is(crc32(new Uint8Array()), 0);
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

test.run();
