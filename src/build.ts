import { compose } from './compose/compose.js';
import type { Deck, ImageSlide } from './compose/deck.js';
import type { SlideSize } from './compose/geometry.js';
import { analyse } from './outline/analyse.js';
import type { Outline } from './outline/outline.js';
import { readArticle, type ArticleFormat } from './read/read.js';
import { renderHtml } from './render/html/deck.js';
import type { Templates } from './render/markup.js';
import { imageData, type ImageData } from './render/pptx/images.js';
import { renderPptx } from './render/pptx/deck.js';
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
  /** Bytes of an image the article refers to, or undefined when it cannot be had. */
  loadImage?: (src: string) => Uint8Array | undefined;
  /** Fixed time for the PPTX's timestamps. */
  timestamp?: Date;
}

export interface ArticleOptions extends BuildOptions {
  title?: string;
  author?: string;
  format?: ArticleFormat;
}

export interface BuildResult {
  outline: Outline;
  deck: Deck;
  html?: string;
  pptx?: Uint8Array;
  /** Things the user should know that did not stop the build. */
  warnings: string[];
}

/** Replace each image slide's source with the image itself, or drop the slide when it cannot be had. */
function embedImages(deck: Deck, loadImage: BuildOptions['loadImage'], warnings: string[]): Map<string, ImageData> {
  const images = new Map<string, ImageData>();
  deck.slides = deck.slides.filter((slide) => {
    if (slide.layout !== 'image') return true;
    const s = slide as ImageSlide;
    const bytes = /^data:/.test(s.src) ? dataUriBytes(s.src) : loadImage?.(s.src);
    const image = bytes ? imageData(bytes) : undefined;
    if (!image) {
      warnings.push(`image ${s.src} could not be read (decks embed local PNG, JPEG, GIF, SVG or WebP files only); its slide is left out`);
      return false;
    }
    images.set(image.dataUri, image);
    s.src = image.dataUri;
    return true;
  });
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
  const warnings: string[] = [];
  const deck = compose(outline, { theme, ...(options.size ? { size: options.size } : {}) });
  const images = embedImages(deck, options.loadImage, warnings);
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
  const article = readArticle(bytes, name, options.format);
  const outline = analyse(article, {
    sourceName: name,
    ...(options.title ? { title: options.title } : {}),
    ...(options.author ? { author: options.author } : {}),
  });
  return buildFromOutline(outline, options);
}
