import JSZip from 'jszip';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromArticle } from '../src/build.js';
import { readFileSync } from 'node:fs';
import { ARTICLES, buildOf, SEED } from './helpers/fixtures.js';

function elements(node: { children?: unknown[] }, name: string, out: Element[] = []): Element[] {
  for (const child of (node.children ?? []) as Element[]) {
    if (child.type === 'tag' && child.name === name) out.push(child);
    if (child.children) elements(child, name, out);
  }
  return out;
}

function text(node: { children?: unknown[]; data?: string; type?: string }): string {
  if (node.type === 'text') return node.data ?? '';
  return ((node.children ?? []) as typeof node[]).map(text).join('');
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#39;/g, "'").replace(/&amp;/g, '&');

async function pptxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.files[name]!.async('string'));
  return parts;
}

/** The paragraphs of the shape holding a placeholder of one type on a slide. */
function placeholderParagraphs(slideXml: string, type: string): string[] {
  const shapes = slideXml.split('<p:sp>').slice(1);
  const shape = shapes.find((s) => new RegExp(`<p:ph[^>]*type="${type}"`).test(s));
  if (!shape) return [];
  return shape.split('<a:p>').slice(1).map((p) => decode([...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')));
}

test('html: one self-contained file with lang, title, every slide headed and noted', async () => {
  const { html, deck, outline } = await buildOf(SEED);
  const doc = parseDocument(html!);
  const root = elements(doc, 'html')[0]!;
  assert.is(root.attribs.lang, 'en');
  assert.is(text(elements(doc, 'title')[0]!), outline.title);
  const sections = elements(doc, 'section');
  assert.is(sections.length, deck.slides.length);
  for (const s of sections) {
    assert.ok(elements(s, 'h1').length + elements(s, 'h2').length === 1, 'a slide without one heading');
    const notes = elements(s, 'aside').filter((a) => a.attribs.class === 'notes');
    assert.is(notes.length, 1);
    assert.ok(text(notes[0]!).trim().length > 0);
  }
  for (const tag of ['script', 'link', 'img', 'iframe']) {
    for (const el of elements(doc, tag)) {
      assert.not.ok(el.attribs.src && !el.attribs.src.startsWith('data:'), `${tag} loads ${el.attribs.src}`);
      assert.not.ok(el.attribs.href, `${tag} links ${el.attribs.href}`);
    }
  }
  assert.match(html!, /Reveal\.initialize/);
  assert.match(html!, /RevealNotes/);
  assert.match(html!, /@font-face/);
});

test('html: bullets and section titles land in their slides', async () => {
  const { html, outline } = await buildOf(SEED);
  const sections = elements(parseDocument(html!), 'section');
  for (const section of outline.sections) {
    const slide = sections.find((s) => text(elements(s, 'h2')[0] ?? { children: [] }) === section.heading);
    assert.ok(slide, `no slide titled ${section.heading}`);
    // Orphan control may join a bullet's last two words with a no-break space.
    const items = elements(slide!, 'li').map((li) => text(li).replace(/\u00a0/g, ' '));
    for (const p of section.points) assert.ok(items.includes(p.text), `missing bullet ${p.text}`);
  }
});

test('pptx: layouts named as PowerPoint names them, valid part order, no dangling overrides', async () => {
  const { pptx } = await buildOf(SEED);
  const parts = await pptxParts(pptx!);
  const names = [...parts.entries()].filter(([n]) => n.startsWith('ppt/slideLayouts/slideLayout')).map(([, x]) => /<p:cSld name="([^"]+)"/.exec(x)?.[1]);
  for (const expected of ['Title Slide', 'Title and Content', 'Two Content', 'Section Header', 'Blank']) assert.ok(names.includes(expected), `no ${expected} layout in ${names.join(', ')}`);
  const presentation = parts.get('ppt/presentation.xml')!;
  assert.ok(presentation.indexOf('<p:notesMasterIdLst>') < presentation.indexOf('<p:sldIdLst>'));
  const types = parts.get('[Content_Types].xml')!;
  for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) assert.ok(parts.has(m[1]!) || /\.(png|jpe?g|gif)$/.test(m[1]!), `override for missing ${m[1]}`);
  assert.match(parts.get('docProps/core.xml')!, /<dc:title>[^<]+<\/dc:title>/);
  assert.match(parts.get('docProps/core.xml')!, /<dc:language>en<\/dc:language>/);
});

test('pptx: the same input gives the same bytes', async () => {
  const bytes = readFileSync(ARTICLES['urban-heat']!);
  const a = await buildFromArticle(bytes, 'urban-heat.txt', { formats: ['pptx'] });
  const b = await buildFromArticle(bytes, 'urban-heat.txt', { formats: ['pptx'] });
  assert.ok(Buffer.from(a.pptx!).equals(Buffer.from(b.pptx!)));
});

test('quote slide: blockquote and cite in HTML, quotation and speaker in the PPTX body', async () => {
  const { html, pptx, deck } = await buildOf(ARTICLES['moon-speech']!);
  const i = deck.slides.findIndex((s) => s.layout === 'quote');
  assert.ok(i >= 0);
  const section = elements(parseDocument(html!), 'section')[i]!;
  assert.match(text(elements(section, 'blockquote')[0]!), /We choose to go to the Moon/);
  assert.is(text(elements(section, 'cite')[0]!), 'John F. Kennedy');
  const parts = await pptxParts(pptx!);
  const body = placeholderParagraphs(parts.get(`ppt/slides/slide${i + 1}.xml`)!, 'body');
  assert.match(body[0]!, /^We choose to go to the Moon/);
  assert.is(body[1], '— John F. Kennedy');
});

test('article text is escaped in the HTML and cleaned for XML in the PPTX', async () => {
  const article = 'Tags like <script>alert(1)</script> & "quotes" stay text here.\u0001 Another sentence follows it here. A third sentence ends the text.';
  const { html, pptx } = await buildFromArticle(Buffer.from(article), 'hostile.txt');
  assert.not.match(html!, /<script>alert/);
  assert.match(html!, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  const parts = await pptxParts(pptx!);
  for (const [name, xml] of parts) assert.not.match(xml, /\u0001/, name);
});

test.run();
