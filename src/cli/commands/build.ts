import { dirname, join } from 'node:path';
import { buildFromArticle, buildFromOutline, type BuildResult } from '../../build.js';
import { isEdited, outlineToYaml, parseOutline } from '../../outline/serialize.js';
import { readInput, readIfExists, slugOfFile, writeAtomic } from '../files.js';
import { libraryFormats, parseFormats, parseSize } from '../options.js';
import { imageLoader, schemaPathFrom } from '../paths.js';
import { withFile } from '../report.js';
import { checkFormats, writeDecks } from '../write-decks.js';

export interface BuildArgs {
  article: string;
  out: string;
  theme?: string;
  format?: string;
  size?: string;
  title?: string;
  author?: string;
  force?: boolean;
}

export interface BuildReport {
  dir: string;
  written: string[];
  slides: number;
  warnings: string[];
  keptOutline: boolean;
}

/** deckwright build: article → outline.yaml and decks in <out>/<slug>/. */
export async function build(args: BuildArgs): Promise<BuildReport> {
  const formats = parseFormats(args.format);
  checkFormats(formats);
  const size = parseSize(args.size);
  const bytes = readInput(args.article);
  const slug = slugOfFile(args.article);
  const dir = join(args.out, slug);
  const outlinePath = join(dir, 'outline.yaml');
  const common = {
    formats: libraryFormats(formats),
    size,
    ...(args.theme ? { theme: args.theme } : {}),
    loadImage: imageLoader(dirname(args.article), readInput),
  };

  const existing = readIfExists(outlinePath);
  const keepOutline = existing !== undefined && isEdited(existing) && !args.force;
  let result: BuildResult;
  if (keepOutline) {
    const outline = await withFile(outlinePath, () => parseOutline(existing, 'yaml'));
    if (args.title) outline.title = args.title;
    if (args.author) outline.author = args.author;
    result = await buildFromOutline(outline, common);
  } else {
    result = await withFile(args.article, () =>
      buildFromArticle(bytes, args.article.split(/[\\/]/).pop()!, {
        ...common,
        ...(args.title ? { title: args.title } : {}),
        ...(args.author ? { author: args.author } : {}),
      }),
    );
    writeAtomic(outlinePath, outlineToYaml(result.outline, schemaPathFrom(dir)));
  }
  const written = [...(keepOutline ? [] : [outlinePath]), ...(await writeDecks(result, dir, slug, formats))];
  return { dir, written, slides: result.deck.slides.length, warnings: result.warnings, keptOutline: keepOutline };
}
