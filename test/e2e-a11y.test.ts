/**
 * Accessibility of the HTML deck in a real browser: lang, title, one heading a slide,
 * alt text on images, and no axe-core violations, for every deck in every theme.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromArticle, buildFromOutline } from '../src/build.js';
import { launchChromium } from '../src/cli/browser.js';
import { imageLoader } from '../src/cli/paths.js';
import type { Outline } from '../src/outline/outline.js';
import { articlePaths, axeViolations, deckFile, revealReady, themeNames, watchErrors } from './helpers/browser.js';
import { FIXTURES } from './helpers/fixtures.js';

let browser: Browser;
let page: Page;
const errors: string[] = [];

test.before(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.setDefaultTimeout(10_000);
  watchErrors(page, errors);
});

test.after(async () => {
  await browser?.close();
});

interface Shown {
  lang: string;
  title: string;
  headings: number[];
  images: { alt: string | null }[];
}

async function open(html: string): Promise<Shown> {
  await page.goto(deckFile(html));
  await revealReady(page);
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    headings: Array.from(document.querySelectorAll('.reveal .slides > section'), (s) => s.querySelectorAll('h1, h2, h3, h4, h5, h6').length),
    images: Array.from(document.querySelectorAll('.reveal .slides img'), (i) => ({ alt: i.getAttribute('alt') })),
  }));
}

for (const theme of themeNames()) {
  for (const path of articlePaths()) {
    const name = basename(path);
    test(`${theme} / ${name}: lang, title, a heading on every slide, alt on images, no axe violations`, async () => {
      const result = await buildFromArticle(readFileSync(path), name, { theme, formats: ['html'], loadImage: imageLoader(dirname(path), (p) => readFileSync(p)) });
      const shown = await open(result.html!);
      assert.is(shown.lang, result.outline.lang);
      assert.is(shown.title, result.outline.title);
      assert.equal(shown.headings, result.deck.slides.map(() => 1), 'every slide has exactly one heading');
      for (const image of shown.images) assert.ok(image.alt && image.alt.trim(), 'an image without alt text');
      assert.equal(await axeViolations(page), []);
    });
  }
}

test('an image whose outline gives no alt text gets its slide title as alt', async () => {
  const outline: Outline = {
    title: 'Tide pools',
    lang: 'en',
    source: { name: 'hand-written', words: 0, sentences: [] },
    takeaways: [],
    sections: [{ heading: 'Zones of the shore', points: [{ text: 'Each band of the shore holds its own community.' }], images: [{ src: 'tide-pools.svg', alt: '' }], notes: 'The drawing shows the bands.' }],
  };
  const result = await buildFromOutline(outline, { formats: ['html'], loadImage: imageLoader(FIXTURES, (p) => readFileSync(p)) });
  const shown = await open(result.html!);
  assert.equal(shown.images, [{ alt: 'Zones of the shore' }]);
  assert.equal(await axeViolations(page), []);
});

test('no console or page errors in any deck', () => {
  assert.equal(errors, []);
});

test.run();
