/**
 * Part of the build: the built-in templates compiled to JavaScript, written to
 * dist/precompiled-templates.cjs and keyed by their text (see src/render/markup.ts).
 * Compiling them took ~30 ms of every build; a template whose text differs (edited, or
 * a user's own) is still compiled when loaded.
 *
 *   node --import tsx scripts/precompile-templates.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, TEMPLATES_DIR } from '../src/render/markup.js';

const out = join(import.meta.dirname, '..', 'dist', 'precompiled-templates.cjs');

const files = [...readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.hbs')), ...readdirSync(join(TEMPLATES_DIR, 'partials')).map((f) => join('partials', f))].filter((f) => f.endsWith('.hbs'));
const pairs = files.map((f) => {
  const source = readFileSync(join(TEMPLATES_DIR, f), 'utf8');
  return `[${JSON.stringify(source)}, ${Handlebars.precompile(source, COMPILE_OPTIONS)}]`;
});
writeFileSync(out, `// Made by scripts/precompile-templates.ts from templates/: [template text, compiled template].\nmodule.exports = [\n${pairs.join(',\n')}\n];\n`);
console.log(`${files.length} templates precompiled in dist/precompiled-templates.cjs`);
