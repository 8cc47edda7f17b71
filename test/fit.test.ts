/**
 * Fitting with the themes' real font metrics: no-break spaces hold, long words and URLs
 * break, no bullet ends on a lonely short word, continuation slides never carry a lonely
 * bullet, and the composer's own check finds no slide of any test deck overfull, in
 * every theme and size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromOutline } from '../src/build.js';
import { compose } from '../src/compose/compose.js';
import type { AgendaSlide, BulletsSlide, Slide } from '../src/compose/deck.js';
import { Fitter, MAX_SHRINK, planPoints } from '../src/compose/fit.js';
import { geometry, type SlideSize } from '../src/compose/geometry.js';
import { loadMetrics, textWidth, wrap } from '../src/compose/measure.js';
import { overfullSlides } from '../src/compose/verify.js';
import type { Outline, Point } from '../src/outline/outline.js';
import { parseOutline } from '../src/outline/serialize.js';
import { loadTheme } from '../src/theme/theme.js';
import { themeNames } from './helpers/browser.js';
import { ARTICLES, FIXTURES, outlineOf } from './helpers/fixtures.js';

const lecture = loadTheme('lecture');
const SIZES: SlideSize[] = ['16:9', '4:3'];
const gallery = parseOutline(readFileSync(join(FIXTURES, 'gallery.outline.yaml'), 'utf8'), 'yaml');

function outlineWith(points: Point[], heading = 'Points'): Outline {
  return { title: 'A test deck', lang: 'en', takeaways: [], sections: [{ heading, points, notes: 'Notes.' }] };
}

const bullets = (slides: Slide[]) => slides.filter((s): s is BulletsSlide => s.layout === 'bullets');

test('measure: a no-break space never breaks; a normal space does', () => {
  const m = loadMetrics(lecture.fonts.body);
  const width = 150;
  const spaced = wrap('aaaa bbbb cccc dddd eeee', m, 26, width);
  assert.ok(spaced.length >= 2);
  const joined = wrap('aaaa bbbb cccc\u00a0dddd eeee', m, 26, width);
  assert.ok(joined.some((l) => l.includes('cccc\u00a0dddd')), joined.join('|'));
});

test('measure: a URL or a word longer than the line breaks between characters, every line within the width', () => {
  const m = loadMetrics(lecture.fonts.body);
  const url = 'https://example.org/a/very/long/path/with/no/spaces/in/it/at/all/index.html';
  const lines = wrap(`see ${url} today`, m, 26, 200);
  assert.is(lines[0], 'see');
  assert.is(lines.join('').replace(/ /g, ''), `see${url}today`);
  for (const line of lines) assert.ok(m.advance(0) >= 0 && wrap(line, m, 26, 200).length === 1, `"${line}" is wider than the line`);
  assert.equal(wrap('Pneumonoultramicroscopicsilicovolcanoconiosis', m, 26, 120).join(''), 'Pneumonoultramicroscopicsilicovolcanoconiosis');
});

test('measure: bold runs take the bold face, which is wider', () => {
  const fit = new Fitter(lecture);
  const text = 'Tides rise and fall twice a day';
  const width = textWidth(text, fit.body, 26) / 0.97 + 1;
  assert.is(fit.lines(text, 26, width).length, 1);
  assert.is(fit.lines(`**${text}**`, 26, width).length, 2);
});

test('no orphan: a last line of one short word gets its neighbour, in the deck and not the outline', () => {
  const fit = new Fitter(lecture);
  const g = geometry('16:9');
  const width = fit.pointWidth(0, 26, g.body.w);
  // Grow a sentence until its last line holds a single short word.
  let text = 'Tides';
  const words = 'rise and fall twice a day on most coasts as the Earth turns under the two bulges of water that the Moon raises'.split(' ');
  for (const w of words) {
    text += ` ${w}`;
    const lines = fit.lines(text, 26, width / 0.97);
    if (lines.length === 2 && !/ /.test(lines[1]!)) break;
  }
  const lines = fit.lines(text, 26, width / 0.97);
  assert.ok(lines.length === 2 && !/ /.test(lines[1]!), `the fixture sentence ends on one word: ${lines.join(' | ')}`);
  const outline = outlineWith([{ text, from: [0] }, { text: 'A second point' }]);
  const deck = compose(outline, { theme: lecture });
  const shown = bullets(deck.slides)[0]!.points[0]!.text;
  assert.match(shown, /\S\u00a0\S+$/, 'the last two words are joined');
  assert.is(shown.replace(/\u00a0/g, ' '), text);
  assert.is(outline.sections[0]!.points[0]!.text, text, 'the outline keeps its text');
  const relaid = fit.lines(shown, 26, width / 0.97);
  assert.is(relaid.length, 2);
  assert.match(relaid[1]!.replace(/\u00a0/g, ' '), / /);
});

test('no orphan: a last word that would be alone on a line a renderer sets slightly wider is joined too', () => {
  const fit = new Fitter(lecture);
  const width = fit.pointWidth(0, 26, geometry('16:9').body.w);
  // Lines as the renderers set them: fit.lines leaves a margin of SAFETY.
  const alone = (t: string, w: number) => {
    const lines = fit.lines(t, 26, w / 0.97);
    return lines.length >= 2 && !/ /.test(lines[lines.length - 1]!.replace(/\u00a0/g, ' '));
  };
  // Grow a sentence until its last word is alone at 2% wider, but not at the width itself.
  const words = 'rise and fall twice a day on most coasts as the Earth turns under the two bulges of water that the Moon raises while the Sun adds a smaller pull of its own'.split(' ');
  let text = 'Tides';
  let found = false;
  for (const w of words) {
    text += ` ${w}`;
    if (alone(text, width * 1.01) && !alone(text, width)) {
      found = true;
      break;
    }
  }
  assert.ok(found, 'the fixture sentence has a last word alone only at a slightly wider measure');
  const shown = fit.withoutOrphan(text, 26, width);
  assert.match(shown, /\S\u00a0\S+$/, 'the last two words are joined');
  assert.not.ok(alone(shown, width * 1.01), 'no word alone at the wider measure');
  assert.is(fit.lines(shown, 26, width / 0.97).length, fit.lines(text, 26, width / 0.97).length, 'no line more at the width itself');
});

test('no orphan: every bullet of every test deck in every theme ends on two words or more where joining can help', () => {
  for (const name of themeNames()) {
    const theme = loadTheme(name);
    const fit = new Fitter(theme);
    for (const size of SIZES) {
      const g = geometry(size);
      for (const outline of [gallery, ...Object.values(ARTICLES).map(outlineOf)]) {
        for (const slide of bullets(compose(outline, { theme, size }).slides)) {
          const bodySize = slide.bodySize ?? theme.sizes.body;
          for (const p of slide.points) {
            const width = fit.pointWidth(0, bodySize, g.body.w);
            // Lines at the box's full width (Fitter.lines keeps a safety margin of 3%).
            const lines = fit.lines(p.text, bodySize, width / 0.97);
            if (lines.length < 2 || / /.test(lines[lines.length - 1]!.replace(/\u00a0/g, ' '))) continue;
            assert.is(fit.withoutOrphan(p.text, bodySize, width), p.text, `${name} ${size}: "${p.text}" ends on a lonely word that joining would fix`);
          }
        }
      }
    }
  }
});

test('continuation: never a lonely bullet when the points can be shared two or more a slide', () => {
  const fitsByCount = (max: number) => (part: readonly Point[]) => part.length <= max;
  const five = Array.from({ length: 5 }, (_, i) => ({ text: `Point ${i}` }));
  // Two a slide at full size would leave one alone; three a slide at a slightly smaller size does not.
  const plan = planPoints(five, 26, 18, (part, s) => fitsByCount(s === 26 ? 2 : 3)(part));
  assert.equal(plan.parts.map((p) => p.length), [3, 2]);
  assert.is(plan.size, 25);
  // Never below MAX_SHRINK of the theme's size nor below its minimum.
  const never = planPoints(five, 26, 18, (part, s) => fitsByCount(s >= 26 ? 2 : s >= 22 ? 2 : 5)(part));
  assert.ok(never.size === undefined || never.size >= Math.ceil(26 * MAX_SHRINK));
  assert.equal(never.parts.flat(), five, 'nothing lost, nothing reordered');
});

test('continuation: the agenda carries its numbering onto the next slide', () => {
  const outline: Outline = {
    title: 'Many parts',
    lang: 'en',
    takeaways: [],
    sections: Array.from({ length: 14 }, (_, i) => ({ heading: `Part number ${i + 1} of the talk`, points: [{ text: 'A point' }, { text: 'Another' }], notes: 'Notes.' })),
  };
  const agenda = compose(outline, { theme: lecture }).slides.filter((s): s is AgendaSlide => s.layout === 'agenda');
  assert.ok(agenda.length === 2, `${agenda.length} agenda slides`);
  assert.is(agenda[0]!.start, undefined);
  assert.is(agenda[1]!.start, agenda[0]!.items.length + 1);
});

test('titles take at most two lines, shrinking no lower than the minimum', () => {
  const outline = outlineWith([{ text: 'A point' }, { text: 'Another' }], 'A heading that goes on for rather longer than any heading on a slide should, so that it would need three lines');
  for (const name of themeNames()) {
    const theme = loadTheme(name);
    const fit = new Fitter(theme);
    for (const size of SIZES) {
      const slide = compose(outline, { theme, size }).slides.find((s) => s.layout === 'bullets')!;
      const titleSize = slide.titleSize ?? theme.sizes.heading;
      assert.ok(titleSize >= theme.sizes.min);
      assert.ok(fit.lines(slide.title, titleSize, geometry(size).heading.w, fit.heading).length <= 2, `${name} ${size}`);
    }
  }
});

test('the composer checks its own work: an overfull slide is reported', () => {
  const deck = compose(outlineWith([{ text: 'A point' }, { text: 'Another' }]), { theme: lecture });
  assert.equal(overfullSlides(deck), []);
  const crowded = deck.slides.map((s) => (s.layout === 'bullets' ? { ...s, points: Array.from({ length: 12 }, () => ({ text: 'A point long enough to take most of a line on this slide' })) } : s));
  const found = overfullSlides({ ...deck, slides: crowded });
  assert.is(found.length, 1);
  assert.match(found[0]!.what, /^points: \d+ pt of text in a 334 pt box$/);
});

test('a point too long for a slide even at the minimum size is set at the minimum and cut to fit; the notes keep it whole', async () => {
  const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
  const outline = outlineWith([{ text: long }, { text: 'A short point' }]);
  const { deck, warnings } = await buildFromOutline(outline, { formats: [] });
  const slide = bullets(deck.slides).find((s) => s.points[0]!.text.startsWith('word0 '))!;
  assert.is(slide.bodySize, lecture.sizes.min);
  assert.match(slide.points[0]!.text, /^word0 word1 .* word\d+…$/);
  assert.ok(slide.points[0]!.text.length < long.length / 2);
  assert.ok(slide.notes.includes(long), 'the notes keep every word');
  assert.equal(overfullSlides(deck), []);
  assert.equal(warnings, []);
});

for (const name of themeNames()) {
  test(`${name}: no slide of the gallery, the seed or a fixture deck is overfull, in 16:9 and 4:3`, () => {
    const theme = loadTheme(name);
    for (const size of SIZES) {
      for (const [label, outline] of [['gallery', gallery], ...Object.entries(ARTICLES).map(([n, p]) => [n, outlineOf(p)] as const)] as const) {
        const deck = compose(outline, { theme, size });
        assert.equal(overfullSlides(deck), [], `${label} ${size}`);
        for (const s of bullets(deck.slides)) assert.ok(s.points.length >= 2 || deck.slides.filter((x) => x.origin.section === s.origin.section && x.layout === 'bullets').length === 1, `${label} ${size}: a lonely bullet on "${s.title}"`);
      }
    }
  });
}

test.run();
