/** deckwright as a library: each stage of the pipeline, and the whole of it. */
export { read, formatOf, sniffFormat, ReadError, type ArticleFormat, type ReadOptions } from './read/read.js';
export { readArticle } from './read/read-article.js';
export { DecodeError } from './read/decode.js';
export { DocxError } from './read/docx.js';
export { LIMITS, LimitError } from './limits.js';
export type { Article, Block, Sentence } from './read/article.js';
export { analyse, type AnalyseOptions } from './outline/analyse.js';
export type { Outline, Section, Point, Quote, Image } from './outline/outline.js';
export { OutlineSchema } from './outline/outline.js';
export { parseOutline, outlineToYaml, outlineToJson, OutlineError } from './outline/serialize.js';
export { compose, type ComposeOptions } from './compose/compose.js';
export type { Deck, Slide, Layout } from './compose/deck.js';
export type { SlideSize } from './compose/geometry.js';
export { renderHtml } from './render/html/deck.js';
export { renderPptx } from './render/pptx/deck.js';
export { loadTheme, parseTheme, type Theme } from './theme/theme.js';
export { buildFromArticle, buildFromArticle as build, buildFromOutline, type BuildOptions, type ArticleOptions, type BuildResult, type Format } from './build.js';
export { loadTemplates, type Templates } from './render/markup.js';
