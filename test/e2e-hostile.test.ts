/**
 * Nothing from an article runs in the HTML deck. Decks built from hostile inputs (a web
 * page with scripts, frames, event handlers and javascript: links; Markdown with raw
 * HTML; an outline with markup in every field) are opened in Chromium, every slide is
 * shown and every element in it clicked and hovered, and the speaker view is opened: the
 * flag each payload would set (window.__pwned) stays unset and no dialog opens. A deck
 * whose slides were tampered with after the build (scripts and handlers put straight
 * into the markup) shows that the Content-Security-Policy stops them too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromArticle, buildFromOutline } from '../src/build.js';
import { launchChromium } from '../src/cli/browser.js';
import { parseOutline } from '../src/outline/serialize.js';
import { deckFile, offline, revealReady, type RevealApi, type Traffic } from './helpers/browser.js';
import { FIXTURES } from './helpers/fixtures.js';
import { HOSTILE } from './helpers/hostile.js';

let browser: Browser;

test.before(async () => {
  browser = await launchChromium();
});

test.after(async () => {
  await browser?.close();
});

async function deckOf(name: string): Promise<string> {
  const bytes = readFileSync(join(HOSTILE, name));
  if (name.endsWith('.yaml')) {
    const loadImage = (src: string) => (src === 'tide-levels.png' ? readFileSync(join(FIXTURES, 'tide-levels.png')) : undefined);
    return (await buildFromOutline(parseOutline(bytes.toString('utf8'), 'yaml'), { formats: ['html'], loadImage })).html!;
  }
  return (await buildFromArticle(bytes, name, { formats: ['html'] })).html!;
}

interface Visit {
  pwned: (string | undefined)[];
  dialogs: string[];
  traffic: Traffic;
  slides: number;
}

const flag = (page: Page) => page.evaluate(() => String((window as unknown as { __pwned?: unknown }).__pwned ?? '') || undefined);

/** Show every slide, click and hover everything in it, open the speaker view; report what ran. */
async function visit(html: string, name: string): Promise<Visit> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    context.setDefaultTimeout(10_000);
    const url = deckFile(html, name);
    const traffic = await offline(context, url);
    const dialogs: string[] = [];
    context.on('page', (p) => p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    }));
    const page = await context.newPage();
    await page.goto(url);
    await revealReady(page);
    const slides = await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getTotalSlides());
    for (let i = 0; i < slides; i++) {
      await page.evaluate((n) => {
        const w = window as unknown as { Reveal: RevealApi };
        w.Reveal.slide(n);
        // Every event a handler could hang on, on every element of the slide; links are followed only if they are safe.
        for (const el of Array.from(w.Reveal.getSlides()[n]!.querySelectorAll('*'))) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'error', 'load']) el.dispatchEvent(new Event(type, { bubbles: false }));
        }
      }, i);
    }
    // javascript: links, if any were left, would run when clicked for real.
    for (const link of await page.locator('.slides a[href^="javascript:" i]').all()) await link.click({ force: true }).catch(() => {});
    const pwned = [await flag(page)];
    for (const frame of page.frames()) pwned.push(await frame.evaluate(() => String((window as unknown as { __pwned?: unknown }).__pwned ?? '') || undefined).catch(() => undefined));
    // The speaker view writes each slide's notes into its own window.
    await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(1));
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.waitForFunction(() => getComputedStyle(document.querySelector('#connection-status')!).display === 'none');
    await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').trim() !== '');
    for (let i = 1; i < slides; i++) {
      await page.bringToFront();
      await page.keyboard.press('ArrowRight');
    }
    pwned.push(await flag(speaker));
    for (const frame of speaker.frames()) pwned.push(await frame.evaluate(() => String((window as unknown as { __pwned?: unknown }).__pwned ?? '') || undefined).catch(() => undefined));
    return { pwned: pwned.filter((p) => p !== undefined), dialogs, traffic, slides };
  } finally {
    await context.close();
  }
}

for (const name of ['hostile-page.html', 'raw-html.md', 'markup.outline.yaml']) {
  test(`${name}: no payload runs, no dialog opens, nothing is fetched`, async () => {
    const html = await deckOf(name);
    const v = await visit(html, name.replace(/\W+/g, '-') + '.html');
    assert.ok(v.slides >= 4, `only ${v.slides} slides`);
    assert.equal(v.pwned, [], 'a payload ran');
    assert.equal(v.dialogs, []);
    assert.equal(v.traffic.outside, []);
    assert.equal(v.traffic.errors, []);
  });
}

test('markup put straight into a built deck is stopped by its Content-Security-Policy', async () => {
  const html = (await deckOf('markup.outline.yaml')).replace(
    '<h2>',
    `<h2><script>window.__pwned = 'inline-script';</script><img src="data:image/png;base64,AAAA" onerror="window.__pwned = 'handler'"><a id="js" href="javascript:window.__pwned = 'link'">link</a><svg onload="window.__pwned = 'svg'"></svg><iframe srcdoc="<script>parent.__pwned = 'srcdoc'</script>"></iframe>`,
  );
  const v = await visit(html, 'tampered.html');
  assert.equal(v.pwned, []);
  assert.equal(v.dialogs, []);
  assert.ok(v.traffic.errors.some((e) => /Content Security Policy/.test(e)), `no violation reported: ${v.traffic.errors.join(' | ')}`);
});

test.run();
