import { compose } from './compose/compose.js';
import type { Deck, ImageSlide } from './compose/deck.js';
import type { SlideSize } from './compose/geometry.js';
import { overfullSlides } from './compose/verify.js';
import { checkOutline, LIMITS, tooManySlides } from './limits.js';
import { analyse } from './outline/analyse.js';
import { cleanOutline } from './outline/clean.js';
import type { Outline } from './outline/outline.js';
import { read, type ReadOptions } from './read/read.js';
import { renderHtml } from './render/html/deck.js';
import type { Templates } from './render/markup.js';
import { imageData, type ImageData } from './render/pptx/images.js';
import { rasterizeSvg } from './render/raster.js';
import { renderPptx } from './render/pptx/deck.js';
import { contrastFailures } from './theme/contrast.js';
import { loadTheme, type Theme } from './theme/theme.js';

/**
 * The whole pipeline as functions over data: article bytes (or an outline) in, decks
 * out. Reading files and writing results is the caller's job (see src/cli/).
 */

export type Format = 'html' | 'pptx';

export interface BuildOptions {
  theme?: Theme | string;
  size?: SlideSize;
  formats?: readonly Format[];
  templates?: Templates;
  /**
   * Bytes of an image the article refers to, or undefined when it cannot be had; it may
   * answer later (a fetch) and may throw an Error whose message says why it failed.
   */
  loadImage?: (src: string) => Uint8Array | undefined | Promise<Uint8Array | undefined>;
  /** Fixed time for the PPTX's timestamps. */
  timestamp?: Date;
}

export interface ArticleOptions extends BuildOptions, ReadOptions {
  title?: string;
  author?: string;
}

export interface BuildResult {
  outline: Outline;
  deck: Deck;
  html?: string;
  pptx?: Uint8Array;
  /** Things the user should know that did not stop the build. */
  warnings: string[];
}

async function loadOne(src: string, loadImage: BuildOptions['loadImage'], raster: boolean): Promise<ImageData | string> {
  const fallback = 'could not be read (decks embed local PNG, JPEG, GIF, SVG or WebP files only)';
  try {
    const bytes = /^data:/.test(src) ? dataUriBytes(src) : await loadImage?.(src);
    const image = bytes && (await imageData(bytes));
    if (!image) return fallback;
    if (raster && image.dataUri.startsWith('data:image/svg+xml')) {
      const png = await rasterizeSvg(bytes);
      if (png) image.raster = png;
    }
    return image;
  } catch (e) {
    return e instanceof Error ? e.message : fallback;
  }
}

/**
 * Replace each image slide's source with the image itself, or drop the slide when it
 * cannot be had. `raster`: draw SVG pictures as PNGs too, for a PPTX.
 */
async function embedImages(deck: Deck, loadImage: BuildOptions['loadImage'], warnings: string[], raster: boolean): Promise<Map<string, ImageData>> {
  const images = new Map<string, ImageData>();
  const slides = deck.slides.filter((slide): slide is ImageSlide => slide.layout === 'image');
  const loaded = await Promise.all(slides.map((s) => loadOne(s.src, loadImage, raster)));
  const dropped = new Set<ImageSlide>();
  slides.forEach((s, i) => {
    const image = loaded[i]!;
    if (typeof image === 'string') {
      warnings.push(`image ${s.src.startsWith('data:') ? '(embedded)' : s.src} ${image}; its slide is left out`);
      dropped.add(s);
      return;
    }
    images.set(image.dataUri, image);
    s.src = image.dataUri;
  });
  deck.slides = deck.slides.filter((s) => !dropped.has(s as ImageSlide));
  return images;
}

function dataUriBytes(uri: string): Uint8Array | undefined {
  const m = /^data:[^;,]+;base64,(.*)$/s.exec(uri);
  return m ? Buffer.from(m[1]!, 'base64') : undefined;
}

/** Outline → decks. */
export async function buildFromOutline(outline: Outline, options: BuildOptions = {}): Promise<BuildResult> {
  const theme = typeof options.theme === 'object' ? options.theme : loadTheme(options.theme);
  const formats = options.formats ?? ['html', 'pptx'];
  // A theme file whose text colours fall below WCAG AA still builds, with a warning per pair.
  const warnings: string[] = contrastFailures(theme);
  checkOutline(outline);
  const deck = compose(cleanOutline(outline), { theme, ...(options.size ? { size: options.size } : {}) });
  if (deck.slides.length > LIMITS.slides) throw tooManySlides(deck.slides.length);
  for (const o of overfullSlides(deck)) warnings.push(`slide ${o.slide} does not fit even at the theme's smallest size (${o.what}): shorten that text in the outline`);
  const images = await embedImages(deck, options.loadImage, warnings, formats.includes('pptx'));
  const result: BuildResult = { outline, deck, warnings };
  const templates = options.templates ? { templates: options.templates } : {};
  if (formats.includes('html')) result.html = renderHtml(deck, templates);
  if (formats.includes('pptx')) {
    result.pptx = await renderPptx(deck, images, { ...templates, ...(options.timestamp ? { timestamp: options.timestamp } : {}), warn: (message) => warnings.push(message) });
  }
  return result;
}

/** Article bytes → outline → decks; `name` (the file name) picks the reader and names the source. */
export async function buildFromArticle(bytes: Uint8Array, name: string, options: ArticleOptions = {}): Promise<BuildResult> {
  const article = await read(bytes, name, { ...(options.format ? { format: options.format } : {}), ...(options.charset ? { charset: options.charset } : {}) });
  const outline = analyse(article, {
    sourceName: name,
    ...(options.title ? { title: options.title } : {}),
    ...(options.author ? { author: options.author } : {}),
  });
  return buildFromOutline(outline, options);
}
