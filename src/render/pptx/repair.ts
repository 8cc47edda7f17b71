import JSZip from 'jszip';
import type { Deck } from '../../compose/deck.js';
import { escapeXml } from './xml-text.js';

/**
 * Post-processing of the package pptxgenjs writes, so that it validates against the
 * ECMA-376 schemas, opens without a repair prompt, and is byte-for-byte reproducible:
 * - `p:notesMasterIdLst` moved to where the schema wants it (after `p:sldMasterIdLst`);
 * - content-type overrides for parts that were never written, and empty folders, dropped;
 * - speaker notes split into one paragraph per line;
 * - the unused "DEFAULT" layout named "Blank", as PowerPoint names an empty layout;
 * - document properties (title, subject, author, keywords, language) written afresh with
 *   a fixed time, and every zip entry dated the same.
 */

export interface RepairOptions {
  deck: Deck;
  timestamp: Date;
}

export function moveNotesMasterList(presentation: string): string {
  const m = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(presentation);
  if (!m) return presentation;
  const without = presentation.replace(m[0], '');
  return without.replace('</p:sldMasterIdLst>', `</p:sldMasterIdLst>${m[0]}`);
}

export function dropMissingOverrides(contentTypes: string, exists: (part: string) => boolean): string {
  return contentTypes.replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (whole, part: string) => (exists(part) ? whole : ''));
}

/** One `a:p` per line of the notes text, in the notes placeholder of a notes slide. */
export function splitNotesParagraphs(notesSlide: string): string {
  return notesSlide.replace(
    /<a:p><a:r><a:rPr([^>]*)\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr([^>]*)\/><\/a:p>/,
    (_, rPr: string, text: string, end: string) =>
      text
        .split(/\r?\n/)
        .map((line) => (line ? `<a:p><a:r><a:rPr${rPr}/><a:t>${line}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr${end}/></a:p>`))
        .join(''),
  );
}

function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function coreProperties(deck: Deck, timestamp: Date): string {
  const t = iso(timestamp);
  const field = (tag: string, value: string | undefined) => (value ? `<${tag}>${escapeXml(value)}</${tag}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    field('dc:title', deck.title) +
    field('dc:subject', deck.subtitle) +
    field('dc:creator', deck.author) +
    field('cp:keywords', deck.keywords.join('; ')) +
    field('dc:language', deck.lang) +
    '<cp:lastModifiedBy>deckwright</cp:lastModifiedBy>' +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${t}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${t}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appProperties(app: string): string {
  return app
    .replace(/<Application>[^<]*<\/Application>/, '<Application>deckwright</Application>')
    .replace(/<Company>[^<]*<\/Company>/, '<Company></Company>');
}

export async function repairPackage(bytes: Uint8Array, options: RepairOptions): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string | Uint8Array>();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
  for (const name of names) {
    const entry = zip.files[name]!;
    files.set(name, /\.(xml|rels)$/.test(name) ? await entry.async('string') : await entry.async('uint8array'));
  }
  const edit = (name: string, fn: (xml: string) => string) => {
    const xml = files.get(name);
    if (typeof xml === 'string') files.set(name, fn(xml));
  };
  edit('ppt/presentation.xml', moveNotesMasterList);
  edit('[Content_Types].xml', (xml) => dropMissingOverrides(xml, (part) => files.has(part)));
  for (const name of files.keys()) if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) edit(name, splitNotesParagraphs);
  edit('ppt/slideLayouts/slideLayout1.xml', (xml) => xml.replace('<p:cSld name="DEFAULT">', '<p:cSld name="Blank">'));
  files.set('docProps/core.xml', coreProperties(options.deck, options.timestamp));
  edit('docProps/app.xml', appProperties);

  const out = new JSZip();
  const order = ['[Content_Types].xml', '_rels/.rels', ...[...files.keys()].filter((n) => n !== '[Content_Types].xml' && n !== '_rels/.rels')];
  for (const name of order) {
    const data = files.get(name);
    if (data !== undefined) out.file(name, data, { date: options.timestamp, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
