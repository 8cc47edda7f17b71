/**
 * Fitting as Chromium lays the HTML deck out, in every theme and both sizes: no text leaves
 * its slide or its box, and every bullet takes the number of lines the composer measured
 * with the fonts' metrics (the numbers the PPTX is fitted with too).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromOutline } from '../src/build.js';
import { launchChromium } from '../src/cli/browser.js';
import { imageLoader } from '../src/cli/paths.js';
import type { Slide } from '../src/compose/deck.js';
import { Fitter } from '../src/compose/fit.js';
import { geometry, type SlideSize } from '../src/compose/geometry.js';
import { parseOutline } from '../src/outline/serialize.js';
import { loadTheme } from '../src/theme/theme.js';
import { deckFile, revealReady, themeNames, watchErrors, type RevealApi } from './helpers/browser.js';
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

const outlines = ['gallery.outline.yaml', 'long-words.outline.yaml'].map((f) => ({ name: f, outline: parseOutline(readFileSync(join(FIXTURES, f), 'utf8'), 'yaml') }));

interface Laid {
  /** Text elements sticking out of the slide or out of their own box. */
  outside: string[];
  /** Lines of each top-level list item's own text (nested lists left out), slide by slide. */
  itemLines: number[][];
}

async function layOut(html: string): Promise<Laid> {
  await page.goto(deckFile(html));
  await revealReady(page);
  return page.evaluate(() => {
    const w = window as unknown as { Reveal: RevealApi };
    w.Reveal.configure({ transition: 'none', backgroundTransition: 'none' });
    const outside: string[] = [];
    const itemLines: number[][] = [];
    w.Reveal.getSlides().forEach((slide, i) => {
      w.Reveal.slide(i);
      const box = slide.getBoundingClientRect();
      for (const el of Array.from(slide.querySelectorAll<HTMLElement>(':scope > h1, :scope > h2, :scope > p, :scope > ul, :scope > ol, .columns, blockquote, figcaption'))) {
        const r = el.getBoundingClientRect();
        const what = `slide ${i + 1} ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) outside.push(`${what} leaves the slide`);
        if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) outside.push(`${what} overflows its box`);
      }
      itemLines.push(
        Array.from(slide.querySelectorAll<HTMLElement>(':scope > ul > li, :scope > ol > li, .column > ul > li'), (li) => {
          const tops = new Set<number>();
          for (const node of Array.from(li.childNodes)) {
            if (node.nodeType === Node.ELEMENT_NODE && /^(UL|OL)$/.test((node as Element).tagName)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) tops.add(Math.round(rect.top));
          }
          // Rects of one line differ by a pixel or two between runs of different faces.
          return [...tops].sort((a, b) => a - b).filter((t, k, all) => k === 0 || t - all[k - 1]! > 4).length;
        }),
      );
    });
    return { outside, itemLines };
  });
}

/** The lines the composer expects for each top-level list item, at the box's full width. */
function expectedLines(slides: Slide[], fit: Fitter, size: SlideSize): number[][] {
  const g = geometry(size);
  const lines = (text: string, bodySize: number, width: number, numbered = false) => fit.lines(text, bodySize, fit.pointWidth(0, bodySize, width, numbered) / 0.97).length;
  return slides.map((s) => {
    const bodySize = s.bodySize ?? fit.theme.sizes.body;
    if (s.layout === 'agenda') return s.items.map((t) => lines(t, bodySize, g.body.w, true));
    if (s.layout === 'bullets' || s.layout === 'takeaways') return s.points.map((p) => lines(p.text, bodySize, g.body.w));
    if (s.layout === 'two-column') return [...s.left.map((p) => lines(p.text, bodySize, g.left.w)), ...s.right.map((p) => lines(p.text, bodySize, g.right.w))];
    return [];
  });
}

for (const theme of themeNames()) {
  for (const size of ['16:9', '4:3'] as const) {
    test(`${theme} ${size}: nothing overflows in Chromium and every bullet takes the lines measured`, async () => {
      const fit = new Fitter(loadTheme(theme));
      for (const { name, outline } of outlines) {
        const { html, deck } = await buildFromOutline(outline, { theme, size, formats: ['html'], loadImage: imageLoader(dirname(join(FIXTURES, name)), (p) => readFileSync(p)) });
        const laid = await layOut(html!);
        assert.equal(laid.outside, [], name);
        assert.equal(laid.itemLines, expectedLines(deck.slides, fit, size), `${name}: lines per bullet, in Chromium and as measured`);
      }
    });
  }
}

test('no console or page errors', () => {
  assert.equal(errors, []);
});

test.run();
