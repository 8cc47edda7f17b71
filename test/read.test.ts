import JSZip from 'jszip';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeText } from '../src/read/decode.js';
import { unpackedSize } from '../src/read/docx.js';
import { readArticle } from '../src/read/read-article.js';
import { splitSentences } from '../src/read/sentences.js';

test('sentences: abbreviations, initials, decimals and quotations do not end a sentence', () => {
  assert.equal(splitSentences('Mr. Smith met Dr. Jones at 3 p.m. on Jan. 5. Prices rose 3.5 per cent. "Is it?" she asked. J. R. Smith agreed.'), [
    'Mr. Smith met Dr. Jones at 3 p.m. on Jan. 5.',
    'Prices rose 3.5 per cent.',
    '"Is it?" she asked.',
    'J. R. Smith agreed.',
  ]);
  // Ranks before a name: "Spc.", "Pvt.", "Cpl." as well as "Sgt." and "Gen.".
  assert.equal(splitSentences('She met Army Spc. Lee Ortiz and Pvt. Ana Ruiz at the gate. They left at noon.'), ['She met Army Spc. Lee Ortiz and Pvt. Ana Ruiz at the gate.', 'They left at noon.']);
});

test('sentences: "U.S." ends a sentence only before a new one starts', () => {
  assert.equal(splitSentences('The U.S. government agreed. He lives in the U.S. The end came.'), ['The U.S. government agreed.', 'He lives in the U.S.', 'The end came.']);
});

test('sentences: text with no final punctuation is still one sentence', () => {
  assert.equal(splitSentences('a heading without a period'), ['a heading without a period']);
  assert.equal(splitSentences('   '), []);
});

test('sentences: a run-in heading or footnote number glued to a sentence is left out of it', () => {
  const text = '# Tides\n\n## Method\n\nGauge data We read the gauges every hour. It takes a minute. Float Gauges The float gauge sits in a well.\n\n4 This footnote names the harbour office.\n\nFans of The Beatles gathered at the pier. Officials visited The Hague on Monday. Even if Gauge A and Gauge B look alike, they differ.\n';
  assert.equal(readArticle(Buffer.from(text), 'x.md').sentences.map((s) => s.text), [
    'We read the gauges every hour.', 'It takes a minute.', 'The float gauge sits in a well.', 'This footnote names the harbour office.',
    'Fans of The Beatles gathered at the pier.', 'Officials visited The Hague on Monday.', 'Even if Gauge A and Gauge B look alike, they differ.',
  ]);
});

test('sentences: a caption run into the text without a full stop ends where the next sentence starts', () => {
  assert.equal(splitSentences('Boats near the old pier sell for less In a survey published in March, the office looked at prices. He wears a hat too He puts up with it. His chosen track For instance, it was loud. Officials visited The Hague on Monday. The film In Bruges is dark.'), [
    'Boats near the old pier sell for less', 'In a survey published in March, the office looked at prices.', 'He wears a hat too', 'He puts up with it.', 'His chosen track', 'For instance, it was loud.',
    'Officials visited The Hague on Monday.', 'The film In Bruges is dark.',
  ]);
});

test('sentences: a list run into a paragraph, and a dash that lost its spaces, end a sentence', () => {
  const text = 'We make two contributions: • a float gauge for small harbours; • a survey of the silting. The gauge is cheap, but not without its faults-The readings drift in winter. A long-term plan follows.';
  assert.equal(readArticle(Buffer.from(text), 'x.txt').sentences.map((s) => s.text), [
    'We make two contributions:', 'a float gauge for small harbours;', 'a survey of the silting.', 'The gauge is cheap, but not without its faults', 'The readings drift in winter.', 'A long-term plan follows.',
  ]);
});

test('sentences: the numbers of a list run into a paragraph go; a number a word counts stays', () => {
  assert.equal(splitSentences('The keeper keeps three habits 1. He rows out at dawn 2. He logs the tide at the pier 3. He paints the light in spring. The old keeper died aged 81. The gauge sits at level 2.'), [
    'The keeper keeps three habits.', 'He rows out at dawn.', 'He logs the tide at the pier.', 'He paints the light in spring.', 'The old keeper died aged 81.', 'The gauge sits at level 2.',
  ]);
});

test('sentences: a web page\'s directions to its reader are no part of the text', () => {
  const text = 'The keeper rowed out alone. Scroll down for video The sailors were taken to hospital.';
  assert.equal(readArticle(Buffer.from(text), 'x.txt').sentences.map((s) => s.text), ['The keeper rowed out alone.', 'The sailors were taken to hospital.']);
});

test('sentences: a word broken at a line end is mended as the article writes it elsewhere', () => {
  const text = 'The tran- sition takes a day. Every transition is logged. Maps of high- dimensional data help. Some high-dimensional maps are drawn by hand. Both long- and short-term views count. The odd- ity stays.';
  assert.equal(readArticle(Buffer.from(text), 'x.txt').sentences.map((s) => s.text), [
    'The transition takes a day.', 'Every transition is logged.', 'Maps of high-dimensional data help.', 'Some high-dimensional maps are drawn by hand.',
    'Both long- and short-term views count.', 'The odd- ity stays.',
  ]);
});

test('decode: BOMs and line ends', () => {
  assert.is(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62])), 'a\nb');
  const utf16 = new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]);
  assert.is(decodeText(utf16), 'hi');
  assert.throws(() => decodeText(new Uint8Array([0xc3, 0x28])), /not valid UTF-8/);
});

test('text: one paragraph a line without blank lines, a title from a short first line', () => {
  const a = readArticle(Buffer.from('A title here\n\nFirst paragraph. It has two sentences.\n\n- one item\n- two item\n\n> A quoted line.\n— Someone'), 'a.txt');
  assert.is(a.title, 'A title here');
  assert.equal(a.blocks.map((b) => b.kind), ['paragraph', 'list', 'quote']);
  const quote = a.blocks[2];
  assert.ok(quote?.kind === 'quote' && quote.by === 'Someone');
  assert.is(a.sentences.length, 5);
  const b = readArticle(Buffer.from('One line paragraph here.\nAnother line paragraph.'), 'b.txt');
  assert.is(b.blocks.length, 2);
});

test('markdown: title, byline, headings, nested lists, quotes, images and tables', () => {
  const md = '# The title\n\nBy Someone\n\nIntro text here.\n\n## Part one\n\n- a\n  - b\n\n> quoted words\n>\n> — Speaker\n\n![alt text](pic.png "A caption")\n\n| x | y |\n|---|---|\n| 1 | 2 |\n';
  const a = readArticle(Buffer.from(md), 'a.md');
  assert.is(a.title, 'The title');
  assert.is(a.byline, 'Someone');
  assert.equal(a.blocks.map((b) => b.kind), ['paragraph', 'heading', 'list', 'quote', 'image', 'table']);
  const list = a.blocks[2];
  assert.ok(list?.kind === 'list');
  assert.equal(list.items, [{ text: 'a', depth: 0 }, { text: 'b', depth: 1 }]);
  const quote = a.blocks[3];
  assert.ok(quote?.kind === 'quote' && quote.by === 'Speaker' && quote.text === 'quoted words');
  const image = a.blocks[4];
  assert.ok(image?.kind === 'image' && image.alt === 'alt text' && image.caption === 'A caption');
});

test('an article with no sentences is refused', () => {
  assert.throws(() => readArticle(Buffer.from('  \n\n '), 'empty.txt'), /no sentences/);
});

test('docx: the unpacked size of a zip package is read from its directory, with a comment after it too', async () => {
  const z = new JSZip();
  z.file('a.txt', 'x'.repeat(5000));
  z.file('b/c.xml', '<c/>'.repeat(100));
  z.file('d.bin', new Uint8Array(12_345));
  const plain = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  assert.is(unpackedSize(plain), 5000 + 400 + 12_345);
  const commented = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment: 'A comment at the end of the package' });
  assert.is(unpackedSize(commented), 5000 + 400 + 12_345);
  assert.is(unpackedSize(new TextEncoder().encode('PK but no directory at all')), undefined);
});

test.run();
