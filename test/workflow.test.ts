import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES } from './helpers/fixtures.js';
import { run, temp } from './helpers/cli.js';
import { INPUTS } from './helpers/inputs.js';

test('edit-and-render loop: a schema error names file, line and field; the fix renders; build keeps the edit unless --force', () => {
  const work = temp();
  copyFileSync(join(INPUTS, 'tool-library.html'), join(work, 'tool-library.html'));
  const built = run(['build', 'tool-library.html', '--format', 'html'], { cwd: work });
  assert.is(built.code, 0, built.err);
  const path = join(work, 'decks', 'tool-library', 'outline.yaml');
  const original = readFileSync(path, 'utf8');
  assert.match(original, /^# yaml-language-server: \$schema=.*outline\.schema\.json$/m);

  // A slip while editing: a heading that is a list instead of text.
  const lines = original.split('\n');
  const at = lines.findIndex((l) => /^ {2}- heading: /.test(l));
  lines[at] = '  - heading: [not, a, heading]';
  writeFileSync(path, lines.join('\n'));
  const bad = run(['render', 'decks/tool-library/outline.yaml'], { cwd: work });
  assert.is(bad.code, 1);
  assert.match(bad.err, new RegExp(`^deckwright: decks/tool-library/outline\\.yaml:${at + 1}: sections\\[0\\]\\.heading .*string\n$`));

  lines[at] = '  - heading: Lending tools like books';
  writeFileSync(path, lines.join('\n').replace(/^title: .*$/m, 'title: Tool libraries, edited'));
  const good = run(['render', 'decks/tool-library/outline.yaml', '--format', 'html'], { cwd: work });
  assert.is(good.code, 0, good.err);
  const html = readFileSync(join(work, 'decks', 'tool-library', 'tool-library.html'), 'utf8');
  assert.match(html, /<title>Tool libraries, edited<\/title>/);
  assert.match(html, /Lending tools like books/);

  // Building again keeps the edited outline and says how to replace it.
  const again = run(['build', 'tool-library.html', '--format', 'html'], { cwd: work });
  assert.is(again.code, 0, again.err);
  assert.match(again.err, /kept your edited decks\/tool-library\/outline\.yaml.*--force/);
  assert.match(readFileSync(path, 'utf8'), /title: Tool libraries, edited/);
  const batch = run(['build', 'tool-library.html', join(ARTICLES['urban-heat']!), '--format', 'html'], { cwd: work });
  assert.is(batch.code, 0, batch.err);
  assert.match(batch.out, /kept your edited decks\/tool-library\/outline\.yaml \(build with --force/);
  assert.match(readFileSync(path, 'utf8'), /title: Tool libraries, edited/);
  const forced = run(['build', 'tool-library.html', '--format', 'html', '--force'], { cwd: work });
  assert.is(forced.code, 0, forced.err);
  assert.not.match(readFileSync(path, 'utf8'), /edited/);
});

test('init copies the templates and a theme, never over existing files; the copies are used', () => {
  const work = temp();
  const r = run(['init', 'style'], { cwd: work });
  assert.is(r.code, 0, r.err);
  for (const f of ['templates/title.hbs', 'templates/bullets.hbs', 'templates/deck.hbs', 'templates/partials/notes.hbs', 'theme.json', 'deckwright.config.json']) {
    assert.ok(existsSync(join(work, 'style', f)), f);
  }
  assert.equal(JSON.parse(readFileSync(join(work, 'style', 'deckwright.config.json'), 'utf8')), { theme: 'theme.json', templates: 'templates' });

  // Customise: a mark in the title template, a new accent colour.
  const title = join(work, 'style', 'templates', 'title.hbs');
  writeFileSync(title, readFileSync(title, 'utf8').replace('</section>', '<p class="subtitle">Seminar 4</p></section>'));
  const themePath = join(work, 'style', 'theme.json');
  const theme = JSON.parse(readFileSync(themePath, 'utf8'));
  theme.colors.accent = '#8A1C2B';
  writeFileSync(themePath, JSON.stringify(theme));

  const again = run(['init', 'style'], { cwd: work });
  assert.is(again.code, 0, again.err);
  assert.match(again.err, /kept style\/templates\/title\.hbs \(it exists/);
  assert.match(readFileSync(title, 'utf8'), /Seminar 4/, 'init overwrote a customised template');

  // From anywhere, with flags…
  const flags = run(['build', ARTICLES['urban-heat']!, '--out', join(work, 'out'), '--format', 'html', '--templates', 'style/templates', '--theme', 'style/theme.json'], { cwd: work });
  assert.is(flags.code, 0, flags.err);
  const html = readFileSync(join(work, 'out', 'urban-heat', 'urban-heat.html'), 'utf8');
  assert.match(html, /Seminar 4/);
  assert.match(html, /#8A1C2B/i);
  // …or inside the folder, where its config file points at them.
  const inside = run(['build', ARTICLES['urban-heat']!, '--format', 'html'], { cwd: join(work, 'style') });
  assert.is(inside.code, 0, inside.err);
  const html2 = readFileSync(join(work, 'style', 'decks', 'urban-heat', 'urban-heat.html'), 'utf8');
  assert.match(html2, /Seminar 4/);
  assert.match(html2, /#8A1C2B/i);
  const missing = run(['build', ARTICLES['urban-heat']!, '--templates', 'nowhere'], { cwd: work });
  assert.is(missing.code, 1);
  assert.match(missing.err, /nowhere\/.*\.hbs: template not found \(copy the built-in ones with `deckwright init`\)/);
});

test('deckwright.config.json or .yaml sets defaults; flags win; a bad config is one line naming it', () => {
  const work = temp();
  writeFileSync(join(work, 'deckwright.config.yaml'), 'out: talks\nformat: [html]\nsize: "4:3"\nauthor: A Lecturer\n');
  const r = run(['build', ARTICLES['moon-speech']!], { cwd: work });
  assert.is(r.code, 0, r.err);
  assert.ok(existsSync(join(work, 'talks', 'moon-speech', 'moon-speech.html')));
  assert.not.ok(existsSync(join(work, 'talks', 'moon-speech', 'moon-speech.pptx')));
  const html = readFileSync(join(work, 'talks', 'moon-speech', 'moon-speech.html'), 'utf8');
  assert.match(html, /A Lecturer/);
  assert.match(html, /width: ?960|"width":960|width:960/);
  const flag = run(['build', ARTICLES['moon-speech']!, '--format', 'pptx', '--out', 'other'], { cwd: work });
  assert.is(flag.code, 0, flag.err);
  assert.ok(existsSync(join(work, 'other', 'moon-speech', 'moon-speech.pptx')));
  assert.not.ok(existsSync(join(work, 'other', 'moon-speech', 'moon-speech.html')));

  const cases: [string, string, RegExp][] = [
    ['deckwright.config.json', '{"jobs": 0}', /^deckwright: deckwright\.config\.json: jobs must be a whole number from 1 to 16\n$/],
    ['deckwright.config.json', '{"colour": "red"}', /^deckwright: deckwright\.config\.json: unknown setting "colour" \(known: out, format, /],
    ['deckwright.config.json', '{"format": "html,pdfx"}', /^deckwright: deckwright\.config\.json: format: unknown format "pdfx"/],
    ['deckwright.config.json', '{"out": ', /^deckwright: deckwright\.config\.json: is not valid JSON/],
    ['deckwright.config.yaml', 'timeout: soon\n', /^deckwright: deckwright\.config\.yaml: timeout must be a number of seconds/],
  ];
  for (const [name, text, message] of cases) {
    const dir = temp();
    writeFileSync(join(dir, name), text);
    const bad = run(['build', ARTICLES['moon-speech']!], { cwd: dir });
    assert.is(bad.code, 1, name);
    assert.match(bad.err, message);
    assert.is(bad.err.split('\n').length, 2, bad.err);
  }
  const both = temp();
  writeFileSync(join(both, 'deckwright.config.json'), '{}');
  writeFileSync(join(both, 'deckwright.config.yaml'), '');
  assert.match(run(['themes'], { cwd: both }).err, /deckwright\.config\.json and deckwright\.config\.yaml: keep one config file/);
});

test.run();
