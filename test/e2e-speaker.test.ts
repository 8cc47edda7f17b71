/**
 * The speaker view (S) as a lecturer uses it: the deck opened from disk with no
 * network, the notes window showing the current slide's notes, the next slide and a
 * timer, and following the main window as it moves.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { launchChromium } from '../src/cli/browser.js';
import { buildOf, SEED } from './helpers/fixtures.js';
import { deckFile, offline, revealReady, type RevealApi, type Traffic } from './helpers/browser.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let speaker: Page;
let traffic: Traffic;
let notesBySlide: string[];

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The speaker view's preview of the current slide, or of the next one. */
function preview(which: 'current' | 'upcoming'): Frame {
  const frame = speaker.frames().find((f) => f.parentFrame() !== null && f.url().includes('receiver') && (which === 'current') === f.url().includes('postMessageEvents=true'));
  assert.ok(frame, `no ${which} slide frame in the speaker view`);
  return frame!;
}

const frameSlide = (f: Frame) => f.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices().h);
const shownNotes = () => speaker.locator('.speaker-controls-notes .value').innerText().then(squash);

test.before(async () => {
  const { html, deck } = await buildOf(SEED);
  notesBySlide = deck.slides.map((s) => squash(s.notes.join(' ')));
  const url = deckFile(html!, 'seed.html');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(10_000);
  traffic = await offline(context, url);
  page = await context.newPage();
  await page.goto(`${url}#/1`);
  await revealReady(page);
  [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await speaker.waitForFunction(() => getComputedStyle(document.querySelector('#connection-status')!).display === 'none');
});

test.after(async () => {
  await browser?.close();
});

test('S opens the speaker view with the current slide’s notes', async () => {
  assert.match(await speaker.title(), /Speaker View/);
  await speaker.waitForFunction((expected) => document.querySelector('.speaker-controls-notes .value')?.textContent?.replace(/\s+/g, ' ').trim() === expected, notesBySlide[1]!);
  assert.is(await shownNotes(), notesBySlide[1]);
});

test('it shows the current slide and the next one', async () => {
  const current = preview('current');
  const upcoming = preview('upcoming');
  await current.waitForFunction(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.isReady() === true);
  await upcoming.waitForFunction(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.getIndices().h === 2);
  assert.is(await frameSlide(current), 1);
  assert.ok(await upcoming.locator('section.present h2').isVisible());
});

test('it runs a timer and shows the clock', async () => {
  const timer = speaker.locator('.speaker-controls-time .timer');
  assert.match(await timer.innerText(), /\d\d:\d\d:\d\d/);
  const start = await timer.innerText();
  await speaker.waitForFunction((t) => document.querySelector('.speaker-controls-time .timer')?.textContent !== t, start, { timeout: 5000 });
  assert.match(await speaker.locator('.speaker-controls-time .clock').innerText(), /\d{1,2}:\d\d/);
});

test('it follows the main window: next slide, next notes', async () => {
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await speaker.waitForFunction((expected) => document.querySelector('.speaker-controls-notes .value')?.textContent?.replace(/\s+/g, ' ').trim() === expected, notesBySlide[2]!);
  await preview('upcoming').waitForFunction(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices().h === 3);
});

test('offline: nothing requested outside the deck file, no errors in either window', () => {
  assert.equal(traffic.outside, []);
  assert.equal(traffic.errors, []);
});

test.run();
