/**
 * The theme gallery: the hand-written outline test/fixtures/gallery.outline.yaml, which
 * has a slide of every layout (and a continuation slide), rendered in every built-in
 * theme and both slide sizes through Chromium, one PNG a slide, and a contact sheet of
 * the 16:9 decks (a row of slides per theme) written to docs/gallery.png for the README.
 *
 *   node --import tsx scripts/gallery.ts [--out DIR] [--sheet FILE] [--themes a,b]
 *
 * The slide PNGs go to --out (default .tmp/gallery, ignored by git).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFromOutline } from '../src/build.js';
import { launchChromium } from '../src/cli/browser.js';
import { imageLoader } from '../src/cli/paths.js';
import type { SlideSize } from '../src/compose/geometry.js';
import { SLIDE_SIZES } from '../src/compose/geometry.js';
import { parseOutline } from '../src/outline/serialize.js';
import { THEMES_DIR } from '../src/theme/theme.js';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const OUTLINE = join(ROOT, 'test', 'fixtures', 'gallery.outline.yaml');
const SIZES: SlideSize[] = ['16:9', '4:3'];

const { values } = parseArgs({ options: { out: { type: 'string' }, sheet: { type: 'string' }, themes: { type: 'string' } } });
const out = resolve(values.out ?? join(ROOT, '.tmp', 'gallery'));
const sheetFile = resolve(values.sheet ?? join(ROOT, 'docs', 'gallery.png'));
const themes = values.themes?.split(',') ?? readdirSync(THEMES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
/** The theme first in the sheet: the default, then the others in order. */
themes.sort((a, b) => Number(b === 'lecture') - Number(a === 'lecture') || a.localeCompare(b));

interface Shot {
  label: string;
  png: Buffer;
}

const outline = parseOutline(readFileSync(OUTLINE, 'utf8'), 'yaml');
const loadImage = imageLoader(dirname(OUTLINE), (p) => readFileSync(p));
const browser = await launchChromium();
const rows: { theme: string; shots: Shot[] }[] = [];
try {
  for (const theme of themes) {
    for (const size of SIZES) {
      const { html, deck } = await buildFromOutline(outline, { theme, size, formats: ['html'], loadImage });
      const { width, height } = SLIDE_SIZES[size];
      const page = await browser.newPage({ viewport: { width, height } });
      const dir = join(out, `${theme}-${size.replace(':', 'x')}`);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'deck.html');
      writeFileSync(file, html!);
      await page.goto(`file://${file}`);
      await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
      await page.addStyleTag({ content: '.reveal .controls, .reveal .progress { display: none !important; }' });
      await page.evaluate(() => (window as unknown as { Reveal: { configure(o: object): void } }).Reveal.configure({ transition: 'none', backgroundTransition: 'none' }));
      const shots: Shot[] = [];
      for (const [i, slide] of deck.slides.entries()) {
        await page.evaluate((n) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(n), i);
        await page.evaluate(() => document.fonts.ready);
        const png = await page.screenshot();
        const label = `${slide.layout}${slide.origin.part && slide.origin.part > 1 ? ' (cont.)' : ''}`;
        writeFileSync(join(dir, `${String(i + 1).padStart(2, '0')}-${label.replace(/\W+/g, '-').replace(/-$/, '')}.png`), png);
        shots.push({ label, png });
      }
      await page.close();
      console.log(`${theme} ${size}: ${shots.length} slides in ${dir}`);
      if (size === '16:9') rows.push({ theme, shots });
    }
  }

  // The sheet: one row per theme, each layout once (the first slide of it, and the first continuation slide).
  const cells = rows.map(({ theme, shots }) => {
    const seen = new Set<string>();
    const chosen = shots.filter((s) => !seen.has(s.label) && seen.add(s.label));
    const imgs = chosen.map((s) => `<figure><img src="data:image/png;base64,${s.png.toString('base64')}"><figcaption>${s.label}</figcaption></figure>`).join('');
    return `<h2>${theme}</h2><div class="row">${imgs}</div>`;
  });
  const sheet = await browser.newPage({ viewport: { width: 2000, height: 1000 } });
  await sheet.setContent(`<style>
    body{margin:0;background:#e4e7eb;font:600 20px/1.2 sans-serif;color:#1f2933;}
    main{padding:8px 20px 20px;width:max-content;}
    h2{font-size:22px;margin:18px 0 8px;}
    .row{display:grid;grid-template-columns:repeat(5,320px);gap:12px;}
    figure{margin:0;} img{width:320px;display:block;box-shadow:0 1px 3px #0005;}
    figcaption{font-size:13px;font-weight:400;margin-top:4px;color:#3e4c59;}
  </style><main>${cells.join('')}</main>`);
  const main = await sheet.$('main');
  mkdirSync(dirname(sheetFile), { recursive: true });
  writeFileSync(sheetFile, await main!.screenshot());
  console.log(`wrote ${sheetFile}`);
} finally {
  await browser.close();
}
