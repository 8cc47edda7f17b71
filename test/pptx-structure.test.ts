import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Point } from '../src/outline/outline.js';
import { LAYOUTS, type Slide } from '../src/compose/deck.js';
import { readFileSync } from 'node:fs';
import { buildFromArticle } from '../src/build.js';
import { SEED } from './helpers/fixtures.js';
import { all, allDecks, buildFormatting, buildTides, children, first, paragraphs, Pptx, shapes, shown, textOf } from './helpers/pptx.js';

/**
 * The package of every test deck, read back part by part: slides hold their text in the
 * layout's placeholders and inherit everything else, notes are one paragraph a line, the
 * layouts are PowerPoint's, and the package is whole.
 */

const decks = await allDecks();
const opened = await Promise.all(decks.map(async (d) => ({ ...d, pptx: await Pptx.open(d.result.pptx!) })));

function pointParagraphs(points: readonly Point[]): { level: number; text: string }[] {
  return points.flatMap((p) => [{ level: 0, text: shown(p.text) }, ...(p.points ?? []).map((s) => ({ level: 1, text: shown(s.text) }))]);
}

/** What each placeholder of a slide should hold, by placeholder type and idx. */
function expected(slide: Slide): Map<string, { level: number; text: string }[]> {
  const m = new Map<string, { level: number; text: string }[]>();
  const titleType = slide.layout === 'title' || slide.layout === 'closing' ? 'ctrTitle' : 'title';
  m.set(`${titleType}/0`, [{ level: 0, text: shown(slide.title) }]);
  switch (slide.layout) {
    case 'title':
      if (slide.subtitle) m.set('subTitle/1', [{ level: 0, text: shown(slide.subtitle) }]);
      if (slide.byline) m.set('body/13', [{ level: 0, text: slide.byline }]);
      break;
    case 'closing':
      if (slide.subtitle) m.set('subTitle/1', [{ level: 0, text: shown(slide.subtitle) }]);
      break;
    case 'section':
      if (slide.subtitle) m.set('body/1', [{ level: 0, text: shown(slide.subtitle) }]);
      break;
    case 'agenda':
      m.set('obj/1', slide.items.map((t) => ({ level: 0, text: shown(t) })));
      break;
    case 'bullets':
    case 'takeaways':
      m.set('obj/1', pointParagraphs(slide.points));
      break;
    case 'two-column':
      m.set('obj/1', pointParagraphs(slide.left));
      m.set('obj/2', pointParagraphs(slide.right));
      break;
    case 'quote':
      m.set('body/1', [{ level: 0, text: shown(slide.text) }, ...(slide.by ? [{ level: 1, text: `— ${slide.by}` }] : [])]);
      break;
    case 'image':
      if (slide.caption) m.set('body/2', [{ level: 0, text: shown(slide.caption) }]);
      break;
  }
  return m;
}

for (const { name, result, pptx } of opened) {
  const deck = result.deck;

  test(`${name}: every slide's text sits in its layout's placeholders, and nothing else does`, () => {
    const slides = pptx.slides();
    assert.is(slides.length, deck.slides.length);
    deck.slides.forEach((slide, i) => {
      const doc = pptx.xml(slides[i]!);
      const want = expected(slide);
      const got = new Map<string, { level: number; text: string }[]>();
      for (const s of shapes(doc)) {
        const body = first(s.el, 'p:txBody');
        if (!s.ph) {
          assert.ok(!body || !textOf(body).trim(), `slide ${i + 1}: text outside any placeholder`);
          continue;
        }
        if (s.ph.type === 'sldNum' || s.ph.type === 'ftr' || s.ph.type === 'pic') continue;
        got.set(`${s.ph.type}/${s.ph.idx}`, paragraphs(s.el).map(({ level, text }) => ({ level, text })));
      }
      assert.equal(Object.fromEntries(got), Object.fromEntries(want), `slide ${i + 1} (${slide.layout})`);
    });
  });

  test(`${name}: slide placeholders match one layout placeholder each by type and idx, and inherit its place and styles`, () => {
    for (const part of pptx.slides()) {
      const layout = shapes(pptx.xml(pptx.related(part, 'slideLayout')));
      for (const s of shapes(pptx.xml(part))) {
        assert.ok(s.ph, `${part}: a shape that is no placeholder`);
        const matches = layout.filter((l) => l.ph && l.ph.type === s.ph!.type && l.ph.idx === s.ph!.idx);
        assert.is(matches.length, 1, `${part}: ${s.ph!.type}/${s.ph!.idx} in the layout`);
        if (s.kind === 'p:pic') continue;
        assert.is(children(first(s.el, 'p:spPr')!).length, 0, `${part}: a placeholder with its own geometry`);
        const bodyPr = first(s.el, 'a:bodyPr')!;
        assert.equal([Object.keys(bodyPr.attribs), children(bodyPr).length], [[], 0], `${part}: a placeholder with its own body properties`);
        assert.is(children(first(s.el, 'a:lstStyle')!).length, 0, `${part}: a placeholder with its own list style`);
      }
    }
  });

  test(`${name}: paragraphs carry their level and runs their formatting; sizes only where fitting changed them`, () => {
    pptx.slides().forEach((part, i) => {
      const slide = deck.slides[i]!;
      const fitted = slide.titleSize !== undefined || slide.bodySize !== undefined;
      const doc = pptx.xml(part);
      for (const pPr of all(doc, 'a:pPr')) {
        const kids = children(pPr).map((c) => c.name);
        if (!fitted) {
          // Numbered items hang wider than bullets (room for "14."), so the agenda's paragraphs carry their indent.
          const own = slide.layout === 'agenda' ? ['lvl', 'marL', 'indent'] : ['lvl'];
          assert.equal(Object.keys(pPr.attribs).filter((k) => !own.includes(k)), [], `${part}: paragraph properties ${JSON.stringify(pPr.attribs)}`);
          assert.ok(kids.every((k) => k === 'a:buFont' || k === 'a:buAutoNum'), `${part}: paragraph properties ${kids.join(', ')}`);
        }
        if (kids.includes('a:buAutoNum')) assert.is(slide.layout, 'agenda', `${part}: numbers outside the agenda`);
      }
      // A table's cells inherit no placeholder's style: their runs name their colour.
      const inTable = new Set(all(doc, 'a:tbl').flatMap((t) => all(t, 'a:rPr')));
      for (const rPr of all(doc, 'a:rPr')) {
        assert.is(rPr.attribs.lang, deck.lang, `${part}: run language`);
        const code = first(rPr, 'a:latin') !== undefined;
        if (!fitted && !code) assert.is(rPr.attribs.sz, undefined, `${part}: a run with its own size`);
        for (const k of Object.keys(rPr.attribs)) assert.ok(['lang', 'sz', 'b', 'i'].includes(k), `${part}: run attribute ${k}`);
        for (const c of children(rPr)) assert.ok(['a:latin', 'a:cs', 'a:hlinkClick'].includes(c.name) || (inTable.has(rPr) && c.name === 'a:solidFill'), `${part}: run property ${c.name}`);
      }
      for (const end of all(doc, 'a:endParaRPr')) assert.is(end.attribs.lang, deck.lang);
      if (slide.layout === 'agenda') assert.is(all(doc, 'a:buAutoNum').length, slide.items.length);
    });
  });

  test(`${name}: speaker notes in the notes placeholder, one paragraph a line, in the deck's language`, () => {
    pptx.slides().forEach((part, i) => {
      const notes = pptx.related(part, 'notesSlide');
      const doc = pptx.xml(notes);
      const body = shapes(doc).find((s) => s.ph?.type === 'body');
      assert.ok(body, `${notes}: no notes placeholder`);
      assert.equal(
        paragraphs(body!.el).map((p) => p.text),
        deck.slides[i]!.notes.map(shown),
        `${notes}`,
      );
      for (const r of all(doc, 'a:rPr')) assert.is(r.attribs.lang, deck.lang);
    });
  });

  test(`${name}: slide numbers are fields in the slide-number placeholder, except on cover slides`, () => {
    pptx.slides().forEach((part, i) => {
      const numbers = shapes(pptx.xml(part)).filter((s) => s.ph?.type === 'sldNum');
      const cover = ['title', 'closing'].includes(deck.slides[i]!.layout);
      assert.is(numbers.length, cover ? 0 : 1, part);
      if (!cover) {
        const field = first(numbers[0]!.el, 'a:fld')!;
        assert.is(field.attribs.type, 'slidenum');
        assert.is(textOf(field), String(i + 1));
      }
    });
  });

  test(`${name}: the package is whole: overrides name parts, parts have types, relationships resolve`, () => {
    const types = pptx.xml('[Content_Types].xml');
    const overrides = all(types, 'Override').map((o) => o.attribs.PartName!.slice(1));
    const defaults = new Set(all(types, 'Default').map((d) => d.attribs.Extension!.toLowerCase()));
    for (const o of overrides) assert.ok(pptx.has(o), `override for missing ${o}`);
    for (const name of [...pptx.parts.keys(), ...pptx.media.keys()]) {
      if (name === '[Content_Types].xml') continue;
      assert.ok(overrides.includes(name) || defaults.has(name.split('.').pop()!.toLowerCase()), `${name} has no content type`);
    }
    for (const name of pptx.parts.keys()) {
      if (!name.endsWith('.rels')) continue;
      const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1').replace(/^_rels\/\.rels$/, '');
      const rels = source ? pptx.rels(source) : [];
      assert.is(new Set(rels.map((r) => r.id)).size, rels.length, `${name}: duplicate ids`);
      for (const r of rels) if (!r.external) assert.ok(pptx.has(r.target), `${name}: ${r.id} points to missing ${r.target}`);
    }
    const presentation = pptx.text('ppt/presentation.xml');
    assert.ok(presentation.indexOf('</p:sldMasterIdLst><p:notesMasterIdLst>') > 0, 'notesMasterIdLst right after sldMasterIdLst');
  });

  test(`${name}: document properties: title, subject, author, keywords, language; counts and slide titles`, () => {
    const core = pptx.xml('docProps/core.xml');
    const field = (tag: string) => (first(core, tag) ? textOf(first(core, tag)!) : undefined);
    assert.is(field('dc:title'), deck.title);
    assert.is(field('dc:subject'), deck.subtitle);
    assert.is(field('dc:creator'), deck.author);
    assert.is(field('cp:keywords'), deck.keywords.join('; ') || undefined);
    assert.is(field('dc:language'), deck.lang);
    assert.is(field('dcterms:created'), '2000-01-01T00:00:00Z');
    const app = pptx.xml('docProps/app.xml');
    const value = (tag: string) => textOf(first(app, tag)!);
    assert.is(value('Slides'), String(deck.slides.length));
    assert.is(value('Notes'), String(deck.slides.filter((s) => s.notes.length).length));
    const titles = all(first(app, 'TitlesOfParts')!, 'vt:lpstr').map(textOf);
    assert.equal(titles.slice(-deck.slides.length), deck.slides.map((s) => shown(s.title)));
    assert.is(titles[titles.length - deck.slides.length - 1], deck.theme.name);
    const counts = all(first(app, 'HeadingPairs')!, 'vt:i4').map((n) => Number(textOf(n)));
    assert.is(
      counts.reduce((a, b) => a + b, 0),
      titles.length,
    );
    assert.is(first(app, 'vt:vector')!.attribs.size, '6');
    assert.ok(Number(value('Words')) > 0);
  });
}

const seed = opened[0]!;

test('the notes page is the size its notes master is drawn for, in every deck', () => {
  for (const d of opened) {
    const size = first(d.pptx.xml('ppt/presentation.xml'), 'p:notesSz')!.attribs;
    assert.equal([size.cx, size.cy], ['6858000', '9144000'], d.name);
    // The notes master's lowest placeholder ends on the page's bottom edge.
    const bottoms = all(d.pptx.xml('ppt/notesMasters/notesMaster1.xml'), 'a:xfrm').map((x) => Number(first(x, 'a:off')!.attribs.y) + Number(first(x, 'a:ext')!.attribs.cy));
    assert.is(Math.max(...bottoms), 9144000, d.name);
  }
});

test('a deck with an agenda groups its slides into PowerPoint sections, one a part of the talk', () => {
  const bees = opened.find((d) => d.name === 'city-bees')!;
  const presentation = bees.pptx.xml('ppt/presentation.xml');
  const slideIds = all(first(presentation, 'p:sldIdLst')!, 'p:sldId').map((n) => n.attribs.id);
  const sections = all(presentation, 'p14:section');
  assert.equal(sections.map((n) => n.attribs.name), ['Overview', 'Fair share of worries', 'Why cities suit bees', 'Worries', 'Getting started', 'Key takeaways']);
  // Every slide in one section, in order; the sub-sections' slides sit in their part.
  assert.equal(sections.flatMap((n) => all(n, 'p14:sldId').map((id) => id.attribs.id)), slideIds);
  assert.is(all(sections[2]!, 'p14:sldId').length, 3);
});

test('the test decks use every kind of slide, so every layout is read back above', () => {
  const used = new Set(opened.flatMap((d) => d.result.deck.slides.map((s) => s.layout)));
  assert.equal([...LAYOUTS].filter((l) => !used.has(l)), []);
});

test('layouts are named as PowerPoint names them, listed in its order, each with footer and slide-number placeholders', () => {
  const { pptx } = seed;
  const master = 'ppt/slideMasters/slideMaster1.xml';
  const rels = pptx.rels(master);
  const listed = all(pptx.xml(master), 'p:sldLayoutId').map((l) => rels.find((r) => r.id === l.attribs['r:id'])!.target);
  const names = listed.map((part) => first(pptx.xml(part), 'p:cSld')!.attribs.name);
  assert.equal(names, ['Title Slide', 'Title and Content', 'Section Header', 'Two Content', 'Title Only', 'Blank', 'Quote', 'Picture with Caption']);
  const kinds = (part: string) => shapes(pptx.xml(part)).flatMap((s) => (s.ph ? [`${s.ph.type}/${s.ph.idx}`] : []));
  const byName = new Map(listed.map((part, i) => [names[i]!, kinds(part)]));
  assert.equal(byName.get('Title Slide'), ['ctrTitle/0', 'subTitle/1', 'body/13', 'ftr/11', 'sldNum/12']);
  assert.equal(byName.get('Title and Content'), ['title/0', 'obj/1', 'ftr/11', 'sldNum/12']);
  assert.equal(byName.get('Two Content'), ['title/0', 'obj/1', 'obj/2', 'ftr/11', 'sldNum/12']);
  assert.equal(byName.get('Section Header'), ['title/0', 'body/1', 'ftr/11', 'sldNum/12']);
  assert.equal(byName.get('Title Only'), ['title/0', 'ftr/11', 'sldNum/12']);
  assert.equal(byName.get('Blank'), ['ftr/11', 'sldNum/12']);
  assert.equal(byName.get('Picture with Caption'), ['title/0', 'pic/1', 'body/2', 'ftr/11', 'sldNum/12']);
  const types = listed.map((part) => first(pptx.xml(part), 'p:sldLayout')!.attribs.type);
  assert.equal(types, ['title', 'obj', 'secHead', 'twoObj', 'titleOnly', 'blank', undefined, 'picTx']);
});

test('the master holds the text styles: accent bullets, muted dashes, exact spacing, theme fonts and colours', () => {
  const { pptx, result } = seed;
  const theme = result.deck.theme;
  const doc = pptx.xml('ppt/slideMasters/slideMaster1.xml');
  const body = first(doc, 'p:bodyStyle')!;
  const [l1, l2] = [first(body, 'a:lvl1pPr')!, first(body, 'a:lvl2pPr')!];
  assert.is(first(l1, 'a:buChar')!.attribs.char, '•');
  assert.is(first(first(l1, 'a:buClr')!, 'a:schemeClr')!.attribs.val, 'accent1');
  assert.is(first(l2, 'a:buChar')!.attribs.char, '–');
  assert.is(first(first(l2, 'a:buClr')!, 'a:schemeClr')!.attribs.val, 'accent2');
  assert.is(first(l1, 'a:defRPr')!.attribs.sz, String(theme.sizes.body * 100));
  assert.is(first(l2, 'a:defRPr')!.attribs.sz, String(theme.sizes.subBody * 100));
  assert.is(first(first(l1, 'a:lnSpc')!, 'a:spcPts')!.attribs.val, String(Math.round(theme.sizes.body * theme.lineHeight * 100)));
  assert.is(first(first(l1, 'a:spcBef')!, 'a:spcPts')!.attribs.val, String(theme.sizes.body * 50));
  assert.is(first(first(l1, 'a:defRPr')!, 'a:latin')!.attribs.typeface, '+mn-lt');
  assert.is(all(body, 'a:buChar').length, 9, 'nine levels, as PowerPoint defines');
  const title = first(first(doc, 'p:titleStyle')!, 'a:defRPr')!;
  assert.equal([title.attribs.sz, title.attribs.b, first(title, 'a:latin')!.attribs.typeface], [String(theme.sizes.heading * 100), '1', '+mj-lt']);
  const scheme = pptx.xml('ppt/theme/theme1.xml');
  const slot = (name: string) => first(first(scheme, name)!, 'a:srgbClr')!.attribs.val;
  assert.equal([slot('a:dk1'), slot('a:lt1'), slot('a:dk2'), slot('a:accent1'), slot('a:hlink')], [theme.colors.text, theme.colors.background, theme.colors.heading, theme.colors.accent, theme.colors.link].map((c) => c.slice(1).toUpperCase()));
  assert.is(first(first(scheme, 'a:majorFont')!, 'a:latin')!.attribs.typeface, theme.fonts.heading.office);
  assert.is(first(scheme, 'a:theme')!.attribs.name, theme.name);
});

test('the same input gives the same bytes, with every zip entry dated at the fixed time', async () => {
  const again = [await buildFromArticle(readFileSync(SEED), 'putin-xi-state-visit.txt'), await buildFormatting({ formats: ['pptx'] }), await buildTides({ formats: ['pptx'] })];
  const same = [opened[0]!, opened.find((d) => d.name === 'formatting')!, opened.find((d) => d.name === 'tides')!];
  same.forEach((d, i) => assert.ok(Buffer.from(again[i]!.pptx!).equals(Buffer.from(d.result.pptx!)), `${d.name} rebuilt differs`));
  for (const { name, pptx } of opened) for (const d of pptx.dates) assert.is(d.getTime(), Date.UTC(2000, 0, 1), `${name}: zip entry date`);
  const later = await buildFormatting({ formats: ['pptx'], timestamp: new Date(Date.UTC(2024, 4, 1)) });
  assert.not.ok(Buffer.from(later.pptx!).equals(Buffer.from(again[1]!.pptx!)), 'the timestamp option is used');
});

test.run();
