/**
 * A contact sheet of a deck: every slide of the HTML deck screenshotted in Chromium and
 * laid out in a grid, written as one PNG (the README's picture of the example deck).
 *
 *   node --import tsx scripts/contact-sheet.ts <deck.html> <out.png> [columns] [slides]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../src/cli/browser.js';

const [deckPath, outPath, columnsArg = '3', countArg] = process.argv.slice(2);
if (!deckPath || !outPath) {
  console.error('usage: contact-sheet.ts <deck.html> <out.png> [columns] [slides]');
  process.exit(2);
}
const columns = Number(columnsArg);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
  await page.goto(pathToFileURL(resolve(deckPath)).href);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  await page.addStyleTag({ content: '.reveal .controls, .reveal .progress, .reveal .slide-number { display: none !important; }' });
  const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
  const count = Math.min(total, countArg ? Number(countArg) : total);
  const shots: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate((n) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(n), i);
    await page.waitForTimeout(400);
    shots.push((await page.screenshot()).toString('base64'));
  }
  const sheet = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const cells = shots.map((b) => `<img src="data:image/png;base64,${b}">`).join('');
  await sheet.setContent(`<style>body{margin:0;background:#d5dbe1;}div{display:grid;grid-template-columns:repeat(${columns},1fr);gap:16px;padding:16px;}img{width:100%;box-shadow:0 1px 4px #0004;}</style><div>${cells}</div>`);
  const grid = await sheet.$('div');
  writeFileSync(outPath, await grid!.screenshot());
  console.log(`wrote ${outPath} (${count} slides)`);
} finally {
  await browser.close();
}
