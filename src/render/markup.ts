import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import runtime from 'handlebars/runtime.js';
import type { Deck, Layout, Slide } from '../compose/deck.js';
import { LAYOUTS } from '../compose/deck.js';
import type { Theme } from '../theme/theme.js';
import { escapeHtml, inlineHtml } from './inline.js';
import { precompiledPairs } from './precompiled-templates.js';
import { InputError } from '../input-error.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The built-in templates, found from this module in src/ or dist/. */
export const TEMPLATES_DIR = join(here, '..', '..', 'templates');

export const COMPILE_OPTIONS = { strict: false, noEscape: false };

export class TemplateError extends InputError {}

/**
 * Handlebars's runtime runs templates compiled in advance, which the built-in ones are;
 * its compiler (~45 modules) is loaded only for a template folder whose text differs.
 */
const HandlebarsRuntime = runtime as unknown as typeof Handlebars;
const handlebarsWithCompiler = () => createRequire(import.meta.url)('handlebars') as typeof Handlebars;

let precompiled: Map<string, TemplateSpecification> | undefined;

/** Compiled templates by their text: a template whose text is a built-in one's needs no compiling. */
function precompiledTemplates(): Map<string, TemplateSpecification> {
  precompiled ??= new Map(precompiledPairs());
  return precompiled;
}

/** Layouts added after template folders could first be copied, which such a folder may lack. */
const LATER_LAYOUTS: readonly Layout[] = ['table'];

export interface Templates {
  slide: Record<Layout, Handlebars.TemplateDelegate>;
  deck: Handlebars.TemplateDelegate;
}

const loaded = new Map<string, Templates>();

function read(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch {
    throw new TemplateError(`${join(dir, file)}: template not found (copy the built-in ones with \`deckwright init\`)`);
  }
}

/**
 * Compile the layout templates and partials of a folder (the built-in one by default),
 * once; `fresh` reads them again (a live preview whose templates are being edited).
 */
export function loadTemplates(dir: string = TEMPLATES_DIR, options: { fresh?: boolean } = {}): Templates {
  const known = loaded.get(dir);
  if (known && !options.fresh) return known;
  const partialsDir = join(dir, 'partials');
  let partials: string[] = [];
  try {
    partials = readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'));
  } catch {
    partials = [];
  }
  const partialTexts = partials.map((file) => [file.replace(/\.hbs$/, ''), read(partialsDir, file)] as const);
  // A folder copied by `init` before a layout was added lacks its template: that layout uses the built-in one.
  const layoutTexts = LAYOUTS.map((l) => [l, LATER_LAYOUTS.includes(l) && !existsSync(join(dir, `${l}.hbs`)) ? read(TEMPLATES_DIR, `${l}.hbs`) : read(dir, `${l}.hbs`)] as const);
  const deckText = read(dir, 'deck.hbs');
  const compiled = precompiledTemplates();
  const texts = [...partialTexts, ...layoutTexts].map(([, text]) => text).concat(deckText);
  const hb = (texts.every((text) => compiled.has(text)) ? HandlebarsRuntime : handlebarsWithCompiler()).create();
  hb.registerHelper('inline', (text: unknown) => new hb.SafeString(inlineHtml(String(text ?? ''))));
  const compileText = (text: string) => {
    const spec = compiled.get(text);
    return spec ? hb.template(spec) : hb.compile(text, COMPILE_OPTIONS);
  };
  for (const [name, text] of partialTexts) hb.registerPartial(name, compileText(text));
  const slide = Object.fromEntries(layoutTexts.map(([l, text]) => [l, compileText(text)])) as Record<Layout, Handlebars.TemplateDelegate>;
  const templates = { slide, deck: compileText(deckText) };
  loaded.set(dir, templates);
  return templates;
}

/** What a slide's fitted body size sizes: the quotation on a quote slide, the caption on an image slide, else the lists. */
export function bodySizeName(layout: Layout): 'quote' | 'caption' | 'body' {
  return layout === 'quote' ? 'quote' : layout === 'image' ? 'caption' : 'body';
}

/** The `style` attribute carrying sizes chosen by fitting; numbers only, so nothing to escape. */
function sizeAttribute(slide: Slide): string {
  const vars: string[] = [];
  if (slide.titleSize) vars.push(`--title-size:${slide.titleSize}px`);
  if (slide.bodySize) vars.push(`--${bodySizeName(slide.layout)}-size:${slide.bodySize}px`);
  return vars.length ? ` style="${vars.join(';')}"` : '';
}

/**
 * Attributes a section carries besides its layout: sizes chosen by fitting, and for the
 * cover slides the colour reveal.js paints behind the whole slide (edges included).
 */
function sectionAttributes(slide: Slide, theme: Theme): string {
  const cover = slide.layout === 'title' || slide.layout === 'closing';
  return sizeAttribute(slide) + (cover ? ` data-background-color="${escapeHtml(theme.colors.titleBackground)}"` : '');
}

/** One slide as a `<section>` in the deck's markup vocabulary. */
export function slideMarkup(slide: Slide, theme: Theme, templates: Templates = loadTemplates()): string {
  return templates.slide[slide.layout]({ ...slide, sizes: sectionAttributes(slide, theme) }).trim();
}

/** Every slide's markup, in order. */
export function deckMarkup(deck: Deck, templates: Templates = loadTemplates()): string[] {
  return deck.slides.map((s) => slideMarkup(s, deck.theme, templates));
}
