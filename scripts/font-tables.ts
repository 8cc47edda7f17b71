/**
 * Part of the build: the advance-width tables of the built-in themes' fonts, written to
 * dist/font-tables/ where the compiled measuring code looks for them (see
 * src/compose/font-tables.ts). Without them deckwright still works, only slower to start.
 *
 *   node --import tsx scripts/font-tables.ts
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontFiles } from '../src/compose/measure.js';
import { buildFaceTables, packageId } from '../src/compose/font-tables.js';
import { loadTheme, THEMES_DIR, type FontSpec } from '../src/theme/theme.js';

const out = join(import.meta.dirname, '..', 'dist', 'font-tables');
mkdirSync(out, { recursive: true });
const specs = new Map<string, FontSpec>();
for (const file of readdirSync(THEMES_DIR).filter((f) => /\.(json|ya?ml)$/.test(f))) {
  const theme = loadTheme(join(THEMES_DIR, file));
  for (const spec of [theme.fonts.heading, theme.fonts.body]) specs.set(spec.package, spec);
}
for (const spec of specs.values()) {
  const tables = buildFaceTables(spec, fontFiles(spec).dir);
  writeFileSync(join(out, `${packageId(spec)}.json`), JSON.stringify(tables));
}
console.log(`font tables for ${[...specs.keys()].join(', ')} in dist/font-tables`);
