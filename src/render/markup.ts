import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { Deck, Layout, Slide } from '../compose/deck.js';
import { LAYOUTS } from '../compose/deck.js';
import type { Theme } from '../theme/theme.js';
import { escapeHtml, inlineHtml } from './inline.js';
import { precompiledPairs } from './precompiled-templates.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The built-in templates, found from this module in src/ or dist/. */
export const TEMPLATES_DIR = join(here, '..', '..', 'templates');

export const COMPILE_OPTIONS = { strict: false, noEscape: false };

export class TemplateError extends Error {}

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
  const hb = Handlebars.create();
  hb.registerHelper('inline', (text: unknown) => new hb.SafeString(inlineHtml(String(text ?? ''))));
  const partialsDir = join(dir, 'partials');
  let partials: string[] = [];
  try {
    partials = readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'));
  } catch {
    partials = [];
  }
  const compiled = precompiledTemplates();
  const compileText = (text: string) => {
    const spec = compiled.get(text);
    return spec ? hb.template(spec) : hb.compile(text, COMPILE_OPTIONS);
  };
  for (const file of partials) hb.registerPartial(file.replace(/\.hbs$/, ''), compileText(read(partialsDir, file)));
  const compile = (file: string) => compileText(read(dir, file));
  // A folder copied by `init` before a layout was added lacks its template: that layout uses the built-in one.
  const layoutTemplate = (l: Layout) => compileText(LATER_LAYOUTS.includes(l) && !existsSync(join(dir, `${l}.hbs`)) ? read(TEMPLATES_DIR, `${l}.hbs`) : read(dir, `${l}.hbs`));
  const slide = Object.fromEntries(LAYOUTS.map((l) => [l, layoutTemplate(l)])) as Record<Layout, Handlebars.TemplateDelegate>;
  const templates = { slide, deck: compile('deck.hbs') };
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
