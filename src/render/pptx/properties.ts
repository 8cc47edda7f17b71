import type { Deck } from '../../compose/deck.js';
import { el, text, type Attrs } from './xml.js';

/**
 * Document properties: `docProps/core.xml` (title, subject, author, keywords, language,
 * fixed dates) and `docProps/app.xml` (counts, fonts, theme and slide titles, as File >
 * Info and the Outline pane list them).
 */

function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function coreProperties(deck: Deck, timestamp: Date): string {
  const t = iso(timestamp);
  const field = (tag: string, value: string | undefined, attrs: Attrs = {}) => (value ? el(tag, attrs, text(value)) : undefined);
  return (
    DECLARATION +
    el(
      'cp:coreProperties',
      {
        'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:dcterms': 'http://purl.org/dc/terms/',
        'xmlns:dcmitype': 'http://purl.org/dc/dcmitype/',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      },
      field('dc:title', deck.title),
      field('dc:subject', deck.subtitle),
      field('dc:creator', deck.author),
      field('cp:keywords', deck.keywords.join('; ')),
      field('dc:language', deck.lang),
      field('cp:lastModifiedBy', 'deckwright'),
      field('cp:revision', '1'),
      field('dcterms:created', t, { 'xsi:type': 'dcterms:W3CDTF' }),
      field('dcterms:modified', t, { 'xsi:type': 'dcterms:W3CDTF' }),
    )
  );
}

export interface AppSummary {
  slideTitles: string[];
  /** Fonts the deck names, in the order Office lists them. */
  fonts: string[];
  themeName: string;
  words: number;
  paragraphs: number;
  notes: number;
  presentationFormat: string;
}

export function appProperties(app: AppSummary): string {
  const pair = (name: string, count: number) => [el('vt:variant', {}, el('vt:lpstr', {}, text(name))), el('vt:variant', {}, el('vt:i4', {}, text(String(count))))];
  const titles = [...app.fonts, app.themeName, ...app.slideTitles];
  const value = (tag: string, v: string | number) => el(tag, {}, text(String(v)));
  return (
    DECLARATION +
    el(
      'Properties',
      { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'xmlns:vt': 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes' },
      value('TotalTime', 0),
      value('Words', app.words),
      value('Application', 'deckwright'),
      value('PresentationFormat', app.presentationFormat),
      value('Paragraphs', app.paragraphs),
      value('Slides', app.slideTitles.length),
      value('Notes', app.notes),
      value('HiddenSlides', 0),
      value('MMClips', 0),
      value('ScaleCrop', 'false'),
      el('HeadingPairs', {}, el('vt:vector', { size: 6, baseType: 'variant' }, ...pair('Fonts Used', app.fonts.length), ...pair('Theme', 1), ...pair('Slide Titles', app.slideTitles.length))),
      el('TitlesOfParts', {}, el('vt:vector', { size: titles.length, baseType: 'lpstr' }, ...titles.map((t) => el('vt:lpstr', {}, text(t))))),
      value('LinksUpToDate', 'false'),
      value('SharedDoc', 'false'),
      value('HyperlinksChanged', 'false'),
    )
  );
}
