#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { BuildReport } from './commands/build.js';
import type { ArticleFormat } from '../read/read.js';
import { isInputError, UserError } from './errors.js';
import { isUrl } from './fetch.js';
import { loadConfig, resolveSettings, type Config } from './settings.js';

// Each command's modules are loaded when it runs: `themes` or `--help` need no PPTX writer,
// and a build needs no server (start-up is most of a small build's time; see scripts/bench).

async function report(r: BuildReport): Promise<void> {
  const { show } = await import('./batch.js');
  for (const path of r.written) process.stdout.write(`wrote ${show(path)}\n`);
  if (r.keptOutline) process.stderr.write(`kept your edited ${show(`${r.dir}/outline.yaml`)}: the decks are built from it (rebuild with --force to make a new outline from the article)\n`);
  for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
  process.stdout.write(`${r.slides} slides\n`);
}

// No yargs defaults for what the config file can set: "not given" must stay visible.
const deckOptions = {
  theme: { type: 'string', describe: 'theme name (see `deckwright themes`) or theme file' },
  templates: { type: 'string', describe: 'folder of templates to use (copy the built-in ones with `deckwright init`)' },
  format: { type: 'string', describe: 'formats to write, comma-separated: html, pptx, pdf [default: html,pptx]' },
  size: { type: 'string', describe: 'slide size: 16:9 or 4:3 [default: 16:9]' },
} as const;

const inputOptions = {
  from: { type: 'string', choices: ['text', 'markdown', 'html', 'docx'], describe: 'read the input as this format (for - and addresses; by default it is sniffed)' },
  timeout: { type: 'number', describe: 'seconds to wait for an http(s) article or image [default: 30]' },
  'max-size': { type: 'string', describe: 'largest article or image to read or fetch, e.g. 512k or 20M [default: 20M]' },
} as const;

// yargs drops a lone "-" (it reads it as an empty group of short options), so "-" travels under another name.
const DASH = '\u0000-';
const dash = (arg: string) => (arg === DASH ? '-' : arg);

export async function main(argv: string[]): Promise<number> {
  try {
    const config = loadConfig(process.cwd())?.config ?? {};
    let code = 0;
    await parser(argv.map((arg) => (arg === '-' ? DASH : arg)), config, (c) => (code = c)).parseAsync();
    return code;
  } catch (e) {
    return handle(e);
  }
}

/** The commands; `config` holds the defaults from the working folder's config file. */
function parser(argv: string[], config: Config, exit: (code: number) => void) {
  const y = yargs(argv);
  skipHelpCache(y);
  return y
    .scriptName('deckwright')
    .usage('$0 <command> [options]\n\nTurn an article into a reveal.js deck and an editable PPTX.')
    .command(
      'build <articles..>',
      'build the outline and the decks of each article (.txt, .md, .html, .docx, an http(s) address or - for standard input; folders and globs too) into <out>/<name>/',
      (y) =>
        y
          .positional('articles', { type: 'string', array: true, demandOption: true, describe: 'article files, folders, globs, addresses or -' })
          .options({
            out: { type: 'string', describe: 'folder the deck folders are made in [default: decks]' },
            ...deckOptions,
            ...inputOptions,
            title: { type: 'string', describe: 'deck title (instead of the article’s)' },
            author: { type: 'string', describe: 'author shown on the title slide' },
            force: { type: 'boolean', default: false, describe: 'replace an outline.yaml you have edited' },
            jobs: { type: 'number', describe: 'articles built at once [default: 4]' },
            json: { type: 'boolean', default: false, describe: 'print a summary for programs, as JSON' },
          }),
      async (a) => {
        const { buildMany, summaryJson, summaryText } = await import('./batch.js');
        const summary = await buildMany({ ...a, articles: a.articles.map((x) => dash(String(x))), settings: resolveSettings(a, config), ...(a.from ? { from: a.from as ArticleFormat } : {}) });
        const single = summary.built.length + summary.failed.length === 1;
        if (a.json) process.stdout.write(summaryJson(summary));
        else if (single && summary.built[0]) await report(summary.built[0]);
        else if (single) throw new UserError(summary.failed[0]!.error);
        else process.stdout.write(summaryText(summary));
        if (summary.failed.length) exit(1);
      },
    )
    .command(
      'outline <article>',
      'print the outline of an article as YAML (or JSON)',
      (y) =>
        y
          .positional('article', { type: 'string', demandOption: true, describe: 'an article file, an http(s) address or - for standard input' })
          .options({
            json: { type: 'boolean', default: false, describe: 'print JSON instead of YAML' },
            title: { type: 'string' },
            author: { type: 'string' },
            ...inputOptions,
          }),
      async (a) => {
        const settings = resolveSettings(a, config);
        const [{ outlineText }, { readStdin }] = await Promise.all([import('./commands/outline.js'), import('./source.js')]);
        const article = dash(a.article);
        const spec = article === '-' ? { kind: 'stdin' as const, bytes: await readStdin(settings.maxBytes) } : isUrl(article) ? { kind: 'url' as const, url: article } : { kind: 'file' as const, path: article };
        const author = a.author ?? settings.author;
        process.stdout.write(await outlineText({ spec, limits: settings, json: a.json, ...(a.title ? { title: a.title } : {}), ...(author ? { author } : {}), ...(a.from ? { from: a.from as ArticleFormat } : {}) }));
      },
    )
    .command(
      'render <outline>',
      'build the decks from an outline file you wrote or edited (.yaml or .json)',
      (y) =>
        y
          .positional('outline', { type: 'string', demandOption: true })
          .options({ out: { type: 'string', describe: 'folder the deck folder is made in (default: next to the outline)' }, ...deckOptions }),
      async (a) => {
        const { render } = await import('./commands/render.js');
        await report(await render({ outline: a.outline, ...(a.out ? { out: a.out } : {}), settings: resolveSettings({ ...a, out: undefined }, config) }));
      },
    )
    .command(
      'init [dir]',
      'copy the templates and a theme into a folder for customising, with a deckwright.config.json that uses them',
      (y) => y.positional('dir', { type: 'string', default: '.', describe: 'the folder (made if missing)' }),
      async (a) => {
        const [{ init }, { show }] = await Promise.all([import('./commands/init.js'), import('./batch.js')]);
        const r = init(a.dir);
        for (const path of r.written) process.stdout.write(`wrote ${show(path)}\n`);
        for (const path of r.kept) process.stderr.write(`kept ${show(path)} (it exists; delete it to get the built-in one)\n`);
        process.stdout.write(`edit the templates and theme.json, then run deckwright from ${show(a.dir) || '.'}: its deckwright.config.json uses them\n`);
      },
    )
    .command(
      'serve <input>',
      'show the deck of an article or outline on 127.0.0.1, rebuilt and reloaded on every change',
      (y) =>
        y
          .positional('input', { type: 'string', demandOption: true, describe: 'the article, or an outline (.yaml, .json)' })
          .options({ theme: deckOptions.theme, size: deckOptions.size, port: { type: 'number', describe: 'port to listen on (default: 8000, or a free one)' } }),
      async (a) => (await import('./commands/serve.js')).serve({ ...a, input: a.input }, { info: (l) => process.stdout.write(`${l}\n`), error: (l) => process.stderr.write(`${l}\n`) }),
    )
    .command('themes', 'list the built-in themes', {}, async () => {
      const { themesText } = await import('./commands/themes.js');
      process.stdout.write(`${themesText()}\n`);
    })
    .demandCommand(1, 'name a command: build, outline, render, serve, init or themes')
    .strict()
    .help()
    .version()
    .fail((message, error) => {
      if (error) throw error;
      throw new UserError(message ?? 'bad usage', 2);
    });
}

/** The part of yargs's internals that caches a command's help. */
interface YargsInternals {
  getInternalMethods(): { getUsageInstance(): { cacheHelpMessage(): void } };
}

/**
 * yargs lays out the running command's help before running it, in case the command shows
 * it later: ~50 ms of a build, measuring the width of every line. No command shows help
 * (--help is answered before any command runs, and failures print one line), so skip it.
 */
function skipHelpCache(y: object): void {
  (y as YargsInternals).getInternalMethods().getUsageInstance().cacheHelpMessage = () => undefined;
}

function handle(e: unknown): number {
  if (e instanceof UserError) {
    process.stderr.write(`deckwright: ${e.message}\n`);
    if (e.exitCode === 2) process.stderr.write('run `deckwright --help` for usage\n');
    return e.exitCode;
  }
  if (isInputError(e)) {
    process.stderr.write(`deckwright: ${e.message}\n`);
    return 1;
  }
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`deckwright: unexpected error: ${message.split('\n')[0]} (set DECKWRIGHT_DEBUG=1 to see where)\n`);
  if (process.env.DECKWRIGHT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return 1;
}

// A reader that stops early (deckwright outline x.md | head) is no error, and no stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
void main(hideBin(process.argv)).then((code) => (process.exitCode = code));
