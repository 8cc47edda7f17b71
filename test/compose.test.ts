import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compose } from '../src/compose/compose.js';
import type { BulletsSlide } from '../src/compose/deck.js';
import { Fitter, splitPoints } from '../src/compose/fit.js';
import { geometry } from '../src/compose/geometry.js';
import { loadMetrics, wrap } from '../src/compose/measure.js';
import type { Outline, Point } from '../src/outline/outline.js';
import { loadTheme } from '../src/theme/theme.js';

const theme = loadTheme();
const long = (n: number): Point[] =>
  Array.from({ length: n }, (_, i) => ({ text: `Point ${i + 1} says something long enough to need most of a line on the slide`, from: [i] }));

function outlineWith(points: Point[]): Outline {
  return { title: 'A test deck', lang: 'en', takeaways: [], sections: [{ heading: 'Many points', points, notes: 'Notes.' }] };
}

test('measure: wrapping follows real advance widths', () => {
  const m = loadMetrics(theme.fonts.body);
  const lines = wrap('The quick brown fox jumps over the lazy dog', m, 26, 200);
  assert.ok(lines.length >= 2, lines.join('|'));
  assert.is(lines.join(' '), 'The quick brown fox jumps over the lazy dog');
  const url = wrap('https://example.com/a/very/long/path/that/cannot/break/at/spaces', m, 26, 200);
  assert.ok(url.length >= 2);
});

test('labels: a French deck gets French labels, an unknown language English ones', () => {
  const fr = compose({ ...outlineWith(long(9)), lang: 'fr-CA' }, { theme });
  const titles = fr.slides.map((s) => ('title' in s ? s.title : ''));
  assert.ok(titles.includes('Many points (suite)'), titles.join(' | '));
  const xx = compose({ ...outlineWith(long(9)), lang: 'xx' }, { theme });
  assert.ok(xx.slides.some((s) => 'title' in s && s.title === 'Many points (cont.)'));
});

test('agenda: with sub-sections it lists the parts; a divider names its sub-sections', () => {
  const section = (heading: string, level?: number, points: Point[] = [{ text: `What ${heading} says` }]) => ({ heading, ...(level ? { level } : {}), points });
  const outline: Outline = {
    title: 'A nested deck',
    lang: 'en',
    takeaways: [],
    sections: [section('Opening'), section('Method', 1, []), section('Data', 2), section('Model', 2), section('Results'), section('Errors', 2), section('Outlook')],
  };
  const deck = compose(outline, { theme });
  const agenda = deck.slides.filter((s) => s.layout === 'agenda');
  assert.equal(agenda.flatMap((s) => ('items' in s ? s.items : [])), ['Opening', 'Method', 'Results', 'Outlook']);
  const divider = deck.slides.find((s) => s.layout === 'section');
  assert.equal(divider && 'subtitle' in divider ? [divider.title, divider.subtitle] : [], ['Method', 'Data · Model']);
  // Each part is a group of slides (PowerPoint's sections): the opening, the parts, the close.
  assert.equal(deck.parts?.map((p) => [p.title, deck.slides[p.start]!.layout]), [['Overview', 'title'], ['Opening', 'bullets'], ['Method', 'section'], ['Results', 'bullets'], ['Outlook', 'bullets'], ['Questions?', 'closing']]);
  // A deck too short for an agenda has no parts.
  assert.is(compose({ ...outline, sections: outline.sections.slice(0, 2) }, { theme }).parts, undefined);
  // Without sub-sections every section is a part.
  const flat = compose({ ...outline, sections: outline.sections.map(({ level: _, ...s }) => s) }, { theme });
  assert.is(flat.slides.filter((s) => s.layout === 'agenda').flatMap((s) => ('items' in s ? s.items : [])).length, 7);
});

test('fit: a section that does not fit goes on balanced continuation slides', () => {
  const deck = compose(outlineWith(long(9)), { theme });
  const parts = deck.slides.filter((s): s is BulletsSlide => s.layout === 'bullets');
  assert.ok(parts.length >= 2, `${parts.length} slides`);
  const sizes = parts.map((p) => p.points.length);
  assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `unbalanced: ${sizes.join(',')}`);
  assert.ok(Math.min(...sizes) >= 2, 'a lonely bullet');
  assert.is(parts[1]!.title, 'Many points (cont.)');
  assert.equal(parts.map((p) => p.origin.part), parts.map((_, i) => i + 1));
  const fit = new Fitter(theme);
  for (const p of parts) assert.ok(fit.fitsPoints(p.points, theme.sizes.body, geometry('16:9').body));
});

test('fit: many short points share one slide in two columns', () => {
  const short = Array.from({ length: 12 }, (_, i) => ({ text: `Short point ${i + 1}` }));
  const deck = compose(outlineWith(short), { theme });
  assert.ok(deck.slides.some((s) => s.layout === 'two-column'));
});

test('fit: split keeps the order and loses nothing', () => {
  const points = long(11);
  const parts = splitPoints(points, (part) => part.length <= 4);
  assert.equal(parts.flat(), points);
  assert.ok(parts.every((p) => p.length <= 4 && p.length >= 2));
});

test('fit: a long title is set smaller to stay within two lines', () => {
  const fit = new Fitter(theme);
  const box = geometry('16:9').heading;
  const title = 'An unusually long slide title that keeps on going and going, well beyond anything that fits on two lines at the full heading size of the theme';
  const size = fit.titleSize(title, theme.sizes.heading, box);
  assert.ok(size < theme.sizes.heading && size >= theme.sizes.min);
  assert.ok(fit.lines(title, size, box.w, fit.heading).length <= 2);
});

test('compose: title, agenda, sections, takeaways and closing, each with notes', () => {
  const outline: Outline = {
    title: 'Deck',
    subtitle: 'Sub',
    lang: 'en',
    takeaways: [{ text: 'One' }, { text: 'Two' }, { text: 'Three' }],
    sections: ['A', 'B', 'C'].map((h) => ({ heading: h, points: [{ text: `${h} one` }, { text: `${h} two` }], notes: `About ${h}.` })),
  };
  const deck = compose(outline, { theme, size: '4:3' });
  assert.equal(deck.slides.map((s) => s.layout), ['title', 'agenda', 'bullets', 'bullets', 'bullets', 'takeaways', 'closing']);
  for (const s of deck.slides) assert.ok(s.notes.length > 0, `${s.layout} has no notes`);
  assert.is(deck.size, '4:3');
});

test.run();
