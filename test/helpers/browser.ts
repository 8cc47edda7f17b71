import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { THEMES_DIR } from '../../src/theme/theme.js';
import { FIXTURES, SEED } from './fixtures.js';

/** Reveal's API as the tests use it in the page. */
export interface RevealApi {
  isReady(): boolean;
  getTotalSlides(): number;
  getSlides(): HTMLElement[];
  getIndices(slide?: HTMLElement): { h: number; v: number };
  slide(h: number, v?: number): void;
  getSlideNotes(slide?: HTMLElement): string;
  getProgress(): number;
  isOverview(): boolean;
  configure(options: Record<string, unknown>): void;
}

export const temp = (): string => mkdtempSync(join(tmpdir(), 'deckwright-e2e-'));

/** Write a deck to a fresh temporary folder and return its file:// URL. */
export function deckFile(html: string, name = 'deck.html'): string {
  const path = join(temp(), name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

/** Every built-in theme, read from the folder, so themes added later are tested too. */
export function themeNames(): string[] {
  return readdirSync(THEMES_DIR).filter((f) => /\.(json|ya?ml)$/.test(f)).map((f) => f.replace(/\.(json|ya?ml)$/, '')).sort();
}

/** The seed article and every fixture article in test/fixtures. */
export function articlePaths(): string[] {
  const fixtures = readdirSync(FIXTURES).filter((f) => /\.(txt|md|html?)$/.test(f)).sort();
  return [SEED, ...fixtures.map((f) => join(FIXTURES, f))];
}

export interface Traffic {
  /** Requests to anything but the deck file itself and data:/blob: URLs (all refused). */
  outside: string[];
  /** Console errors (a CSP violation shows up here) and page errors. */
  errors: string[];
}

/**
 * Keep a context offline the way a lecture hall without network is: the deck file and
 * data:/blob: URLs load, everything else is refused and recorded.
 */
export async function offline(context: BrowserContext, deckUrl: string): Promise<Traffic> {
  const traffic: Traffic = { outside: [], errors: [] };
  const deckPath = fileURLToPath(deckUrl.replace(/[?#].*$/, ''));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const own = url.startsWith('file:') && fileURLToPath(url.replace(/[?#].*$/, '')) === deckPath;
    if (own || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    traffic.outside.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => watchErrors(page, traffic.errors));
  return traffic;
}

export function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
}

export async function revealReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.isReady() === true);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  slide: number;
  targets: string[];
}

/**
 * axe-core over a deck as an audience sees it: the whole document once, then each slide
 * while it is shown (reveal hides the others, and axe skips what is hidden).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    const w = window as unknown as { Reveal: RevealApi; axe: Axe };
    // No fades: a slide half faded in would fail contrast checks it passes once shown.
    w.Reveal.configure({ transition: 'none', backgroundTransition: 'none' });
    const found: AxeViolation[] = [];
    const slides = w.Reveal.getSlides();
    for (let i = 0; i < slides.length; i++) {
      w.Reveal.slide(i);
      const result = await w.axe.run(i === 0 ? document : { include: [slides[i]] }, { resultTypes: ['violations'] });
      for (const v of result.violations) found.push({ id: v.id, slide: i + 1, targets: v.nodes.map((n) => n.target.join(' ')) });
    }
    return found;
  });
}
