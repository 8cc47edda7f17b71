import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FontSpec } from '../../theme/theme.js';
import { fontFiles } from '../../compose/measure.js';

/**
 * @font-face rules for the deck's fonts with the font files inlined as data URIs,
 * taken from the Fontsource package's own CSS. Only the subsets (unicode ranges)
 * the deck's text uses are embedded, which keeps a Latin deck small.
 */

interface Face {
  css: string;
  file: string;
  ranges: [number, number][];
}

function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(a!.replace(/\?/g, '0'), 16);
    const end = b ? parseInt(b, 16) : parseInt(a!.replace(/\?/g, 'F'), 16);
    return [start, end] as [number, number];
  });
}

// A batch builds many decks with the same fonts: each CSS file and font file is read once a process.
const facesCache = new Map<string, Face[]>();
const dataCache = new Map<string, string>();

function faces(spec: FontSpec, variant: string): Face[] {
  const key = `${spec.package}\n${variant}`;
  let known = facesCache.get(key);
  if (!known) facesCache.set(key, (known = readFaces(spec, variant)));
  return known;
}

function fontData(file: string): string {
  let data = dataCache.get(file);
  if (data === undefined) dataCache.set(file, (data = readFileSync(file).toString('base64')));
  return data;
}

function readFaces(spec: FontSpec, variant: string): Face[] {
  const { dir } = fontFiles(spec);
  const packageDir = dirname(dir);
  let css: string;
  try {
    css = readFileSync(join(packageDir, `${variant}.css`), 'utf8');
  } catch {
    return [];
  }
  const out: Face[] = [];
  for (const m of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = m[1]!;
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file) continue;
    out.push({ css: body, file: join(dir, file), ranges: range ? parseRanges(range) : [[0, 0x10ffff]] });
  }
  return out;
}

// An indexed loop: this runs once a process (a deck's ~20 faces by its code points by each
// face's ranges), before the engine optimises anything, where a callback a range took
// ~1 ms more (and a for-of with destructuring more still).
function used(face: Face, codePoints: ReadonlySet<number>): boolean {
  const ranges = face.ranges;
  for (const cp of codePoints) {
    for (let i = 0; i < ranges.length; i++) if (cp >= ranges[i]![0] && cp <= ranges[i]![1]) return true;
  }
  return false;
}

/** The @font-face rules for a font's regular, bold and italic styles, limited to the code points given. */
export function fontFaceCss(spec: FontSpec, codePoints: ReadonlySet<number>): string {
  const rules: string[] = [];
  for (const variant of ['400', '700', '400-italic']) {
    for (const face of faces(spec, variant)) {
      if (!used(face, codePoints)) continue;
      const data = fontData(face.file);
      const body = face.css
        .replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`)
        .replace(/font-display:\s*\w+;/, 'font-display: block;');
      rules.push(`@font-face {${body}}`);
    }
  }
  return rules.join('\n');
}
