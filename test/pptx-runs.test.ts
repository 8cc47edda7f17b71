import { readFileSync } from 'node:fs';
import type { Element } from 'domhandler';
import { test } from 'uvu';
import { imageData } from '../src/render/pptx/images.js';
import * as assert from 'uvu/assert';
import { geometry } from '../src/compose/geometry.js';
import { loadTheme } from '../src/theme/theme.js';
import { all, buildFormatting, buildTides, children, first, paragraphs, Pptx, shapes, textOf, TIDES_PNG } from './helpers/pptx.js';

/**
 * Inline formatting, hyperlinks, fitted sizes, pictures and the theme's footer, read back
 * from the PPTX of the hand-written outline and of the article with a picture.
 */

const formatting = await buildFormatting();
const pptx = await Pptx.open(formatting.pptx!);
const slideOf = (title: string) => {
  const i = formatting.deck.slides.findIndex((s) => s.title.startsWith(title));
  assert.ok(i >= 0, `no slide titled ${title}`);
  return { part: pptx.slides()[i]!, slide: formatting.deck.slides[i]! };
};

interface RunInfo {
  text: string;
  b?: string;
  i?: string;
  sz?: string;
  font?: string;
  link?: string;
}

function runs(paragraph: Element, part: string): RunInfo[] {
  const rels = pptx.rels(part);
  return children(paragraph, 'a:r').map((r) => {
    const rPr = first(r, 'a:rPr')!;
    const link = first(rPr, 'a:hlinkClick')?.attribs['r:id'];
    const out: RunInfo = { text: textOf(first(r, 'a:t')!) };
    if (rPr.attribs.b) out.b = rPr.attribs.b;
    if (rPr.attribs.i) out.i = rPr.attribs.i;
    if (rPr.attribs.sz) out.sz = rPr.attribs.sz;
    const font = first(rPr, 'a:latin')?.attribs.typeface;
    if (font) out.font = font;
    if (link) out.link = rels.find((x) => x.id === link)?.target ?? `missing ${link}`;
    return out;
  });
}

function placeholder(part: string, type: string, idx = 0): Element {
  const s = shapes(pptx.xml(part)).find((x) => x.ph?.type === type && x.ph.idx === idx);
  assert.ok(s, `${part}: no ${type}/${idx} placeholder`);
  return s!.el;
}

test('bold, italic and code become runs with their own properties; the rest inherits', () => {
  const { part } = slideOf('Runs of');
  const [bullet] = all(placeholder(part, 'obj', 1), 'a:p');
  const size = loadTheme().sizes.body;
  assert.equal(runs(bullet!, part), [
    { text: 'A ' },
    { text: 'bold', b: '1' },
    { text: ' claim, an ' },
    { text: 'italic', i: '1' },
    { text: ' aside and a ' },
    { text: 'git status', sz: String(Math.round(size * 0.85 * 100)), font: 'Courier New' },
    { text: ' call in one bullet' },
  ]);
  assert.equal(runs(first(placeholder(part, 'title'), 'a:p')!, part), [{ text: 'Runs of ' }, { text: 'every', i: '1' }, { text: ' kind' }]);
});

test('links become hyperlinks: one external relationship per address, none for unsafe ones', () => {
  const { part } = slideOf('Runs of');
  const body = placeholder(part, 'obj', 1);
  const linked = all(body, 'a:p').flatMap((p) => runs(p, part)).filter((r) => r.link);
  assert.equal(
    linked.map((r) => [r.text, r.link]),
    [
      ['the XML specification', 'https://www.w3.org/TR/xml/'],
      ['link', 'https://www.w3.org/TR/xml/'],
      ['elsewhere', 'https://www.unicode.org/faq/utf_bom.html'],
    ],
  );
  const hyperlinks = pptx.rels(part).filter((r) => r.type === 'hyperlink');
  assert.equal(hyperlinks.map((r) => [r.target, r.external]), [
    ['https://www.w3.org/TR/xml/', true],
    ['https://www.unicode.org/faq/utf_bom.html', true],
  ]);
  assert.is(paragraphs(body).at(-1)!.text, 'An unsafe script link stays plain text');
  assert.not.match(pptx.text(`${part.replace('slides/', 'slides/_rels/')}.rels`), /javascript/);
});

test('nested points are second-level paragraphs', () => {
  const { part } = slideOf('Runs of');
  assert.equal(
    paragraphs(placeholder(part, 'obj', 1)).map((p) => p.level),
    [0, 0, 1, 1, 0],
  );
});

test('a quotation and its attribution: one body placeholder, the attribution one level in', () => {
  const { part, slide } = slideOf('A quotation');
  assert.is(slide.layout, 'quote');
  const body = paragraphs(placeholder(part, 'body', 1));
  assert.equal(
    body.map((p) => [p.level, p.text]),
    [
      [0, 'We choose to go to the Moon in this decade and do the other things, not because they are easy, but because they are hard.'],
      [1, '— John F. Kennedy'],
    ],
  );
  const layout = pptx.related(part, 'slideLayout');
  assert.is(first(pptx.xml(layout), 'p:cSld')!.attribs.name, 'Quote');
  const styles = first(shapes(pptx.xml(layout)).find((s) => s.ph?.type === 'body')!.el, 'a:lstStyle')!;
  assert.is(first(first(styles, 'a:lvl1pPr')!, 'a:defRPr')!.attribs.i, '1');
  assert.is(first(first(styles, 'a:lvl2pPr')!, 'a:defRPr')!.attribs.i, '0');
});

test('a slide fitting set smaller carries its sizes, spacing and indents; the others do not', () => {
  const { part, slide } = slideOf('A heading long enough');
  assert.ok(slide.titleSize && slide.bodySize, 'the fixture makes fitting shrink both title and body');
  const theme = loadTheme();
  const title = first(placeholder(part, 'title'), 'a:p')!;
  assert.is(first(title, 'a:rPr')!.attribs.sz, String(slide.titleSize! * 100));
  assert.is(first(first(title, 'a:lnSpc')!, 'a:spcPts')!.attribs.val, String(Math.round(slide.titleSize! * theme.lineHeight * 100)));
  const [point, sub] = all(placeholder(part, 'obj', 1), 'a:p');
  const pPr = first(point!, 'a:pPr')!;
  assert.equal([pPr.attribs.marL, pPr.attribs.indent], [String(Math.round(1.1 * slide.bodySize! * 12700)), String(-Math.round(1.1 * slide.bodySize! * 12700))]);
  assert.is(first(point!, 'a:rPr')!.attribs.sz, String(slide.bodySize! * 100));
  const subSize = Math.max(theme.sizes.min, Math.round((slide.bodySize! * theme.sizes.subBody) / theme.sizes.body));
  assert.is(first(sub!, 'a:rPr')!.attribs.sz, String(subSize * 100));
  assert.is(first(sub!, 'a:pPr')!.attribs.lvl, '1');
});

test("a quotation fitting set smaller carries its size and line spacing; its attribution keeps the layout's", () => {
  const { part, slide } = slideOf('A long quotation');
  assert.is(slide.layout, 'quote');
  assert.ok(slide.bodySize && slide.bodySize < loadTheme().sizes.quote, 'the fixture makes fitting shrink the quotation');
  const [quote, by] = all(placeholder(part, 'body', 1), 'a:p');
  assert.is(first(quote!, 'a:rPr')!.attribs.sz, String(slide.bodySize! * 100));
  assert.is(first(first(quote!, 'a:lnSpc')!, 'a:spcPts')!.attribs.val, String(Math.round(slide.bodySize! * loadTheme().lineHeight * 100)));
  assert.is(first(by!, 'a:rPr')!.attribs.sz, undefined);
  assert.equal(Object.keys(first(by!, 'a:pPr')!.attribs), ['lvl']);
  assert.equal(children(first(by!, 'a:pPr')!), []);
});

test('agenda items are numbered by PowerPoint, not by typed numbers', () => {
  const { part, slide } = slideOf('Overview');
  assert.is(slide.layout, 'agenda');
  const items = all(placeholder(part, 'obj', 1), 'a:p');
  for (const p of items) {
    assert.is(first(p, 'a:buAutoNum')!.attribs.type, 'arabicPeriod');
    assert.not.match(textOf(p), /^\d/);
  }
});

test('the picture sits in the picture placeholder with its alt text, its own bytes and its aspect ratio', async () => {
  const tides = await buildTides();
  const doc = await Pptx.open(tides.pptx!);
  const i = tides.deck.slides.findIndex((s) => s.layout === 'image');
  assert.ok(i >= 0, 'the tides article has an image slide');
  const part = doc.slides()[i]!;
  const pics = shapes(doc.xml(part)).filter((s) => s.kind === 'p:pic');
  assert.is(pics.length, 1);
  const pic = pics[0]!;
  assert.equal(pic.ph, { type: 'pic', idx: 1 });
  assert.is(first(pic.el, 'p:cNvPr')!.attribs.descr, 'A bar chart of water levels over one day: two rising and falling cycles');
  assert.is(first(pic.el, 'a:picLocks')!.attribs.noChangeAspect, '1');
  const target = doc.rels(part).find((r) => r.id === first(pic.el, 'a:blip')!.attribs['r:embed'])!.target;
  assert.match(target, /^ppt\/media\/image\d+\.png$/);
  assert.ok(Buffer.from(doc.media.get(target)!).equals(readFileSync(TIDES_PNG)));
  const ext = first(pic.el, 'a:ext')!;
  const [cx, cy] = [Number(ext.attribs.cx), Number(ext.attribs.cy)];
  assert.ok(Math.abs(cx / cy - 240 / 120) < 0.001, `aspect ratio ${cx / cy}`);
  const box = geometry('16:9').picture;
  const off = first(pic.el, 'a:off')!;
  assert.ok(Number(off.attribs.x) >= box.x * 12700 && Number(off.attribs.x) + cx <= (box.x + box.w) * 12700 + 1, 'inside the picture box');
  assert.ok(cy <= box.h * 12700 + 1 && (cy >= box.h * 12700 - 1 || cx >= box.w * 12700 - 1), 'as large as the box allows');
  assert.match(doc.text('[Content_Types].xml'), /<Default Extension="png" ContentType="image\/png"\/>/);
  assert.equal(paragraphs(shapes(doc.xml(part)).find((s) => s.ph?.type === 'body')!.el).map((p) => p.text), ['Water level at a tide gauge, read every two hours over one day']);
});

test('an SVG picture reaches the PPTX drawn as a PNG of its aspect ratio; a WebP picture is left out with a warning', async () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#c33"/></svg>';
  const tides = await buildTides({ loadImage: () => Buffer.from(svg), formats: ['pptx'] });
  assert.equal(tides.warnings.filter((w) => /picture/.test(w)), []);
  const doc = await Pptx.open(tides.pptx!);
  const i = tides.deck.slides.findIndex((s) => s.layout === 'image');
  const pics = shapes(doc.xml(doc.slides()[i]!)).filter((s) => s.kind === 'p:pic');
  assert.is(pics.length, 1);
  const [name, bytes] = [...doc.media.entries()][0]!;
  assert.match(name, /\.png$/);
  assert.equal([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  const png = (await imageData(bytes))!;
  assert.is(png.width / png.height, 2);

  // A WebP file: RIFF header, size, "WEBP", then a lossless 20×10 bitstream header.
  const webp = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvE0ACAAcQEf0PRET/Aw==', 'base64');
  const other = await buildTides({ loadImage: () => webp, formats: ['pptx'] });
  assert.ok(other.warnings.some((w) => /leaves out the image\/webp picture of slide \d+/.test(w)), other.warnings.join('\n'));
  const otherDoc = await Pptx.open(other.pptx!);
  const j = other.deck.slides.findIndex((s) => s.layout === 'image');
  assert.is(shapes(otherDoc.xml(otherDoc.slides()[j]!)).filter((s) => s.kind === 'p:pic').length, 0);
});

test("the theme's footer: in the footer placeholder of numbered slides, and in the master and layouts", async () => {
  const theme = { ...loadTheme(), footer: 'Earth sciences · week 3 <tides> & more' };
  const tides = await buildTides({ theme, formats: ['pptx'] });
  const doc = await Pptx.open(tides.pptx!);
  doc.slides().forEach((part, i) => {
    const footers = shapes(doc.xml(part)).filter((s) => s.ph?.type === 'ftr');
    const cover = ['title', 'closing'].includes(tides.deck.slides[i]!.layout);
    assert.equal(
      footers.map((f) => paragraphs(f.el)[0]!.text),
      cover ? [] : ['Earth sciences · week 3 <tides> & more'],
      part,
    );
  });
  const master = doc.xml('ppt/slideMasters/slideMaster1.xml');
  assert.is(first(master, 'p:hf')!.attribs.ftr, undefined, 'footers on');
  assert.is(paragraphs(shapes(master).find((s) => s.ph?.type === 'ftr')!.el)[0]!.text, 'Earth sciences · week 3 <tides> & more');
  assert.is(first(await Pptx.open(formatting.pptx!).then((d) => d.xml('ppt/slideMasters/slideMaster1.xml')), 'p:hf')!.attribs.ftr, '0', 'no footer in a theme without one');
});

test.run();
