/**
 * The HTML deck as a lecturer presents it: opened from disk with no network, driven
 * from the keyboard. One Chromium for the whole file.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { launchChromium } from '../src/cli/browser.js';
import { buildOf, SEED } from './helpers/fixtures.js';
import { deckFile, offline, revealReady, temp, type RevealApi, type Traffic } from './helpers/browser.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let traffic: Traffic;
let url: string;
let slides: number;

const reveal = <T>(fn: (r: RevealApi) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window.Reveal)`) as Promise<T>;
const slideNumber = () => page.locator('.reveal .slide-number').innerText();

test.before(async () => {
  const { html, deck } = await buildOf(SEED);
  slides = deck.slides.length;
  url = deckFile(html!, 'seed.html');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  traffic = await offline(context, url);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(url);
  await revealReady(page);
});

test.after(async () => {
  await browser?.close();
});

test('opens from disk: reveal ready, every slide there, nothing requested outside the file, no errors', async () => {
  assert.is(await reveal((r) => r.getTotalSlides()), slides);
  assert.equal(traffic.outside, []);
  assert.equal(traffic.errors, []);
  assert.is(await page.locator('html').getAttribute('lang'), 'en');
});

test('slide numbers and the progress bar follow the keyboard', async () => {
  assert.is(await slideNumber(), `1 / ${slides}`);
  const progressWidth = () => page.locator('.reveal .progress span').evaluate((el) => el.getBoundingClientRect().width);
  assert.is(await progressWidth(), 0);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((n) => document.querySelector('.reveal .slide-number')?.textContent?.replace(/\s/g, '') === `2/${n}`, slides);
  await page.waitForFunction(() => document.querySelector('.reveal .progress span')!.getBoundingClientRect().width > 0);
  const half = await progressWidth();
  await page.keyboard.press('End');
  await page.waitForFunction((n) => document.querySelector('.reveal .slide-number')?.textContent?.replace(/\s/g, '') === `${n}/${n}`, slides);
  await page.waitForFunction((w) => document.querySelector('.reveal .progress span')!.getBoundingClientRect().width > w, half);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices().h === 0);
});

test('hash navigation: the address names the slide, and opening an address shows it', async () => {
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/2');
  await page.goto(`${url}#/4`);
  await revealReady(page);
  assert.is((await reveal((r) => r.getIndices())).h, 4);
  assert.is(await slideNumber(), `5 / ${slides}`);
  await page.evaluate(() => (location.hash = '#/1'));
  await page.waitForFunction(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices().h === 1);
});

test('overview opens and closes with Esc and with O', async () => {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('.reveal')!.classList.contains('overview'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.reveal')!.classList.contains('overview'));
  await page.keyboard.press('o');
  await page.waitForFunction(() => (window as unknown as { Reveal: RevealApi }).Reveal.isOverview());
  await page.keyboard.press('o');
  await page.waitForFunction(() => !(window as unknown as { Reveal: RevealApi }).Reveal.isOverview());
});

test('? shows the keyboard help, Esc closes it', async () => {
  await page.keyboard.press('Shift+?');
  const help = page.locator('.reveal-viewport .r-overlay-help, .reveal .r-overlay-help').first();
  await help.waitFor({ state: 'visible' });
  assert.match(await help.innerText(), /Keyboard Shortcuts/i);
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });
});

test('speaker notes stay off the projected slide', async () => {
  const notes = page.locator('.reveal .slides section.present aside.notes');
  assert.is(await notes.count(), 1);
  assert.not.ok(await notes.isVisible());
});

test('?print-pdf lays the deck out one slide a page, and prints that many pages', async () => {
  const print = await context.newPage();
  await print.addInitScript(() => document.addEventListener('pdf-ready', () => ((window as unknown as { pdfReady: boolean }).pdfReady = true), true));
  await print.goto(`${url}?print-pdf`);
  await print.waitForFunction(() => (window as unknown as { pdfReady?: boolean }).pdfReady === true);
  assert.is(await print.locator('.pdf-page').count(), slides);
  const pdf = join(temp(), 'print.pdf');
  writeFileSync(pdf, await print.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.is(Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]), slides, info.stderr);
  await print.close();
});

test('after all that: still nothing requested outside the file, no errors', () => {
  assert.equal(traffic.outside, []);
  assert.equal(traffic.errors, []);
});

test.run();
