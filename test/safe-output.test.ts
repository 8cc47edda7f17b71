/**
 * The pieces that keep a deck safe, one by one: which links survive, the policy the
 * HTML deck carries, and which decks are set right to left.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromOutline } from '../src/build.js';
import { cleanArticle, cleanText } from '../src/read/clean.js';
import { isRtl } from '../src/render/direction.js';
import { speakerViewScript } from '../src/render/html/deck.js';
import { inlineHtml, safeUrl } from '../src/render/inline.js';
import { parseDeck } from './helpers/safety.js';

test('only http(s) and mailto links survive, and none with quotes, spaces or control characters', () => {
  for (const url of ['https://example.org/a?b=1&c=2', 'http://x', 'HTTPS://EXAMPLE.ORG', 'mailto:someone@example.org']) assert.is(safeUrl(url), url);
  for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//example.org', 'https://', 'https:///x', 'mailto:', 'https://a"b', "https://a'b", 'https://a b', 'https://a<b', 'https://a\u0000b', 'https://a\u0085b']) {
    assert.is(safeUrl(url), undefined, JSON.stringify(url));
  }
  // An unsafe link keeps its text and loses its target (the link syntax ends at the first ")").
  assert.is(inlineHtml('[x](javascript:alert(1)) and [y](https://example.org/"onmouseover=alert(1))'), 'x) and y)');
  assert.is(inlineHtml('[ok](https://example.org/?a=1&b="2")'), 'ok', 'a quote in the address: text only');
  assert.is(inlineHtml('[ok](https://example.org/?a=1&b=2)'), '<a href="https://example.org/?a=1&amp;b=2">ok</a>');
});

test('any string is either refused as a link or an http(s)/mailto address with nothing that could leave an attribute (fast-check)', () => {
  const scheme = fc.constantFrom('https://', 'http://', 'mailto:', 'javascript:', 'data:', 'HTTPS://', '');
  fc.assert(
    fc.property(scheme, fc.string({ unit: 'binary', maxLength: 40 }), (s, rest) => {
      const url = safeUrl(s + rest);
      return url === undefined || (/^(https?:\/\/|mailto:)/i.test(url) && !/[\s"'<>\u0000-\u001f]/.test(url));
    }),
    { seed: 5, numRuns: 3000 },
  );
});

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

test('the deck policy: nothing by default, scripts by hash only (the speaker view’s among them), no media, no base, no forms, no connections', async () => {
  const { html } = await buildFromOutline({ title: 'Policy', lang: 'en', takeaways: [], sections: [{ heading: 'One', points: [{ text: 'A point.' }] }] }, { formats: ['html'] });
  const { csp, scripts } = parseDeck(html!);
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  assert.equal(directives['default-src'], ["'none'"]);
  assert.equal(directives['base-uri'], ["'none'"]);
  assert.equal(directives['form-action'], ["'none'"]);
  assert.is(directives['connect-src'], undefined);
  assert.is(directives['media-src'], undefined);
  assert.equal(directives['img-src'], ['data:', 'blob:']);
  const notes = readFileSync(createRequire(import.meta.url).resolve('reveal.js/plugin/notes'), 'utf8');
  const speaker = speakerViewScript(notes);
  assert.match(speaker, /^\s*\(function\(\) \{/);
  assert.equal(directives['script-src']!.sort(), [...scripts, speaker].map(sha256).sort());
});

test('right-to-left languages by their tag, and by a script subtag', () => {
  for (const lang of ['ar', 'he', 'fa', 'ur', 'yi', 'ar-EG', 'he-IL', 'ku-Arab', 'pa-Arab', 'iw']) assert.ok(isRtl(lang), lang);
  for (const lang of ['en', 'zh', 'ja', 'ru', 'ku', 'pa', 'az-Latn', 'ar-Latn', '', 'x-<b>']) assert.not.ok(isRtl(lang), lang);
});

test('text read from an article loses what no slide can show; emoji, joiners, marks and right-to-left text stay', () => {
  assert.is(cleanText('A bell\u0007, \u001b[1;31mred\u001b[0m, a\u000bvertical tab, a\u000cpage, NEL\u0085here, DEL\u007f, C1\u009b, \ufffe\uffff\ud800 end'), 'A bell, red, a vertical tab, a page, NEL here, DEL, C1,  end');
  const kept = 'tab\tnewline\n👨‍👩‍👧 e\u0301 שלום \u202Eevil\u202C zero\u200bwidth';
  assert.is(cleanText(kept), kept);
  const article = cleanArticle({
    title: 'Title\u0007',
    lang: 'en',
    blocks: [
      { kind: 'paragraph', text: 'One\u0007. Two\u001b[0m.' },
      { kind: 'list', ordered: false, items: [{ text: 'Item\u0000 one.', depth: 0 }] },
      { kind: 'table', rows: [['a\u0001', 'b']] },
    ],
    sentences: [],
  });
  assert.is(article.title, 'Title');
  assert.equal(article.sentences.map((s) => s.text), ['One.', 'Two.', 'Item one.']);
  assert.equal(article.blocks[2], { kind: 'table', rows: [['a', 'b']] });
});

test.run();
