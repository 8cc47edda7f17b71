import { basename, dirname, extname, join } from 'node:path';
import { buildFromOutline } from '../../build.js';
import { UserError } from '../errors.js';
import { readInput, slugify, slugOfFile } from '../files.js';
import { parseOutlineFile } from '../outline-file.js';
import { imageLoader } from '../paths.js';
import { withFile } from '../report.js';
import type { Settings } from '../settings.js';
import { checkFormats, writeDecks } from '../write-decks.js';
import { deckOptions, type BuildReport } from './build.js';

export interface RenderArgs {
  outline: string;
  /** Where the deck folder goes; by default the decks are written next to the outline. */
  out?: string;
  settings: Settings;
}

/** Decks are named after the outline's folder when the file is the usual outline.yaml. */
function slugOfOutline(path: string): string {
  const name = basename(path, extname(path));
  return name === 'outline' ? slugify(basename(dirname(join(process.cwd(), path)))) : slugOfFile(path);
}

/** deckwright render: an outline a person wrote or edited → decks. */
export async function render(args: RenderArgs): Promise<BuildReport> {
  const ext = extname(args.outline).toLowerCase();
  if (!['.yaml', '.yml', '.json'].includes(ext)) throw new UserError(`${args.outline}: an outline is a .yaml, .yml or .json file (make one with \`deckwright outline\`)`, 2);
  checkFormats(args.settings.formats);
  const deck = deckOptions(args.settings);
  const text = Buffer.from(readInput(args.outline, args.settings.maxBytes)).toString('utf8').replace(/^\uFEFF/, '');
  const outline = await withFile(args.outline, () => parseOutlineFile(text, ext === '.json' ? 'json' : 'yaml'));
  const slug = slugOfOutline(args.outline);
  const dir = args.out ? join(args.out, slug) : dirname(args.outline);
  const result = await withFile(args.outline, () => buildFromOutline(outline, { ...deck, loadImage: imageLoader(dirname(args.outline), (path) => readInput(path, args.settings.maxBytes)) }));
  const written = await writeDecks(result, dir, slug, args.settings.formats);
  return { input: args.outline, dir, written, slides: result.deck.slides.length, warnings: result.warnings, keptOutline: false };
}
