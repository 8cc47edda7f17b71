import type { Deck } from '../../compose/deck.js';
import { geometry, type Geometry } from '../../compose/geometry.js';
import { deckMarkup, loadTemplates, type Templates } from '../markup.js';
import { applyColourScheme } from './colours.js';
import { imageBox, type ImageData } from './images.js';
import { LAYOUT_OF, LAYOUT_ORDER, layoutSpecs, type LayoutKey, type LayoutSpec } from './layouts.js';
import { layoutXml, masterXml, type LayoutEntry } from './masters.js';
import { fillNotes } from './notes.js';
import { Package, readRelationships, RelationshipList, relsPartOf, RELATIONSHIP_TYPES, withDefaultContentType } from './package.js';
import { PptxGenJS } from './pptxgen.js';
import { withSections } from './sections.js';
import { appProperties, coreProperties } from './properties.js';
import { repairPackage } from './repair.js';
import { readSlideMarkup, type Run, type SlideContent } from './slide-content.js';
import { CODE_FONT, slideXml, type SlidePicture } from './slide-xml.js';
import { escapeXml } from './xml-text.js';

/**
 * The PPTX renderer. pptxgenjs writes the package: its parts, relationships, content
 * types, theme (with the deck's fonts), notes master and notes slides. deckwright then
 * writes the parts that decide how the deck edits — the slide master and layouts from the
 * theme, each slide's shapes from the slide markup, the notes text, the colour scheme
 * and the document properties — because pptxgenjs copies every placeholder's position
 * and formatting onto each slide, where a deck made in PowerPoint inherits them.
 */

export interface PptxOptions {
  templates?: Templates;
  /** Fixed time for the package's timestamps, so equal input gives equal bytes. */
  timestamp?: Date;
  /** Told of what the PPTX leaves out, for the user. */
  warn?: (message: string) => void;
}

/** Image formats PowerPoint shows from a plain picture part; others would need a converted copy. */
const EMBEDDABLE: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif' };

function mimeOf(dataUri: string): string {
  return /^data:([^;,]+)/.exec(dataUri)?.[1] ?? '';
}

/** The package pptxgenjs writes: slides on the right layouts, with notes slides; shapes and styles come later. */
async function skeleton(deck: Deck, contents: readonly SlideContent[], specs: Record<LayoutKey, LayoutSpec>, g: Geometry): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  const name = `deckwright-${deck.size}`;
  pptx.defineLayout({ name, width: g.width / 72, height: g.height / 72 });
  pptx.layout = name;
  // pptxgenjs writes the font names into the theme part as they are given.
  pptx.theme = { headFontFace: escapeXml(deck.theme.fonts.heading.office), bodyFontFace: escapeXml(deck.theme.fonts.body.office) };
  // pptxgenjs writes its own first layout, which becomes Blank; the others are defined here.
  for (const key of LAYOUT_ORDER) if (key !== 'blank') pptx.defineSlideMaster({ title: specs[key].name });
  for (const content of contents) pptx.addSlide({ masterName: specs[LAYOUT_OF[content.layout]].name });
  // A Buffer: JSZip copies its parts into a plain Uint8Array byte by byte (~35 ms).
  return (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Uint8Array;
}

/** Which layout each layout part holds, by the name pptxgenjs gave it. */
function layoutParts(pkg: Package, specs: Record<LayoutKey, LayoutSpec>): Map<string, LayoutKey> {
  const byName = new Map<string, LayoutKey>(LAYOUT_ORDER.map((k) => [specs[k].name, k]));
  const parts = new Map<string, LayoutKey>();
  for (const part of pkg.names().filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))) {
    const name = /<p:cSld name="([^"]*)"/.exec(pkg.xml(part))?.[1] ?? '';
    parts.set(part, byName.get(name) ?? 'blank');
  }
  return parts;
}

/** The master's layout list in gallery order, from the ids and relationships pptxgenjs gave them. */
function layoutEntries(pkg: Package, parts: Map<string, LayoutKey>): LayoutEntry[] {
  const master = 'ppt/slideMasters/slideMaster1.xml';
  const rels = readRelationships(pkg.xml(relsPartOf(master)));
  const entries = [...pkg.xml(master).matchAll(/<p:sldLayoutId id="(\d+)" r:id="(rId\d+)"\/>/g)].map((m) => {
    const target = rels.find((r) => r.id === m[2])?.target ?? '';
    return { id: m[1]!, rId: m[2]!, key: parts.get(`ppt/slideLayouts/${target.split('/').pop()}`) ?? 'blank' };
  });
  return entries.sort((a, b) => LAYOUT_ORDER.indexOf(a.key) - LAYOUT_ORDER.indexOf(b.key));
}

function tableCells(content: SlideContent): Run[][] {
  return content.table ? [...content.table.header, ...content.table.rows.flat()] : [];
}

function runText(content: SlideContent): { title: string; words: number; paragraphs: number } {
  const groups = [[{ runs: content.title }], content.subtitle, content.byline, content.body, ...content.columns, content.figure?.caption ? [{ runs: content.figure.caption }] : [], tableCells(content).map((runs) => ({ runs }))];
  const paragraphs = groups.flat().map((p) => p.runs.map((r) => r.text).join(''));
  return {
    title: content.title.map((r) => r.text).join(''),
    words: paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0),
    paragraphs: paragraphs.filter(Boolean).length,
  };
}

/** Write the parts deckwright owns into the package pptxgenjs made. */
function writeParts(pkg: Package, deck: Deck, contents: readonly SlideContent[], images: Map<string, ImageData>, timestamp: Date, warn: (message: string) => void): void {
  const theme = deck.theme;
  const g = geometry(deck.size);
  const specs = layoutSpecs(theme, g);
  const lang = deck.lang;
  const footer = theme.footer || undefined;
  const parts = layoutParts(pkg, specs);
  for (const [part, key] of parts) pkg.set(part, layoutXml(specs[key], theme, g, footer, lang));
  pkg.set('ppt/slideMasters/slideMaster1.xml', masterXml(theme, g, layoutEntries(pkg, parts), footer, lang));
  pkg.edit('ppt/theme/theme1.xml', (xml) => applyColourScheme(xml, theme));
  if (deck.parts) pkg.edit('ppt/presentation.xml', (xml) => withSections(xml, deck.parts!, deck.title));

  const media = new Map<string, string>();
  let usesCode = false;
  contents.forEach((content, i) => {
    const part = `ppt/slides/slide${i + 1}.xml`;
    const rels = new RelationshipList(pkg.xml(relsPartOf(part)));
    let picture: SlidePicture | undefined;
    const found = content.figure ? images.get(content.figure.src) : undefined;
    const image = found?.raster ?? found;
    const extension = image ? EMBEDDABLE[mimeOf(image.dataUri)] : undefined;
    if (image && !extension) warn(`the PPTX leaves out the ${mimeOf(image.dataUri)} picture of slide ${i + 1}: PowerPoint shows PNG, JPEG, GIF and SVG pictures only (convert it to keep it)`);
    if (content.figure && image && extension) {
      let file = media.get(image.dataUri);
      if (!file) {
        file = `image${media.size + 1}.${extension}`;
        media.set(image.dataUri, file);
        pkg.set(`ppt/media/${file}`, Buffer.from(image.dataUri.slice(image.dataUri.indexOf(',') + 1), 'base64'));
        pkg.edit('[Content_Types].xml', (xml) => withDefaultContentType(xml, extension, mimeOf(image.dataUri)));
      }
      picture = { rId: rels.add(RELATIONSHIP_TYPES.image, `../media/${file}`), box: imageBox(image, g.picture), descr: content.figure.alt };
    }
    usesCode ||= [content.title, ...[content.subtitle, content.body, ...content.columns].flat().map((p) => p.runs), ...tableCells(content)].some((runs) => runs.some((r) => r.code));
    pkg.set(
      part,
      slideXml(content, {
        theme,
        layout: specs[LAYOUT_OF[content.layout]],
        lang,
        number: i + 1,
        ...(footer ? { footer } : {}),
        link: (url) => rels.add(RELATIONSHIP_TYPES.hyperlink, url, true),
        tableBox: g.body,
        ...(picture ? { picture } : {}),
      }),
    );
    pkg.set(relsPartOf(part), rels.xml());
    pkg.edit(`ppt/notesSlides/notesSlide${i + 1}.xml`, (xml) => fillNotes(xml, content.notes, lang));
  });

  const texts = contents.map(runText);
  pkg.set('docProps/core.xml', coreProperties(deck, timestamp));
  pkg.set(
    'docProps/app.xml',
    appProperties({
      slideTitles: texts.map((t) => t.title),
      fonts: [...new Set([theme.fonts.heading.office, theme.fonts.body.office, ...(usesCode ? [CODE_FONT] : [])])],
      themeName: theme.name,
      words: texts.reduce((n, t) => n + t.words, 0),
      paragraphs: texts.reduce((n, t) => n + t.paragraphs, 0),
      notes: contents.filter((c) => c.notes.length > 0).length,
      presentationFormat: `On-screen Show (${deck.size})`,
    }),
  );
}

/** The deck as a PPTX package (bytes), from the same slide markup as the HTML deck. */
export async function renderPptx(deck: Deck, images: Map<string, ImageData> = new Map(), options: PptxOptions = {}): Promise<Uint8Array> {
  const templates = options.templates ?? loadTemplates();
  const g = geometry(deck.size);
  const contents = deckMarkup(deck, templates).map(readSlideMarkup);
  const timestamp = options.timestamp ?? new Date(Date.UTC(2000, 0, 1));
  const pkg = Package.read(await skeleton(deck, contents, layoutSpecs(deck.theme, g), g));
  writeParts(pkg, deck, contents, images, timestamp, options.warn ?? (() => undefined));
  repairPackage(pkg);
  return pkg.write(timestamp);
}
