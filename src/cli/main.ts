#!/usr/bin/env node
import { relative } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { build, type BuildReport } from './commands/build.js';
import { outlineText } from './commands/outline.js';
import { render } from './commands/render.js';
import { serve } from './commands/serve.js';
import { themesText } from './commands/themes.js';
import { isInputError, UserError } from './errors.js';

function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function report(r: BuildReport): void {
  for (const path of r.written) process.stdout.write(`wrote ${show(path)}\n`);
  if (r.keptOutline) process.stderr.write(`kept your edited ${show(`${r.dir}/outline.yaml`)}: the decks are built from it (rebuild with --force to make a new outline from the article)\n`);
  for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
  process.stdout.write(`${r.slides} slides\n`);
}

const deckOptions = {
  theme: { type: 'string', describe: 'theme name (see `deckwright themes`) or theme file' },
  format: { type: 'string', describe: 'formats to write, comma-separated: html, pptx, pdf', default: 'html,pptx' },
  size: { type: 'string', describe: 'slide size: 16:9 or 4:3', default: '16:9' },
} as const;

export async function main(argv: string[]): Promise<number> {
  try {
    await parser(argv).parseAsync();
    return 0;
  } catch (e) {
    return handle(e);
  }
}

function parser(argv: string[]) {
  return yargs(argv)
    .scriptName('deckwright')
    .usage('$0 <command> [options]\n\nTurn an article into a reveal.js deck and an editable PPTX.')
    .command(
      'build <article>',
      'build the outline and the decks of an article (.txt or .md) into <out>/<name>/',
      (y) =>
        y
          .positional('article', { type: 'string', demandOption: true, describe: 'the article file' })
          .options({
            out: { type: 'string', default: 'decks', describe: 'folder the deck folder is made in' },
            ...deckOptions,
            title: { type: 'string', describe: 'deck title (instead of the article’s)' },
            author: { type: 'string', describe: 'author shown on the title slide' },
            force: { type: 'boolean', default: false, describe: 'replace an outline.yaml you have edited' },
          }),
      async (a) => report(await build({ ...a, article: a.article })),
    )
    .command(
      'outline <article>',
      'print the outline of an article as YAML (or JSON)',
      (y) =>
        y
          .positional('article', { type: 'string', demandOption: true })
          .options({
            json: { type: 'boolean', default: false, describe: 'print JSON instead of YAML' },
            title: { type: 'string' },
            author: { type: 'string' },
          }),
      async (a) => {
        process.stdout.write(await outlineText({ ...a, article: a.article }));
      },
    )
    .command(
      'render <outline>',
      'build the decks from an outline file you wrote or edited (.yaml or .json)',
      (y) =>
        y
          .positional('outline', { type: 'string', demandOption: true })
          .options({ out: { type: 'string', describe: 'folder the deck folder is made in (default: next to the outline)' }, ...deckOptions }),
      async (a) => report(await render({ ...a, outline: a.outline })),
    )
    .command(
      'serve <input>',
      'show the deck of an article or outline on 127.0.0.1, rebuilt and reloaded on every change',
      (y) =>
        y
          .positional('input', { type: 'string', demandOption: true, describe: 'the article, or an outline (.yaml, .json)' })
          .options({ theme: deckOptions.theme, size: deckOptions.size, port: { type: 'number', describe: 'port to listen on (default: 8000, or a free one)' } }),
      (a) => serve({ ...a, input: a.input }, { info: (l) => process.stdout.write(`${l}\n`), error: (l) => process.stderr.write(`${l}\n`) }),
    )
    .command('themes', 'list the built-in themes', {}, () => {
      process.stdout.write(`${themesText()}\n`);
    })
    .demandCommand(1, 'name a command: build, outline, render, serve or themes')
    .strict()
    .help()
    .version()
    .fail((message, error) => {
      if (error) throw error;
      throw new UserError(message ?? 'bad usage', 2);
    });
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

process.exitCode = await main(hideBin(process.argv));
