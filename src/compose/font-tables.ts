import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Fontkit from 'fontkit';
import type { FontSpec } from '../theme/theme.js';

/**
 * Advance widths read from the font files once, when deckwright is built, and kept as
 * JSON beside the compiled code (dist/font-tables/). Opening a font with fontkit means
 * inflating its WOFF tables, which took longer than the rest of a build; a table answers
 * at once. Fonts without a table (a theme's own) are opened with fontkit as before.
 */

export interface FaceTable {
  unitsPerEm: number;
  /** Advance in font units by code point, for every character of the Latin subsets. */
  advances: Record<string, number>;
}

/** A face: weight and style as Fontsource names its files ("400-normal", "700-italic"). */
export type FaceName = `${400 | 700}-${'normal' | 'italic'}`;

export const FACES: readonly FaceName[] = ['400-normal', '700-normal', '400-italic', '700-italic'];

/** The subsets a table covers; other scripts are rare enough to open the font for. */
export const TABLE_SUBSETS = ['latin', 'latin-ext'];

const here = dirname(fileURLToPath(import.meta.url));
export const TABLES_DIR = join(here, '..', 'font-tables');

const require = createRequire(import.meta.url);
let fontkitModule: typeof Fontkit | undefined;

/** fontkit, loaded the first time a font has to be opened. */
export function fontkit(): typeof Fontkit {
  fontkitModule ??= require('fontkit') as typeof Fontkit;
  return fontkitModule;
}

export function packageId(spec: FontSpec): string {
  return spec.package.replace(/^@fontsource\//, '').replace(/[^a-z0-9-]/gi, '-');
}

const loaded = new Map<string, Record<string, FaceTable> | null>();

/** The table of one face of a font, if deckwright's build made one. */
export function faceTable(spec: FontSpec, face: FaceName): FaceTable | undefined {
  const id = packageId(spec);
  if (!loaded.has(id)) {
    const file = join(TABLES_DIR, `${id}.json`);
    loaded.set(id, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, FaceTable>) : null);
  }
  return loaded.get(id)?.[face];
}

/** fontkit's horizontal metrics table, which it has but does not declare. */
interface WithHmtx {
  hmtx?: { metrics: { get(id: number): { advance: number } | undefined } };
}

/**
 * A glyph's advance in font units. fontkit works it out from the glyph's outline, which
 * fails for some empty glyphs (the no-break space of the Fontsource files); the metrics
 * table holds the same number.
 */
export function glyphAdvance(font: Fontkit.Font, cp: number): number {
  const glyph = font.glyphForCodePoint(cp);
  try {
    return glyph.advanceWidth;
  } catch {
    return (font as unknown as WithHmtx).hmtx?.metrics.get(glyph.id)?.advance ?? font.unitsPerEm / 4;
  }
}

/** Build the tables of a font's faces from its Fontsource files (at build time). */
export function buildFaceTables(spec: FontSpec, filesDir: string): Record<string, FaceTable> {
  const id = spec.package.replace(/^@fontsource\//, '');
  const out: Record<string, FaceTable> = {};
  for (const face of FACES) {
    const advances: Record<string, number> = {};
    let unitsPerEm = 0;
    for (const subset of TABLE_SUBSETS) {
      const file = join(filesDir, `${id}-${subset}-${face}.woff`);
      if (!existsSync(file)) continue;
      const font = fontkit().openSync(file) as Fontkit.Font;
      unitsPerEm = font.unitsPerEm;
      for (const cp of font.characterSet) if (!(cp in advances)) advances[cp] = glyphAdvance(font, cp);
    }
    if (unitsPerEm) out[face] = { unitsPerEm, advances };
  }
  return out;
}
