import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { clampText, shortenLongWords } from '../src/compose/clamp.js';
import { compose } from '../src/compose/compose.js';
import type { BulletsSlide, TitleSlide } from '../src/compose/deck.js';
import { overfullSlides } from '../src/compose/verify.js';
import { analyse } from '../src/outline/analyse.js';
import type { Outline } from '../src/outline/outline.js';
import { readArticle } from '../src/read/read-article.js';
import { loadTheme } from '../src/theme/theme.js';

const theme = loadTheme();
const giant = 'abcdefghijklmnopqrstuvwxyz'.repeat(120);
const address = `https://www.example.org/${'a-long-path-segment/'.repeat(30)}`;

test('clampText: whole when it fits, else cut at a word behind an ellipsis', () => {
  const short = (t: string) => t.length <= 20;
  assert.is(clampText('Fits as it is', short), 'Fits as it is');
  assert.is(clampText('One two three four five six seven', short), 'One two three four…');
  assert.is(clampText(`**Bold** words run on, and on`, (t) => t.length <= 15), 'Bold words run…');
  assert.ok(short(clampText(giant, short)));
});

test('shortenLongWords: keeps the ends of an over-long word and leaves links whole', () => {
  assert.is(shortenLongWords(`see ${giant} here`, 64), 'see abcdefghijklmnopqrst…stuvwxyz here');
  const link = `[the report](${address})`;
  assert.is(shortenLongWords(link, 64), link);
  assert.is(shortenLongWords('short words stay', 64), 'short words stay');
});

test('compose: giant words and addresses fit on the slide, the notes keep every letter', () => {
  const outline: Outline = {
    title: `A title with ${address} in it`,
    subtitle: `A subtitle ${giant}`,
    lang: 'en',
    takeaways: [],
    sections: [{ heading: `Heading ${address}`, points: [{ text: `Some text has no spaces at all: ${giant} is one word`, from: [0] }, { text: 'A second point', from: [1] }], notes: `Full text: ${giant}` }],
    source: { name: 'x.txt', words: 10, sentences: [`Some text has no spaces at all: ${giant} is one word.`, 'A second point.'] },
  };
  for (const size of ['16:9', '4:3'] as const) {
    const deck = compose(outline, { theme, size });
    assert.equal(overfullSlides(deck), [], size);
    const cover = deck.slides[0] as TitleSlide;
    assert.ok(cover.title.length < 120 && cover.title.includes('…'), cover.title);
    const bullets = deck.slides.filter((s): s is BulletsSlide => s.layout === 'bullets');
    assert.is(bullets.length, 1, 'one slide holds both points');
    assert.ok(bullets[0]!.points[0]!.text.includes('abcdefghijklmnopqrst…stuvwxyz'));
    assert.ok(bullets[0]!.notes.join(' ').includes(giant), 'notes keep the whole word');
    assert.ok(cover.notes.join(' ').includes(address), 'the title slide notes keep the address');
  }
});

test('compose: text too long for its box even at the smallest size is cut to fit', () => {
  const paragraph = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
  const outline: Outline = { title: paragraph, subtitle: paragraph, lang: 'en', takeaways: [], sections: [{ heading: paragraph, points: [{ text: paragraph }, { text: 'Short' }] }] };
  const deck = compose(outline, { theme });
  assert.equal(overfullSlides(deck), []);
  assert.ok(deck.slides.every((s) => !('title' in s) || s.title.endsWith('…') || s.title.length < 80));
});

test('analyse: no heading, title or subtitle carries an address or a word of dozens of letters', () => {
  const text = [
    'Long words',
    '',
    `Chemists write names such as ${'methylpropyl'.repeat(12)} that no slide can hold. German joins words into long ones.`,
    '',
    `An address like ${address} runs on and on. Tracking codes make addresses longer still.`,
  ].join('\n');
  const outline = analyse(readArticle(Buffer.from(text), 'long.txt'), { sourceName: 'long.txt' });
  const shown = [outline.title, outline.subtitle ?? '', ...outline.sections.map((s) => s.heading)];
  for (const t of shown) assert.not.match(t, /\S{33,}|https?:|www\./, t);
});

test.run();
