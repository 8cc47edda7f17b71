import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFromArticle, type BuildResult } from '../../src/build.js';
import { analyse } from '../../src/outline/analyse.js';
import type { Outline } from '../../src/outline/outline.js';
import { readArticle } from '../../src/read/read-article.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SEED = join(ROOT, 'decks', 'putin-xi-state-visit', 'putin-xi-state-visit.txt');

/** The articles every outline test runs over: the seed and the project's own fixtures. */
export const ARTICLES: Record<string, string> = {
  seed: SEED,
  'urban-heat': join(FIXTURES, 'urban-heat.txt'),
  sourdough: join(FIXTURES, 'sourdough.md'),
  'moon-speech': join(FIXTURES, 'moon-speech.txt'),
  'rain-barrels': join(FIXTURES, 'rain-barrels.md'),
  'city-bees': join(FIXTURES, 'city-bees.md'),
};

const outlines = new Map<string, Outline>();
const builds = new Map<string, Promise<BuildResult>>();

function nameOf(path: string): string {
  return path.split('/').pop()!;
}

export function outlineOf(path: string): Outline {
  const known = outlines.get(path);
  if (known) return known;
  const outline = analyse(readArticle(readFileSync(path), nameOf(path)), { sourceName: nameOf(path) });
  outlines.set(path, outline);
  return outline;
}

/** Both decks of an article, built once per test run. */
export function buildOf(path: string): Promise<BuildResult> {
  let build = builds.get(path);
  if (!build) {
    build = buildFromArticle(readFileSync(path), nameOf(path));
    builds.set(path, build);
  }
  return build;
}

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
