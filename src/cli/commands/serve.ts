import { basename, dirname, extname, relative } from 'node:path';
import { buildFromArticle, buildFromOutline, type BuildOptions } from '../../build.js';
import { parseOutlineFile } from '../outline-file.js';
import { renderHtml } from '../../render/html/deck.js';
import { loadTemplates, TEMPLATES_DIR } from '../../render/markup.js';
import { THEMES_DIR } from '../../theme/theme.js';
import { UserError } from '../errors.js';
import { readInput } from '../files.js';
import { parseSize } from '../options.js';
import { imageLoader } from '../paths.js';
import { withFile } from '../report.js';
import { EVENTS_PATH, startServer } from '../server.js';
import { fileTarget, folderTarget, watchTargets, type WatchTarget } from '../watch.js';

export interface ServeArgs {
  /** An article, or an outline (.yaml, .yml, .json). */
  input: string;
  theme?: string;
  size?: string;
  port?: number;
}

export interface ServeLog {
  info(line: string): void;
  error(line: string): void;
}

const OUTLINE_EXTENSIONS = ['.yaml', '.yml', '.json'];

function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function parsePort(port: number | undefined): number | undefined {
  if (port === undefined) return undefined;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: "${port}" is not a port (use a whole number from 1 to 65535)`, 2);
  return port;
}

/** The deck page as `serve` shows it: built in memory from the input as it is now, templates and theme read afresh. */
async function buildPage(args: ServeArgs): Promise<{ html: string; slides: number; warnings: string[] }> {
  const ext = extname(args.input).toLowerCase();
  const templates = loadTemplates(TEMPLATES_DIR, { fresh: true });
  const options: BuildOptions = {
    formats: [],
    size: parseSize(args.size),
    templates,
    loadImage: imageLoader(dirname(args.input), readInput),
    ...(args.theme ? { theme: args.theme } : {}),
  };
  const bytes = readInput(args.input);
  const result = await withFile(args.input, () => {
    if (!OUTLINE_EXTENSIONS.includes(ext)) return buildFromArticle(bytes, basename(args.input), options);
    const text = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '');
    return buildFromOutline(parseOutlineFile(text, ext === '.json' ? 'json' : 'yaml'), options);
  });
  return { html: renderHtml(result.deck, { templates, liveReload: EVENTS_PATH }), slides: result.deck.slides.length, warnings: result.warnings };
}

/** The files whose change rebuilds the deck: the input, the theme and the templates. */
function watched(args: ServeArgs): WatchTarget[] {
  const builtInTheme = !args.theme || /^[a-z0-9-]+$/.test(args.theme);
  return [
    fileTarget(args.input),
    builtInTheme ? folderTarget(THEMES_DIR, ['.json', '.yaml', '.yml']) : fileTarget(args.theme!),
    folderTarget(TEMPLATES_DIR, ['.hbs']),
    folderTarget(`${TEMPLATES_DIR}/partials`, ['.hbs']),
  ];
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * deckwright serve: show the deck of an article or outline on 127.0.0.1 and rebuild and
 * reload the open page whenever the input, the theme or a template changes. Nothing is
 * written to disk. Resolves when Ctrl-C (or SIGTERM) stops it, with everything closed.
 */
export async function serve(args: ServeArgs, log: ServeLog): Promise<void> {
  const port = parsePort(args.port);
  let current = await buildPage(args);
  for (const w of current.warnings) log.error(`warning: ${w}`);
  const server = await startServer(() => current.html, port);
  let building = Promise.resolve();
  const rebuild = (changed: string[]) => {
    // One build at a time, in order: a burst of saves ends with the last one shown.
    building = building.then(async () => {
      try {
        const next = await buildPage(args);
        const same = next.html === current.html;
        current = next;
        if (same) return;
        server.reload();
        log.info(`rebuilt after a change to ${changed.map(show).join(', ')}: ${current.slides} slides`);
        for (const w of current.warnings) log.error(`warning: ${w}`);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        log.error(`deckwright: ${message.split('\n')[0]} (the page keeps the last deck that built)`);
      }
    });
  };
  const watcher = watchTargets(watched(args), rebuild, (e) => log.error(`deckwright: stopped watching for changes: ${e.message}`));
  log.info(`serving ${show(args.input)} at ${server.url} (${current.slides} slides; Ctrl-C to stop)`);
  await untilInterrupted();
  watcher.close();
  await building;
  await server.close();
}
