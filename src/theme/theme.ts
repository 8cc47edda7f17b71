import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../input-error.js';

/** A typeface as the deck uses it: the open font embedded in the HTML and the Office font named in the PPTX. */
export interface FontSpec {
  /** The family embedded in the HTML and used to measure text. */
  family: string;
  /** The metric-compatible family named in the PPTX (what PowerPoint has). */
  office: string;
  /** The npm package (Fontsource layout) that holds the font files. */
  package: string;
}

export interface ThemeColors {
  background: string;
  text: string;
  heading: string;
  accent: string;
  muted: string;
  link: string;
  /** Background and text of the title and closing slides. */
  titleBackground: string;
  titleText: string;
  titleMuted: string;
}

export interface ThemeSizes {
  title: number;
  subtitle: number;
  heading: number;
  body: number;
  subBody: number;
  quote: number;
  caption: number;
  footer: number;
  /** Text is never set smaller than this. */
  min: number;
}

export interface Theme {
  name: string;
  description: string;
  colors: ThemeColors;
  fonts: { heading: FontSpec; body: FontSpec };
  sizes: ThemeSizes;
  /** Line height as a multiple of the font size, the same in HTML and PPTX. */
  lineHeight: number;
  footer?: string;
}

export class ThemeError extends InputError {}

const here = dirname(fileURLToPath(import.meta.url));
/** The folder of built-in themes, found from this module in src/ or dist/. */
export const THEMES_DIR = join(here, '..', '..', 'themes');

export const DEFAULT_THEME = 'lecture';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** Check a parsed theme file field by field, naming the first bad one. */
export function validateTheme(data: unknown, where: string): Theme {
  const fail = (field: string, what: string): never => {
    throw new ThemeError(`${where}: ${field} ${what}`);
  };
  if (!isRecord(data)) return fail('theme', 'must be an object');
  if (typeof data.name !== 'string' || !data.name) fail('name', 'must be a non-empty string');
  const colors = isRecord(data.colors) ? data.colors : fail('colors', 'must be an object');
  for (const key of ['background', 'text', 'heading', 'accent', 'muted', 'link', 'titleBackground', 'titleText', 'titleMuted']) {
    if (typeof colors[key] !== 'string' || !HEX.test(colors[key] as string)) fail(`colors.${key}`, 'must be a colour like #1A2B3C');
  }
  const fonts = isRecord(data.fonts) ? data.fonts : fail('fonts', 'must be an object');
  for (const role of ['heading', 'body']) {
    const f = isRecord(fonts[role]) ? fonts[role] : fail(`fonts.${role}`, 'must be an object');
    for (const key of ['family', 'office', 'package']) if (typeof f[key] !== 'string' || !f[key]) fail(`fonts.${role}.${key}`, 'must be a non-empty string');
  }
  const sizes = isRecord(data.sizes) ? data.sizes : fail('sizes', 'must be an object');
  for (const key of ['title', 'subtitle', 'heading', 'body', 'subBody', 'quote', 'caption', 'footer', 'min']) {
    const v = sizes[key];
    if (typeof v !== 'number' || !(v >= 8 && v <= 120)) fail(`sizes.${key}`, 'must be a number of points between 8 and 120');
  }
  if (typeof data.lineHeight !== 'number' || !(data.lineHeight >= 1 && data.lineHeight <= 2)) fail('lineHeight', 'must be a number between 1 and 2');
  if (data.footer !== undefined && typeof data.footer !== 'string') fail('footer', 'must be a string');
  return { description: '', ...data } as unknown as Theme;
}

/** Parse a theme file's text (JSON or YAML by extension). */
export function parseTheme(text: string, where: string): Theme {
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(where) ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new ThemeError(`${where}: is not valid ${/\.ya?ml$/i.test(where) ? 'YAML' : 'JSON'} (${(e as Error).message.split('\n')[0]})`);
  }
  return validateTheme(data, where);
}

/** A built-in theme by name, or a theme file by path. */
export function loadTheme(nameOrFile: string = DEFAULT_THEME): Theme {
  const builtIn = /^[a-z0-9-]+$/.test(nameOrFile);
  const path = builtIn ? join(THEMES_DIR, `${nameOrFile}.json`) : nameOrFile;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ThemeError(builtIn ? `no theme named "${nameOrFile}": run \`deckwright themes\` to list them` : `${path}: theme file not found`);
  }
  return parseTheme(text, path);
}
