/**
 * The built-in themes: at least four (a light default, a dark one, a high-contrast one and
 * one more), each a file in themes/ whose fonts are installed as metric-compatible pairs,
 * whose every text colour meets WCAG AA on its background, and which yields both the
 * HTML deck's CSS and the PPTX's master, layouts and colour scheme.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { wcagLuminance } from 'culori';
import { buildFromOutline } from '../src/build.js';
import { loadMetrics } from '../src/compose/measure.js';
import { AA, contrastFailures, contrasts } from '../src/theme/contrast.js';
import { loadTheme, parseTheme, type Theme } from '../src/theme/theme.js';
import { themeNames } from './helpers/browser.js';
import { run, temp } from './helpers/cli.js';
import { FIXTURES } from './helpers/fixtures.js';
import { Pptx } from './helpers/pptx.js';

const themes = themeNames().map((name) => ({ name, theme: loadTheme(name) }));

/** The open fonts deckwright embeds, and the Office font each has the metrics of. */
const METRIC_PAIRS: Record<string, string> = { Carlito: 'Calibri', Arimo: 'Arial', Tinos: 'Times New Roman', Caladea: 'Cambria', Cousine: 'Courier New' };

test('at least four built-in themes: a light default, a dark one, a high-contrast one', () => {
  assert.ok(themes.length >= 4, themes.map((t) => t.name).join(', '));
  const lightness = (t: Theme) => wcagLuminance(t.colors.background);
  const lecture = themes.find((t) => t.name === 'lecture')!.theme;
  assert.ok(lightness(lecture) > 0.8, 'the default theme is light');
  assert.ok(themes.some((t) => lightness(t.theme) < 0.05), 'a dark theme');
  const highContrast = themes.find((t) => t.name === 'high-contrast')?.theme;
  assert.ok(highContrast, 'a high-contrast theme');
  assert.ok(Math.min(...contrasts(highContrast!).map((c) => c.ratio)) >= 7, 'high contrast meets WCAG AAA (7:1) on every pair');
  assert.ok(highContrast!.sizes.body > lecture.sizes.body && highContrast!.sizes.min > lecture.sizes.min, 'high contrast sets larger type');
});

for (const { name, theme } of themes) {
  test(`${name}: named as its file, fonts installed and metric-compatible with the Office fonts named`, () => {
    assert.is(theme.name, name);
    assert.ok(theme.description.length > 10);
    for (const font of [theme.fonts.heading, theme.fonts.body]) {
      assert.is(METRIC_PAIRS[font.family], font.office, `${font.family} is not metric-compatible with ${font.office}`);
      assert.ok(loadMetrics(font).advance('n'.codePointAt(0)!) > 0);
      assert.ok(loadMetrics(font, true).advance('n'.codePointAt(0)!) > 0);
    }
    assert.ok(theme.sizes.min <= theme.sizes.caption && theme.sizes.min <= theme.sizes.subBody);
  });

  test(`${name}: every text colour meets WCAG AA (${AA}:1) on its background`, () => {
    for (const c of contrasts(theme)) assert.ok(c.ratio >= AA, `${c.text} on ${c.background}: ${c.ratio.toFixed(2)}:1`);
    assert.equal(contrastFailures(theme), []);
  });

  test(`${name}: one theme file gives the HTML deck's CSS and fonts and the PPTX's scheme, fonts and masters`, async () => {
    const outline = { title: 'Theme test', lang: 'en', takeaways: [], sections: [{ heading: 'A section', points: [{ text: 'A point' }, { text: 'Another point' }], notes: 'Notes.' }] };
    const { html, pptx } = await buildFromOutline(outline, { theme });
    for (const colour of Object.values(theme.colors)) assert.ok(html!.includes(colour), `the CSS has ${colour}`);
    for (const font of [theme.fonts.heading, theme.fonts.body]) assert.match(html!, new RegExp(`@font-face \\{[^}]*font-family: '${font.family}'`));
    const pkg = await Pptx.open(pptx!);
    const scheme = pkg.parts.get('ppt/theme/theme1.xml')!;
    assert.match(scheme, new RegExp(`<a:dk1><a:srgbClr val="${theme.colors.text.slice(1).toUpperCase()}"/>`));
    assert.match(scheme, new RegExp(`<a:lt1><a:srgbClr val="${theme.colors.background.slice(1).toUpperCase()}"/>`));
    assert.match(scheme, new RegExp(`<a:majorFont><a:latin typeface="${theme.fonts.heading.office}"`));
    assert.match(scheme, new RegExp(`<a:minorFont><a:latin typeface="${theme.fonts.body.office}"`));
    const master = pkg.parts.get('ppt/slideMasters/slideMaster1.xml')!;
    assert.match(master, new RegExp(`<a:defRPr sz="${theme.sizes.body * 100}"`));
  });
}

test('a theme file below AA is named pair by pair', () => {
  const grey = parseTheme(JSON.stringify({ ...loadTheme('lecture'), name: 'grey', colors: { ...loadTheme('lecture').colors, muted: '#AAAAAA' } }), 'grey.json');
  const failures = contrastFailures(grey);
  assert.is(failures.length, 1);
  assert.match(failures[0]!, /colors\.muted on colors\.background has contrast 2\.\d\d:1, below 4\.5:1/);
});

test('a build in a theme below AA says so, and a built-in theme gives no such warning', async () => {
  const outline = { title: 'Grey', lang: 'en', takeaways: [], sections: [{ heading: 'A section', points: [{ text: 'A point' }, { text: 'Another' }], notes: 'Notes.' }] };
  const grey = { ...loadTheme('lecture'), name: 'grey', colors: { ...loadTheme('lecture').colors, muted: '#AAAAAA' } };
  assert.equal((await buildFromOutline(outline, { theme: grey, formats: ['html'] })).warnings, contrastFailures(grey));
  assert.equal((await buildFromOutline(outline, { theme: 'night', formats: ['html'] })).warnings, []);
});

test('deckwright themes lists every theme; --theme takes a name or a file', () => {
  const listed = run(['themes']);
  assert.is(listed.code, 0);
  for (const { name, theme } of themes) assert.match(listed.out, new RegExp(`^${name}\\s+${theme.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
  const out = temp();
  const byName = run(['build', join(FIXTURES, 'urban-heat.txt'), '--theme', 'journal', '--format', 'html', '--out', out]);
  assert.is(byName.code, 0, byName.err);
  assert.match(readFileSync(join(out, 'urban-heat', 'urban-heat.html'), 'utf8'), /#FBF7EF/);
  const file = join(out, 'mine.json');
  writeFileSync(file, JSON.stringify({ ...loadTheme('night'), name: 'mine', colors: { ...loadTheme('night').colors, accent: '#FFD166' } }));
  const byFile = run(['build', join(FIXTURES, 'urban-heat.txt'), '--theme', file, '--format', 'html', '--out', join(out, 'b')]);
  assert.is(byFile.code, 0, byFile.err);
  assert.match(readFileSync(join(out, 'b', 'urban-heat', 'urban-heat.html'), 'utf8'), /#FFD166/);
});

test.run();
