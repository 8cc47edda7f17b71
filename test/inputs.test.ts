import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeHtml, decodeText } from '../src/read/decode.js';
import { readArticle } from '../src/read/read-article.js';
import { read, sniffFormat } from '../src/read/read.js';
import { encodedFixtures, INPUTS, WINTER } from './helpers/inputs.js';
import { rainGardensDocx } from './helpers/rain-gardens.js';

const HTML = join(INPUTS, 'tool-library.html');
const DOCX = join(INPUTS, 'rain-gardens.docx');
const allText = (a: { blocks: { kind: string }[] }) => JSON.stringify(a.blocks);

test('html: the article of a saved page, without its navigation, adverts, sign-up box or comments', async () => {
  const a = await read(readFileSync(HTML), 'tool-library.html');
  assert.is(a.title, 'Why neighbourhood libraries now lend drills and sewing machines');
  assert.is(a.byline, 'The deckwright project');
  assert.is(a.date, '2025-03-14');
  assert.is(a.lang, 'en');
  const text = allText(a);
  for (const boilerplate of ['cookies', 'Most read', 'Subscribe', 'Sign up', 'Advertisement', 'All rights reserved', 'Share on social media', 'Log in to comment']) {
    assert.not.ok(text.includes(boilerplate), `kept boilerplate: ${boilerplate}`);
  }
  assert.equal(
    a.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text),
    ['How a tool library works', 'What members gain', 'The case for the environment', 'Limits and open questions'],
  );
  const list = a.blocks.find((b) => b.kind === 'list');
  assert.ok(list?.kind === 'list');
  assert.equal(list.items.map((i) => i.depth), [0, 0, 0, 1, 1]);
  const image = a.blocks.find((b) => b.kind === 'image');
  assert.ok(image?.kind === 'image');
  assert.is(image.src, 'tool-library_files/loans-by-category.svg');
  assert.match(image.alt, /^Bar chart of loans by category/);
  assert.is(image.caption, 'Garden tools are borrowed most often, then drills and cleaning machines.');
  const quote = a.blocks.find((b) => b.kind === 'quote');
  assert.ok(quote?.kind === 'quote' && quote.by === 'A volunteer at a tool library counter');
  assert.ok(a.sentences.length >= 30);
});

test('html: a page Readability finds no article in is read whole; charsets follow the page', async () => {
  const small = await read(Buffer.from('<!doctype html><html lang="de"><body><h1>Kurz</h1><p>Ein Satz steht hier.</p></body></html>'), 'small.html');
  assert.is(small.lang, 'de');
  assert.ok(small.sentences.some((s) => s.text === 'Ein Satz steht hier.'));
  // Readability keeps the site's name in a short title; the page's heading shows where the title ends.
  const short = await read(Buffer.from('<html><head><title>Living on less | Example News</title></head><body><article><h1>Living on less</h1><p>One sentence is here. Another one is here too.</p></article></body></html>'), 's.html');
  assert.is(short.title, 'Living on less');
  const latin1 = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'), Buffer.from([0xe9]), Buffer.from(' au lait co'), Buffer.from([0xfb]), Buffer.from('te 3 '), Buffer.from([0x80]), Buffer.from('.</p></body></html>')]);
  assert.match(decodeHtml(latin1), /Café au lait coûte 3 €\./);
  assert.match(decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0xe9]), 'iso-8859-1'), /<p>é/, 'the HTTP charset is used');
  assert.throws(() => decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x28])), /not valid UTF-8 and declares no other charset/);
});

test('html blocks: loose text, line breaks, footnote markers, code, tables and lone images', async () => {
  const { readHtmlFragment } = await import('../src/read/html.js');
  const a = await readHtmlFragment(
    '<div>Loose text in a div.<br>It goes on<sup><a href="#fn1">1</a></sup> here.<p>A real paragraph.</p>Trailing words.</div>' +
      '<pre><code class="language-js">let x = 1;\nx++;</code></pre>' +
      '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>' +
      '<p><a href="big.png"><img src="small.png" alt="A picture"></a></p>' +
      '<p>Text with an <img src="icon.png" alt="icon"> inline icon.</p>' +
      '<script>ignored()</script><ol><li>First<ul><li>Inner</li></ul></li><li><p>Second</p></li></ol>',
  );
  assert.equal(a.blocks, [
    { kind: 'paragraph', text: 'Loose text in a div. It goes on here.' },
    { kind: 'paragraph', text: 'A real paragraph.' },
    { kind: 'paragraph', text: 'Trailing words.' },
    { kind: 'code', lang: 'js', text: 'let x = 1;\nx++;' },
    { kind: 'table', rows: [['A', 'B'], ['1', '2']] },
    { kind: 'image', src: 'small.png', alt: 'A picture' },
    { kind: 'paragraph', text: 'Text with an inline icon.' },
    { kind: 'list', ordered: true, items: [{ text: 'First', depth: 0 }, { text: 'Inner', depth: 1 }, { text: 'Second', depth: 0 }] },
  ]);
});

test('docx: title, byline, headings, nested and numbered lists, quotation, picture and table', async () => {
  const a = await read(readFileSync(DOCX), 'rain-gardens.docx');
  assert.is(a.title, 'Rain gardens: letting storm water soak in');
  assert.is(a.byline, 'the deckwright project');
  assert.equal(
    a.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text),
    ['How a rain garden works', 'Building one', 'What they achieve'],
  );
  const [bullets, numbered] = a.blocks.filter((b) => b.kind === 'list');
  assert.ok(bullets?.kind === 'list' && !bullets.ordered);
  assert.equal(bullets.items.map((i) => i.depth), [0, 0, 0, 1, 1]);
  assert.ok(numbered?.kind === 'list' && numbered.ordered && numbered.items.length === 4);
  const quote = a.blocks.find((b) => b.kind === 'quote');
  assert.ok(quote?.kind === 'quote' && quote.by === 'A saying among landscape designers');
  const image = a.blocks.find((b) => b.kind === 'image');
  assert.ok(image?.kind === 'image' && image.src.startsWith('data:image/png;base64,'));
  assert.match(image.alt, /^Bar chart/);
  const table = a.blocks.find((b) => b.kind === 'table');
  assert.ok(table?.kind === 'table');
  assert.equal(table.rows[0], ['Surface', 'Share of rain that runs off']);
});

test('docx: something that is not a Word document is refused in one clear sentence', async () => {
  try {
    await read(Buffer.from('not a zip at all'), 'fake.docx');
    assert.unreachable('read a fake .docx');
  } catch (e) {
    assert.is((e as Error).message, 'is not a Word document: a .docx file is a zip package and this is not one (save it from Word as .docx)');
  }
});

test('the fixtures are what the script makes (node --import tsx scripts/input-fixtures.ts)', async () => {
  assert.ok(Buffer.from(await rainGardensDocx()).equals(readFileSync(DOCX)), 'rain-gardens.docx differs from what the script writes');
  for (const [name, bytes] of Object.entries(encodedFixtures())) assert.ok(bytes.equals(readFileSync(join(INPUTS, name))), `${name} differs`);
});

test('encodings: UTF-8 with and without BOM, UTF-16 LE and BE with BOM, CRLF all read the same', async () => {
  const expected = await read(readFileSync(WINTER), 'winter-cycling.txt');
  assert.match(JSON.stringify(expected), /Cafés.*−2 °C|−2 °C.*Cafés/s);
  for (const name of Object.keys(encodedFixtures())) {
    const a = await read(readFileSync(join(INPUTS, name)), name);
    assert.equal(a, expected, name);
  }
});

test('encodings: other bytes are refused with what to do', () => {
  const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]);
  assert.throws(() => readArticle(latin1, 'old.txt'), /is not valid UTF-8 text: save it as UTF-8/);
  const noBom = Buffer.from('Hello there. This is text.', 'utf16le');
  assert.throws(() => decodeText(noBom), /UTF-16 without a byte-order mark/);
  assert.throws(() => readArticle(Buffer.from('%PDF-1.7'), 'paper.pdf'), /cannot read \.pdf files: deckwright reads \.txt, \.md, \.html and \.docx/);
});

test('standard input: the format is sniffed from the bytes', async () => {
  assert.is(sniffFormat(readFileSync(DOCX)), 'docx');
  assert.is(sniffFormat(readFileSync(HTML)), 'html');
  assert.is(sniffFormat(Buffer.from('\uFEFF  <p>Hi.</p>')), 'html');
  assert.is(sniffFormat(Buffer.from('# Title\n\nSome text.')), 'markdown');
  assert.is(sniffFormat(Buffer.from('Title\n\nSome text. More [a link](x.html).')), 'markdown');
  assert.is(sniffFormat(readFileSync(WINTER)), 'text');
});

test('readArticle stays synchronous for text and Markdown and points to read() for the rest', () => {
  assert.throws(() => readArticle(readFileSync(HTML), 'tool-library.html'), /read it with read\(\)/);
});

test.run();
