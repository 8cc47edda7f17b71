/**
 * Property-based tests (fast-check, fixed seeds, bounded runs): random outlines, their
 * strings drawn from all of Unicode with markup, quotes, entities, control characters,
 * lone surrogates and bidi overrides mixed in, go through compose and both renderers;
 * random articles go through the readers and the analyser.
 * - HTML: only the slide vocabulary and the deck's own scripts; every string is shown
 *   as the text it is (escaped, never read as markup).
 * - PPTX: every XML part well-formed (xmllint), no character XML forbids, every string's
 *   text on its slide.
 * - Provenance: every point the analyser makes can be traced to the sentences it cites.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { cleanText } from '../src/read/clean.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromOutline } from '../src/build.js';
import { analyse } from '../src/outline/analyse.js';
import type { Slide } from '../src/compose/deck.js';
import type { Outline, Point } from '../src/outline/outline.js';
import { isTraceable } from '../src/outline/provenance.js';
import { read } from '../src/read/read.js';
import { cleanXmlText } from '../src/render/pptx/xml-text.js';
import { FIXTURES } from './helpers/fixtures.js';
import { all, paragraphs, Pptx, shapes, shown, textOf } from './helpers/pptx.js';
import { htmlProblems, malformedXml, parseDeck, XML_FORBIDDEN } from './helpers/safety.js';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

const PNG = `data:image/png;base64,${readFileSync(join(FIXTURES, 'tide-levels.png')).toString('base64')}`;

/** Pieces hostile text is made of, beside any code point. */
const NASTY = [
  '<', '>', '&', '"', "'", '`', '=', '<script>window.__pwned=1</script>', '</section>', '</aside>', '<img src=x onerror=alert(1)>',
  '&amp;', '&#x3C;', ']]>', '<!--', '{{', '}}', '{{{x}}}', '**', '*', '_', '[a](javascript:alert(1))', '[b](https://example.org/x?y=1&z=2)',
  '\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\u202E', '\u200B', '\uFEFF',
  '\n', '\r', '\t', ' ', '😀', '👨‍👩‍👧', 'ﷺ', 'שלום', 'مرحبا', '漢字',
];

const unit = fc.oneof({ arbitrary: fc.constantFrom(...NASTY), weight: 1 }, { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 3 });
/** A string with something visible in it: a word first, then anything. */
const text = fc.tuple(fc.constantFrom('Alpha', 'Ω', 'x', '12'), fc.string({ unit, maxLength: 24 })).map(([a, b]) => `${a} ${b}`);

const point: fc.Arbitrary<Point> = fc.record({ text, points: fc.array(fc.record({ text }), { maxLength: 2 }) }, { requiredKeys: ['text'] });

const outlineArb: fc.Arbitrary<Outline> = fc.record(
  {
    title: text,
    subtitle: text,
    author: text,
    date: text,
    lang: fc.constantFrom('en', 'ar', 'he', 'zh', 'ja', 'x-<b>'),
    takeaways: fc.array(point, { maxLength: 3 }),
    sections: fc.array(
      fc.record(
        {
          heading: text,
          points: fc.array(point, { maxLength: 4 }),
          quote: fc.record({ text, by: text }, { requiredKeys: ['text'] }),
          level: fc.integer({ min: 1, max: 6 }),
          images: fc.array(fc.record({ src: fc.constant(PNG), alt: text, caption: text }, { requiredKeys: ['src', 'alt'] }), { minLength: 1, maxLength: 2 }),
          tables: fc.array(fc.record({ rows: fc.array(fc.array(text, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 14 }) }), { minLength: 1, maxLength: 2 }),
          notes: fc.array(text, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
        },
        { requiredKeys: ['heading', 'points'] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  },
  { requiredKeys: ['title', 'lang', 'takeaways', 'sections'] },
);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a slide shows of a string written with inline Markdown: the marks go, the words stay. */
const visibleInline = (s: string) => squash(shown(s));

/**
 * Every string a slide shows, as it shows it: inline marks removed where the templates
 * format text (titles, points, quotations, captions, notes), as written where they do
 * not (byline, attribution). Taken from the composed deck, so the renderers are judged
 * on what they were given.
 */
function expectedTexts(slide: Slide): string[] {
  const pointTexts = (ps: readonly Point[]): string[] => ps.flatMap((p) => [visibleInline(p.text), ...pointTexts(p.points ?? [])]);
  const own: string[] = [visibleInline(slide.title), ...slide.notes.map(visibleInline)];
  switch (slide.layout) {
    case 'title':
      return [...own, visibleInline(slide.subtitle ?? ''), squash(slide.byline ?? '')];
    case 'section':
    case 'closing':
      return [...own, visibleInline(slide.subtitle ?? '')];
    case 'agenda':
      return [...own, ...slide.items.map(visibleInline)];
    case 'bullets':
    case 'takeaways':
      return [...own, ...pointTexts(slide.points)];
    case 'two-column':
      return [...own, ...pointTexts(slide.left), ...pointTexts(slide.right)];
    case 'quote':
      return [...own, visibleInline(slide.text), squash(slide.by ?? '')];
    case 'image':
      return [...own, visibleInline(slide.caption ?? '')];
    case 'table':
      return [...own, ...[slide.header, ...slide.rows].flat().map(visibleInline)];
  }
}

const isEl = (n: unknown): n is Element => typeof n === 'object' && n !== null && ['tag', 'script', 'style'].includes((n as Element).type);
/** An element and everything inside it, in document order. */
function descendants(e: Element, out: Element[] = []): Element[] {
  out.push(e);
  for (const c of e.children) if (isEl(c)) descendants(c, out);
  return out;
}
const elementText = (e: Element): string => e.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : isEl(c) ? elementText(c) : '')).join('');

test('HTML: random outlines give decks with only the slide vocabulary, each string shown as its own text', async () => {
  await fc.assert(
    fc.asyncProperty(outlineArb, async (outline) => {
      const { html, deck } = await buildFromOutline(structuredClone(outline), { formats: ['html'] });
      assert.equal(htmlProblems(html!), []);
      const parsed = parseDeck(html!);
      assert.is(parsed.title, deck.title);
      const sections = parsed.slides.filter((e) => e.name === 'section');
      assert.is(sections.length, deck.slides.length);
      deck.slides.forEach((slide, i) => {
        const elements = descendants(sections[i]!);
        const texts = elements.map((e) => squash(elementText(e)));
        for (const expected of expectedTexts(slide).filter(Boolean)) {
          assert.ok(texts.some((t) => t.includes(expected)), `slide ${i + 1}: not shown as text: ${JSON.stringify(expected)}`);
        }
        if (slide.layout === 'image') assert.is(elements.find((e) => e.name === 'img')?.attribs.alt, slide.alt || slide.title);
      });
    }),
    { seed: 20250611, numRuns: 40 },
  );
});

test('PPTX: random outlines give well-formed parts free of forbidden characters, each string on its slide', async () => {
  await fc.assert(
    fc.asyncProperty(outlineArb, async (outline) => {
      const { pptx, deck } = await buildFromOutline(structuredClone(outline), { formats: ['pptx'], timestamp: new Date(Date.UTC(2025, 0, 1)) });
      const doc = await Pptx.open(pptx!);
      assert.equal(malformedXml(doc.parts), []);
      for (const [name, xml] of doc.parts) assert.not.match(xml, XML_FORBIDDEN, `${name} holds a character XML forbids`);
      const slideParts = doc.slides();
      assert.is(slideParts.length, deck.slides.length);
      deck.slides.forEach((slide, i) => {
        const part = slideParts[i]!;
        const notesPart = doc.related(part, 'notesSlide');
        const texts = [
          ...shapes(doc.xml(part)).flatMap((sh) => paragraphs(sh.el).map((p) => squash(p.text))),
          ...all(doc.xml(part), 'a:tc').map((tc) => squash(all(tc, 'a:t').map(textOf).join(''))),
          ...all(doc.xml(notesPart), 'a:p').map((p) => squash(all(p, 'a:t').map(textOf).join(''))),
        ];
        for (const expected of expectedTexts(slide).map((t) => squash(cleanXmlText(cleanText(t)))).filter(Boolean)) {
          assert.ok(texts.some((t) => t.includes(expected)), `slide ${i + 1}: not in the PPTX: ${JSON.stringify(expected)}`);
        }
      });
    }),
    { seed: 20250612, numRuns: 12 },
  );
});

/** Random articles: paragraphs of sentences, words from several scripts, with noise of any code point. */
const word = fc.oneof(
  fc.constantFrom('the', 'river', 'Council', 'trees', 'shade', 'summer', 'water', 'parks', 'city', 'heat', 'school', 'New', 'York', 'U.S.', 'Dr.', '3.5', '1964'),
  fc.constantFrom('نخيل', 'التمر', 'מים', 'חקלאות', '茶', '中国', '新幹線', 'Ωμέγα', 'Привет', 'café', '😀'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).chain((ws) => fc.constantFrom('.', '!', '?', '。', '', '…').map((end) => `${ws.join(' ')}${end}`));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
const articleArb = fc.record({
  heading: fc.option(fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')), { nil: undefined }),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 8 }),
  format: fc.constantFrom('a.txt', 'a.md'),
});

test('provenance: every point of an outline from a random article can be traced to the sentences it cites', async () => {
  await fc.assert(
    fc.asyncProperty(articleArb, async ({ heading, paragraphs: ps, format }) => {
      const body = `${heading ? `${format.endsWith('.md') ? '# ' : ''}${heading}\n\n` : ''}${ps.join('\n\n')}\n`;
      let outline: Outline;
      try {
        outline = analyse(await read(Buffer.from(body, 'utf8'), format), { sourceName: format });
      } catch (e) {
        // Random text may hold no sentence, or NUL: a one-line refusal is the right answer.
        if ((e as Error).constructor.name === 'ReadError' || (e as Error).constructor.name === 'DecodeError') return;
        throw e;
      }
      const sentences = outline.source?.sentences ?? [];
      const points = (list: readonly Point[]): Point[] => list.flatMap((p) => [p, ...points(p.points ?? [])]);
      for (const p of [...points(outline.takeaways), ...outline.sections.flatMap((s) => points(s.points))]) {
        if (p.from === undefined) continue;
        assert.ok(isTraceable(p, sentences), `not traceable: ${JSON.stringify(p)} from ${JSON.stringify(p.from.map((id) => sentences[id]))}`);
      }
    }),
    { seed: 20250613, numRuns: 120 },
  );
});

test('the generators reach what they must: markup, forbidden characters and lone surrogates occur', () => {
  const samples = fc.sample(text, { seed: 1, numRuns: 300 }).join('');
  for (const piece of ['<script>', '\u0000', '\uD800', '&amp;', '[a](javascript:alert(1))']) assert.ok(samples.includes(piece), JSON.stringify(piece));
  assert.ok(parseDocument('<p>x</p>').children.length === 1);
});

test.run();
