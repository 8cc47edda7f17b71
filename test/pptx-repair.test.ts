import JSZip from 'jszip';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadTheme } from '../src/theme/theme.js';
import { applyColourScheme, colour } from '../src/render/pptx/colours.js';
import { fillNotes } from '../src/render/pptx/notes.js';
import { Package, RelationshipList, relsPartOf, withDefaultContentType } from '../src/render/pptx/package.js';
import { PptxGenJS } from '../src/render/pptx/pptxgen.js';
import { dropMissingOverrides, fixNotesSize, moveNotesMasterList, repairPackage } from '../src/render/pptx/repair.js';

/** The repair step and the part-level helpers, each on its own. */

const PRESENTATION =
  '<p:presentation><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst>' +
  '<p:notesMasterIdLst><p:notesMasterId r:id="rId3"/></p:notesMasterIdLst><p:sldSz cx="12192000" cy="6858000"/></p:presentation>';

test('moveNotesMasterList puts p:notesMasterIdLst right after p:sldMasterIdLst, once', () => {
  const fixed = moveNotesMasterList(PRESENTATION);
  assert.is(
    fixed,
    '<p:presentation><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId3"/></p:notesMasterIdLst>' +
      '<p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/></p:presentation>',
  );
  assert.is(moveNotesMasterList(fixed), fixed, 'already in place');
  const none = '<p:presentation><p:sldMasterIdLst/></p:presentation>';
  assert.is(moveNotesMasterList(none), none);
});

test('fixNotesSize gives the notes page the size its notes master is drawn for', () => {
  assert.is(fixNotesSize('<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="12192000"/>'), '<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>');
});

test('dropMissingOverrides keeps overrides of parts that exist and every default', () => {
  const types =
    '<Types><Default Extension="png" ContentType="image/png"/><Override PartName="/ppt/slides/slide1.xml" ContentType="s"/>' +
    '<Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="m"/></Types>';
  assert.is(dropMissingOverrides(types, (p) => p === 'ppt/slides/slide1.xml'), '<Types><Default Extension="png" ContentType="image/png"/><Override PartName="/ppt/slides/slide1.xml" ContentType="s"/></Types>');
});

test('repairPackage fixes what pptxgenjs 4.0.1 writes: part order in presentation.xml, overrides for parts it never wrote', async () => {
  const pptx = new PptxGenJS();
  for (let i = 0; i < 3; i++) pptx.addSlide().addNotes(`notes ${i}`);
  const pkg = Package.read((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
  const missing = () => [...pkg.xml('[Content_Types].xml').matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]!).filter((p) => !pkg.has(p));
  const presentation = () => pkg.xml('ppt/presentation.xml');
  assert.equal(missing(), ['ppt/slideMasters/slideMaster2.xml', 'ppt/slideMasters/slideMaster3.xml'], 'what pptxgenjs 4.0.1 gets wrong (if this changes, revisit repair.ts)');
  assert.ok(presentation().indexOf('<p:notesMasterIdLst>') > presentation().indexOf('<p:sldIdLst>'));
  repairPackage(pkg);
  assert.equal(missing(), []);
  assert.ok(presentation().includes('</p:sldMasterIdLst><p:notesMasterIdLst>'));
  assert.ok(presentation().indexOf('<p:notesMasterIdLst>') < presentation().indexOf('<p:sldIdLst>'));
  assert.not.ok(pkg.names().some((n) => n.endsWith('/')), 'no folder entries');
});

test('Package writes the same bytes for the same parts and time, content types and package relationships first', async () => {
  const pkg = Package.read((await new PptxGenJS().write({ outputType: 'uint8array' })) as Uint8Array);
  const time = new Date(Date.UTC(2000, 0, 1));
  const [a, b] = [await pkg.write(time), await pkg.write(time)];
  assert.ok(Buffer.from(a).equals(Buffer.from(b)));
  assert.not.ok(Buffer.from(a).equals(Buffer.from(await pkg.write(new Date(Date.UTC(2001, 0, 1))))), 'entries carry the time given');
  const names = Object.keys((await JSZip.loadAsync(a)).files);
  assert.equal(names.slice(0, 3), ['[Content_Types].xml', '_rels/.rels', 'docProps/app.xml']);
  assert.equal(names.slice(2), [...names.slice(2)].sort());
});

test('RelationshipList gives fresh ids and one relationship per target', () => {
  const rels = new RelationshipList(
    '<Relationships><Relationship Id="rId1" Type="t/slideLayout" Target="../slideLayouts/slideLayout2.xml"/><Relationship Id="rId7" Type="t/notesSlide" Target="../notesSlides/notesSlide1.xml"/></Relationships>',
  );
  const a = rels.add('t/hyperlink', 'https://example.org/?a=1&b="2"', true);
  assert.is(a, 'rId8');
  assert.is(rels.add('t/hyperlink', 'https://example.org/?a=1&b="2"', true), a);
  assert.is(rels.add('t/image', '../media/image1.png'), 'rId9');
  assert.is(rels.target('rId8'), 'https://example.org/?a=1&b="2"');
  assert.match(rels.xml(), /<Relationship Id="rId8" Type="t\/hyperlink" Target="https:\/\/example\.org\/\?a=1&amp;b=&quot;2&quot;" TargetMode="External"\/>/);
  assert.is(new RelationshipList(rels.xml()).target('rId8'), 'https://example.org/?a=1&b="2"', 'reads back what it writes');
  assert.is(relsPartOf('ppt/slides/slide12.xml'), 'ppt/slides/_rels/slide12.xml.rels');
});

test('withDefaultContentType adds a default once', () => {
  const types = '<Types xmlns="x"><Default Extension="png" ContentType="image/png"/></Types>';
  assert.is(withDefaultContentType(types, 'png', 'image/png'), types);
  assert.is(withDefaultContentType(types, 'gif', 'image/gif'), '<Types xmlns="x"><Default Extension="gif" ContentType="image/gif"/><Default Extension="png" ContentType="image/png"/></Types>');
});

test('fillNotes: one paragraph per line in the notes placeholder, escaped, in the deck language', () => {
  const notesSlide =
    '<p:notes><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t></a:t></a:r></a:p></p:txBody></p:sp>' +
    '<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="10"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:fld type="slidenum"><a:rPr lang="en-US"/><a:t>1</a:t></a:fld></a:p></p:txBody></p:sp></p:notes>';
  const filled = fillNotes(notesSlide, ['One & two', 'Three <four>'], 'de');
  assert.match(filled, /<a:p><a:r><a:rPr lang="de"\/><a:t>One &amp; two<\/a:t><\/a:r><a:endParaRPr lang="de"\/><\/a:p><a:p><a:r><a:rPr lang="de"\/><a:t>Three &lt;four&gt;<\/a:t>/);
  assert.not.match(filled, /en-US/);
  assert.match(fillNotes(notesSlide, [], 'en'), /<p:txBody><a:bodyPr\/><a:lstStyle\/><a:p><a:endParaRPr lang="en"\/><\/a:p><\/p:txBody>/);
  assert.throws(() => fillNotes('<p:notes/>', ['x'], 'en'), /no notes placeholder/);
});

test('theme colours become the colour scheme; styles name scheme colours when the scheme has them', () => {
  const theme = loadTheme();
  assert.is(colour(theme, theme.colors.accent), '<a:schemeClr val="accent1"/>');
  assert.is(colour(theme, theme.colors.text.toLowerCase()), '<a:schemeClr val="tx1"/>');
  assert.is(colour(theme, '#123456'), '<a:srgbClr val="123456"/>');
  const themeXml = '<a:theme xmlns:a="x" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1/></a:clrScheme><a:fontScheme name="Office"/></a:themeElements></a:theme>';
  const out = applyColourScheme(themeXml, { ...theme, name: 'a & b' });
  assert.match(out, /^<a:theme xmlns:a="x" name="a &amp; b"><a:themeElements><a:clrScheme name="a &amp; b"><a:dk1><a:srgbClr val="1F2933"\/><\/a:dk1>/);
  assert.match(out, /<a:fontScheme name="a &amp; b"\/>/);
  assert.match(out, /<a:hlink><a:srgbClr val="0B5CAD"\/><\/a:hlink><a:folHlink><a:srgbClr val="0B5CAD"\/><\/a:folHlink><\/a:clrScheme>/);
});

test.run();
