import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromOutline } from '../src/build.js';
import type { Outline } from '../src/outline/outline.js';
import { cleanXmlText, escapeXml } from '../src/render/pptx/xml-text.js';
import { el, text } from '../src/render/pptx/xml.js';
import { loadTheme } from '../src/theme/theme.js';
import { schemaErrors } from './helpers/clients.js';
import { all, first, paragraphs, Pptx, shapes, textOf, TIDES_PNG, XSD_DIR } from './helpers/pptx.js';
import { readFileSync } from 'node:fs';

/**
 * Characters XML 1.0 forbids (C0 controls but tab, newline and return; U+FFFE and
 * U+FFFF; lone surrogates) never reach a part, wherever the text comes from; markup
 * characters are escaped; everything else, astral characters included, survives.
 */

/** Lone surrogates: a low one first, a high one last (followed by no low one). Vertical tab and form feed, white space in the slide markup, come last. */
const BAD = '\u0000\u0001\u0008\u000E\u001F\uFFFE\uFFFF\uDFFF\uD800\u000B\u000C';
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Text with every kind of forbidden character, markup characters, and a character outside the BMP. */
const dirty = (s: string) => `${s}${BAD} <b>&"'😀`;
/** What survives: vertical tab and form feed become spaces (as the readers make them), the rest goes; runs of spaces count as one. */
const clean = (s: string) => `${s} <b>&"'😀`;
const squash = (s: string | undefined) => (s ?? '').replace(/ +/g, ' ');

test('cleanXmlText removes exactly the forbidden characters; escapeXml escapes markup after cleaning', () => {
  assert.is(cleanXmlText(`a\tb\nc\rd${BAD}e😀`), 'a\tb\nc\rde😀');
  assert.is(cleanXmlText('\uD83D'), '', 'a lone high surrogate');
  assert.is(cleanXmlText('\uDE00x'), 'x', 'a lone low surrogate');
  assert.is(escapeXml(`<a href="x">'&'</a>\u0001`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
});

test('the element builder cleans and escapes text and attribute values, and leaves out empty children', () => {
  assert.is(el('a:t', {}, text(`x < y & z${BAD}`)), '<a:t>x &lt; y &amp; z</a:t>');
  assert.is(el('p:cNvPr', { id: 3, name: 'a"b', descr: `<${BAD}>`, hidden: undefined, noGrp: true }), '<p:cNvPr id="3" name="a&quot;b" descr="&lt;&gt;" noGrp="1"/>');
  assert.is(el('a:p', {}, undefined, false, null), '<a:p/>');
});

test('forbidden characters from an outline reach no part of the PPTX, and the rest of the text does', async () => {
  const png = `data:image/png;base64,${readFileSync(TIDES_PNG).toString('base64')}`;
  const outline: Outline = {
    title: dirty('Title'),
    subtitle: dirty('Subtitle'),
    author: dirty('Author'),
    lang: 'en',
    takeaways: [{ text: dirty('Takeaway') }, { text: 'Second takeaway' }, { text: 'Third takeaway' }],
    sections: [
      { heading: dirty('Points'), points: [{ text: dirty('Point'), points: [{ text: dirty('Sub-point') }] }], notes: `${dirty('Notes')}\nSecond line` },
      { heading: 'Quoted', points: [], quote: { text: dirty('Quotation'), by: dirty('Speaker') } },
      { heading: 'Pictured', points: [], images: [{ src: png, alt: dirty('Alt text'), caption: dirty('Caption') }] },
    ],
  };
  const theme = { ...loadTheme(), footer: dirty('Footer') };
  const { pptx, deck } = await buildFromOutline(outline, { theme, formats: ['pptx'] });
  const doc = await Pptx.open(pptx!);
  for (const [name, xml] of doc.parts) assert.not.match(xml, FORBIDDEN, `${name} holds a character XML forbids`);
  assert.equal(schemaErrors(doc, XSD_DIR), [], 'every part well-formed and valid');
  const slides = doc.slides();
  const texts = slides.flatMap((part) => shapes(doc.xml(part)).flatMap((s) => paragraphs(s.el).map((p) => squash(p.text))));
  for (const expected of ['Title', 'Subtitle', 'Points', 'Point', 'Sub-point', 'Quotation', 'Caption', 'Footer']) assert.ok(texts.includes(clean(expected)), `${clean(expected)} in ${JSON.stringify(texts)}`);
  assert.ok(texts.includes(`— ${clean('Speaker')}`));
  assert.ok(texts.some((t) => t.startsWith(clean('Author'))), 'the byline');
  const picture = slides.flatMap((part) => all(doc.xml(part), 'p:pic'))[0]!;
  assert.is(squash(first(picture, 'p:cNvPr')!.attribs.descr), clean('Alt text'));
  const notes = doc.xml(doc.related(slides[deck.slides.findIndex((s) => s.layout === 'bullets' && s.title.startsWith('Points'))]!, 'notesSlide'));
  assert.equal(paragraphs(shapes(notes).find((s) => s.ph?.type === 'body')!.el).map((p) => squash(p.text)), [clean('Notes'), 'Second line']);
  assert.is(squash(textOf(first(doc.xml('docProps/core.xml'), 'dc:title')!)), clean('Title'));
  assert.is(squash(textOf(first(doc.xml('docProps/core.xml'), 'dc:creator')!)), clean('Author'));
  assert.ok(all(doc.xml('docProps/app.xml'), 'vt:lpstr').some((t) => squash(textOf(t)) === clean('Title')));
});

test.run();
