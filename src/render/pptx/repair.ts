import type { Package } from './package.js';

/**
 * Repairs of what pptxgenjs 4.0.1 gets wrong in the package it writes, so that the
 * package validates against the ECMA-376 schemas and opens without a repair prompt:
 * - `p:notesMasterIdLst` comes after `p:sldIdLst`; the schema wants it right after
 *   `p:sldMasterIdLst`;
 * - `[Content_Types].xml` declares parts it never writes: a slide master for every
 *   slide (`slideMaster2.xml`, `slideMaster3.xml`, …) where it writes one.
 * (Its empty folder entries in the zip are dropped when the package is read.)
 */

export function moveNotesMasterList(presentation: string): string {
  const m = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(presentation);
  if (!m) return presentation;
  const without = presentation.replace(m[0], '');
  return without.replace('</p:sldMasterIdLst>', `</p:sldMasterIdLst>${m[0]}`);
}

export function dropMissingOverrides(contentTypes: string, exists: (part: string) => boolean): string {
  return contentTypes.replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (whole, part: string) => (exists(part) ? whole : ''));
}

/** Apply every repair to a package read from pptxgenjs's output. */
export function repairPackage(pkg: Package): void {
  pkg.edit('ppt/presentation.xml', moveNotesMasterList);
  pkg.edit('[Content_Types].xml', (xml) => dropMissingOverrides(xml, (part) => pkg.has(part)));
}
