import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compose } from '../src/compose/compose.js';
import { parseOutline } from '../src/outline/serialize.js';
import { deckMarkup as compiledMarkup, loadTemplates } from '../src/render/markup.js';
import { loadTheme } from '../src/theme/theme.js';

/**
 * The build compiles the built-in templates ahead of time (dist/precompiled-templates.cjs,
 * found by the compiled code, not from src/): the slides they make must be the same.
 */

const root = join(import.meta.dirname, '..');
const precompiledFile = join(root, 'dist', 'precompiled-templates.cjs');

test('the build wrote the precompiled templates, one a template', () => {
  assert.ok(existsSync(precompiledFile), 'run npm run build first');
  const pairs = createRequire(import.meta.url)(precompiledFile) as [string, unknown][];
  assert.is(pairs.length, 13);
  assert.ok(pairs.some(([text]) => text === readFileSync(join(root, 'templates', 'deck.hbs'), 'utf8')));
});

test('precompiled templates make the same slides as templates compiled when loaded', async () => {
  const dist = (await import(join(root, 'dist', 'render', 'markup.js'))) as typeof import('../src/render/markup.js');
  const precompiled = dist.loadTemplates(undefined, { fresh: true });
  const compiled = loadTemplates(undefined, { fresh: true });
  for (const name of ['formatting', 'gallery', 'long-words']) {
    const outline = parseOutline(readFileSync(join(root, 'test', 'fixtures', `${name}.outline.yaml`), 'utf8'), 'yaml');
    const deck = compose(outline, { theme: loadTheme('lecture') });
    assert.equal(dist.deckMarkup(deck, precompiled), compiledMarkup(deck, compiled), name);
  }
  // Handlebars marks a template made from a compiled one as top-level; a compiled-when-loaded one is not, until first used.
  assert.is((precompiled.deck as unknown as { isTop?: boolean }).isTop, true);
  assert.is((loadTemplates(undefined, { fresh: true }).deck as unknown as { isTop?: boolean }).isTop, undefined);
});

test('a template folder with one template changed is compiled, and its change is in the slides', async () => {
  const dist = (await import(join(root, 'dist', 'render', 'markup.js'))) as typeof import('../src/render/markup.js');
  const dir = mkdtempSync(join(tmpdir(), 'deckwright-templates-'));
  try {
    cpSync(join(root, 'templates'), dir, { recursive: true });
    const bullets = join(dir, 'bullets.hbs');
    writeFileSync(bullets, readFileSync(bullets, 'utf8').replace('<section', '<section data-edited="yes"'));
    const outline = parseOutline(readFileSync(join(root, 'test', 'fixtures', 'formatting.outline.yaml'), 'utf8'), 'yaml');
    const deck = compose(outline, { theme: loadTheme('lecture') });
    const edited = dist.deckMarkup(deck, dist.loadTemplates(dir));
    const builtIn = dist.deckMarkup(deck, dist.loadTemplates());
    assert.equal(edited.map((m) => m.replace(' data-edited="yes"', '')), builtIn, 'only the edit differs');
    assert.is(edited.filter((m) => m.includes('data-edited="yes"')).length, deck.slides.filter((s) => s.layout === 'bullets').length);
    assert.ok(edited.some((m) => m.includes('data-edited')), 'the deck has bullet slides');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
