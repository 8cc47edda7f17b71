import { join } from 'node:path';
import { buildFromOutline, type BuildOptions, type BuildResult } from '../../build.js';
import { analyse } from '../../outline/analyse.js';
import { isEdited, outlineToYaml } from '../../outline/write.js';
import { read, type ArticleFormat } from '../../read/read.js';
import { loadTemplates } from '../../render/markup.js';
import { loadTheme } from '../../theme/theme.js';
import { readIfExists, readInput } from '../files.js';
import { localiseImages } from '../images.js';
import { libraryFormats } from '../options.js';
import { imageLoader, schemaPathFrom } from '../paths.js';
import { withFile } from '../report.js';
import type { Settings } from '../settings.js';
import { openSource, type InputSpec } from '../source.js';
import { checkFormats, deckFiles, writeFiles, type OutputFile } from '../write-decks.js';

export interface BuildReport {
  /** The input as the user named it. */
  input: string;
  dir: string;
  written: string[];
  slides: number;
  warnings: string[];
  keptOutline: boolean;
}

export interface BuildOne {
  spec: InputSpec;
  settings: Settings;
  /** Theme, templates, formats and size, loaded once for all the decks of a run. */
  deck: BuildOptions;
  /** The deck folder's name; by default the input's. */
  slug?: string;
  title?: string;
  from?: ArticleFormat;
  force?: boolean;
}

/** The theme, templates, formats and size every deck of a run shares; a bad theme or template fails here, once. */
export function deckOptions(settings: Settings): BuildOptions {
  return {
    formats: libraryFormats(settings.formats),
    size: settings.size,
    theme: loadTheme(settings.theme),
    ...(settings.templates ? { templates: loadTemplates(settings.templates) } : {}),
  };
}

/**
 * deckwright build, for one article: outline.yaml and the decks in <out>/<slug>/. An
 * outline a person edited is kept (the decks are built from it) unless `force`.
 */
export async function buildOne(job: BuildOne): Promise<BuildReport> {
  const { settings } = job;
  checkFormats(settings.formats);
  const source = await openSource(job.spec, settings, job.from);
  const slug = job.slug ?? source.slug;
  const dir = join(settings.out, slug);
  const outlinePath = join(dir, 'outline.yaml');
  const existing = readIfExists(outlinePath);
  const keepOutline = existing !== undefined && isEdited(existing) && !job.force;
  let failures = new Map<string, string>();
  let outline;
  let outlineFile: OutputFile | undefined;
  if (keepOutline) {
    // Loaded only here: checking an outline against its schema takes ~250 modules.
    const { parseOutlineFile } = await import('../outline-file.js');
    outline = await withFile(outlinePath, () => parseOutlineFile(existing, 'yaml'));
    if (job.title) outline.title = job.title;
    if (settings.author) outline.author = settings.author;
  } else {
    outline = await withFile(source.label, async () =>
      analyse(await read(source.bytes, source.name, { format: source.format, ...(source.charset ? { charset: source.charset } : {}) }), {
        sourceName: source.name,
        ...(job.title ? { title: job.title } : {}),
        ...(settings.author ? { author: settings.author } : {}),
      }),
    );
    failures = await localiseImages(outline, source, dir);
    outlineFile = { path: outlinePath, data: outlineToYaml(outline, schemaPathFrom(dir)) };
  }
  const local = imageLoader(dir, (path) => readInput(path, settings.maxBytes));
  const loadImage = (src: string) => {
    const why = failures.get(src);
    if (why) throw new Error(why);
    // An outline kept from before may still point at images beside the article.
    return local(src) ?? source.loadImage(src);
  };
  const result: BuildResult = await withFile(keepOutline ? outlinePath : source.label, () => buildFromOutline(outline, { ...job.deck, loadImage }));
  // Everything is made before anything is written: a build that fails leaves the old outline and decks.
  const written = await writeFiles([...(outlineFile ? [outlineFile] : []), ...(await deckFiles(result, dir, slug, settings.formats))]);
  return { input: source.label, dir, written, slides: result.deck.slides.length, warnings: result.warnings, keptOutline: keepOutline };
}
