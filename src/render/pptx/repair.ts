import type { Package } from './package.js';

/**
 * Repairs of what pptxgenjs 4.0.1 gets wrong in the package it writes, so that the
 * package validates against the ECMA-376 schemas and opens without a repair prompt:
 * - `p:notesMasterIdLst` comes after `p:sldIdLst`; the schema wants it right after
 *   `p:sldMasterIdLst`;
 * - `[Content_Types].xml` declares parts it never writes: a slide master for every
 *   slide (`slideMaster2.xml`, `slideMaster3.xml`, …) where it writes one;
 * - `p:notesSz` is the slide size turned on its side (7.5 × 13.33 in for 16:9), while
 *   its notes master lays the page out on 7.5 × 10 in: printed notes pages came out
 *   a third taller than their content.
 * (Its empty folder entries in the zip are dropped when the package is read.)
 */

export function moveNotesMasterList(presentation: string): string {
  const m = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(presentation);
  if (!m) return presentation;
  const without = presentation.replace(m[0], '');
  return without.replace('</p:sldMasterIdLst>', `</p:sldMasterIdLst>${m[0]}`);
}

/** The notes page the notes master is drawn for: 7.5 × 10 inches, PowerPoint's own. */
export function fixNotesSize(presentation: string): string {
  return presentation.replace(/<p:notesSz cx="\d+" cy="\d+"\/>/, '<p:notesSz cx="6858000" cy="9144000"/>');
}

export function dropMissingOverrides(contentTypes: string, exists: (part: string) => boolean): string {
  return contentTypes.replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (whole, part: string) => (exists(part) ? whole : ''));
}

/** Apply every repair to a package read from pptxgenjs's output. */
export function repairPackage(pkg: Package): void {
  pkg.edit('ppt/presentation.xml', (xml) => fixNotesSize(moveNotesMasterList(xml)));
  pkg.edit('[Content_Types].xml', (xml) => dropMissingOverrides(xml, (part) => pkg.has(part)));
}
