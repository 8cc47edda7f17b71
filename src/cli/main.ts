#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { BuildReport } from './commands/build.js';
import type { ServeArgs } from './commands/serve.js';
import type { ArticleFormat } from '../read/read.js';
import { isInputError, UserError } from './errors.js';
import { isUrl } from './fetch.js';
import { PACKAGE_ROOT } from './paths.js';
import { loadConfig, resolveSettings, type Config, type SettingArgs } from './settings.js';
import { stderr, stderrIfUsed } from './stderr.js';

// Each command's modules are loaded when it runs: `themes` or `--help` need no PPTX writer,
// and a build needs no server (start-up is most of a small build's time; see scripts/bench).

async function report(r: BuildReport): Promise<void> {
  const { show } = await import('./batch.js');
  for (const path of r.written) process.stdout.write(`wrote ${show(path)}\n`);
  if (r.keptOutline) stderr().write(`kept your edited ${show(`${r.dir}/outline.yaml`)}: the decks are built from it (rebuild with --force to make a new outline from the article)\n`);
  for (const w of r.warnings) stderr().write(`warning: ${w}\n`);
  process.stdout.write(`${r.slides} slides\n`);
}

/** A number option's value: anything else is bad usage. */
function number(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('Give a number.');
  return n;
}

// No parser defaults for what the config file can set: "not given" must stay visible
// (resolveSettings), so the help text states the built-in default itself. Made anew for
// each command that takes them.
const option = {
  theme: () => new Option('--theme <name>', 'theme name (see `deckwright themes`) or theme file'),
  templates: () => new Option('--templates <folder>', 'folder of templates to use (copy the built-in ones with `deckwright init`)'),
  format: () => new Option('--format <list>', 'formats to write, comma-separated: html, pptx, pdf (default: html,pptx)'),
  size: () => new Option('--size <ratio>', 'slide size: 16:9 or 4:3 (default: 16:9)'),
  from: () => new Option('--from <format>', 'read - or an address as this format, instead of sniffing it').choices(['text', 'markdown', 'html', 'docx']),
  timeout: () => new Option('--timeout <seconds>', 'seconds to wait for an http(s) article or image (default: 30)').argParser(number),
  maxSize: () => new Option('--max-size <size>', 'largest article or image to read or fetch, e.g. 512k or 20M (default: 20M)'),
  title: () => new Option('--title <text>', 'deck title (instead of the article’s)'),
  author: () => new Option('--author <name>', 'author shown on the title slide'),
};

interface InputFlags {
  from?: ArticleFormat;
  title?: string;
  json?: boolean;
}

/** deckwright's version, from its own package.json (found from this file, not the working folder). */
function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The commands; `config` holds the defaults from the working folder's config file. */
function program(config: Config, exit: (code: number) => void): Command {
  const root = new Command('deckwright')
    .usage('<command> [options]')
    .description('Turn an article into a reveal.js deck and an editable PPTX.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .helpCommand('help [command]', 'print the help of a command')
    // Set before the commands are added, which copy them: failures become errors that
    // main() prints as one line, and commander itself prints nothing on standard error.
    // The help is wrapped to the terminal, but no wider than 80 columns, to stay readable.
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, outputError: () => undefined, getOutHelpWidth: () => Math.min(80, (process.stdout.isTTY && process.stdout.columns) || 80) });

  root
    .command('build')
    .description('build the outline and the decks of each article (.txt, .md, .html, .docx, an http(s) address or - for standard input; folders and globs too) into <out>/<name>/')
    .argument('<articles...>', 'article files, folders, globs, addresses or -')
    .addOption(new Option('--out <folder>', 'folder the deck folders are made in (default: decks)'))
    .addOption(option.theme())
    .addOption(option.templates())
    .addOption(option.format())
    .addOption(option.size())
    .addOption(option.from())
    .addOption(option.timeout())
    .addOption(option.maxSize())
    .addOption(option.title())
    .addOption(option.author())
    .option('--force', 'replace an outline.yaml you have edited')
    .addOption(new Option('--jobs <n>', 'articles built at once (default: 4)').argParser(number))
    .option('--json', 'print a summary for programs, as JSON')
    .action(async (articles: string[], flags: SettingArgs & InputFlags & { force?: boolean }) => {
      const { buildMany, summaryJson, summaryText } = await import('./batch.js');
      const summary = await buildMany({
        articles,
        settings: resolveSettings(flags, config),
        ...(flags.from ? { from: flags.from } : {}),
        ...(flags.title ? { title: flags.title } : {}),
        force: flags.force === true,
        json: flags.json === true,
      });
      const single = summary.built.length + summary.failed.length === 1;
      if (flags.json) process.stdout.write(summaryJson(summary));
      else if (single && summary.built[0]) await report(summary.built[0]);
      else if (single) throw new UserError(summary.failed[0]!.error);
      else process.stdout.write(summaryText(summary));
      if (summary.failed.length) exit(1);
    });

  root
    .command('outline')
    .description('print the outline of an article as YAML (or JSON)')
    .argument('<article>', 'an article file, an http(s) address or - for standard input')
    .option('--json', 'print JSON instead of YAML')
    .addOption(option.title())
    .addOption(option.author())
    .addOption(option.from())
    .addOption(option.timeout())
    .addOption(option.maxSize())
    .action(async (article: string, flags: SettingArgs & InputFlags) => {
      const settings = resolveSettings(flags, config);
      const [{ outlineText }, { readStdin }] = await Promise.all([import('./commands/outline.js'), import('./source.js')]);
      const spec = article === '-' ? { kind: 'stdin' as const, bytes: await readStdin(settings.maxBytes) } : isUrl(article) ? { kind: 'url' as const, url: article } : { kind: 'file' as const, path: article };
      const author = flags.author ?? settings.author;
      process.stdout.write(await outlineText({ spec, limits: settings, json: flags.json === true, ...(flags.title ? { title: flags.title } : {}), ...(author ? { author } : {}), ...(flags.from ? { from: flags.from } : {}) }));
    });

  root
    .command('render')
    .description('build the decks from an outline file you wrote or edited (.yaml or .json)')
    .argument('<outline>', 'the outline file')
    .addOption(new Option('--out <folder>', 'folder the deck folder is made in (default: next to the outline)'))
    .addOption(option.theme())
    .addOption(option.templates())
    .addOption(option.format())
    .addOption(option.size())
    .action(async (outline: string, flags: SettingArgs) => {
      const { render } = await import('./commands/render.js');
      await report(await render({ outline, ...(flags.out ? { out: flags.out } : {}), settings: resolveSettings({ ...flags, out: undefined }, config) }));
    });

  root
    .command('init')
    .description('copy the templates and a theme into a folder for customising, with a deckwright.config.json that uses them')
    .argument('[dir]', 'the folder, made if missing', '.')
    .action(async (dir: string) => {
      const [{ init }, { show }] = await Promise.all([import('./commands/init.js'), import('./batch.js')]);
      const r = init(dir);
      for (const path of r.written) process.stdout.write(`wrote ${show(path)}\n`);
      for (const path of r.kept) stderr().write(`kept ${show(path)} (it exists; delete it to get the built-in one)\n`);
      process.stdout.write(`edit the templates and theme.json, then run deckwright from ${show(dir) || '.'}: its deckwright.config.json uses them\n`);
    });

  root
    .command('serve')
    .description('show the deck of an article or outline on 127.0.0.1, rebuilt and reloaded on every change')
    .argument('<input>', 'the article, or an outline (.yaml, .json)')
    .addOption(option.theme())
    .addOption(option.size())
    .addOption(new Option('--port <port>', 'port to listen on (default: 8000, or a free one)').argParser(number))
    .action(async (input: string, flags: Omit<ServeArgs, 'input'>) => {
      const { serve } = await import('./commands/serve.js');
      await serve({ ...flags, input }, { info: (l) => process.stdout.write(`${l}\n`), error: (l) => stderr().write(`${l}\n`) });
    });

  root
    .command('themes')
    .description('list the built-in themes')
    .action(async () => {
      const { themesText } = await import('./commands/themes.js');
      process.stdout.write(`${themesText()}\n`);
    });

  return root;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const config = loadConfig(process.cwd())?.config ?? {};
    let code = 0;
    await program(config, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    // commander ends --help and --version with an "error" too, after printing them.
    if (e instanceof CommanderError && e.exitCode === 0) return 0;
    return handle(e instanceof CommanderError ? badUsage(e) : e);
  }
}

/** A commander failure as one line, such as "unknown option '--jsn' (Did you mean --json?)". */
function badUsage(e: CommanderError): UserError {
  // With no command, commander shows the help on standard error, where it prints nothing.
  if (e.code === 'commander.help') return new UserError('name a command: build, outline, render, serve, init or themes', 2);
  return new UserError(e.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '), 2);
}

function handle(e: unknown): number {
  if (e instanceof UserError) {
    stderr().write(`deckwright: ${e.message}\n`);
    if (e.exitCode === 2) stderr().write('run `deckwright --help` for usage\n');
    return e.exitCode;
  }
  if (isInputError(e)) {
    stderr().write(`deckwright: ${e.message}\n`);
    return 1;
  }
  const message = e instanceof Error ? e.message : String(e);
  stderr().write(`deckwright: unexpected error: ${message.split('\n')[0]} (set DECKWRIGHT_DEBUG=1 to see where)\n`);
  if (process.env.DECKWRIGHT_DEBUG && e instanceof Error) stderr().write(`${e.stack}\n`);
  return 1;
}

/** Resolves once what was written to `stream` is out: a pipe whose reader is slower than deckwright holds the rest in memory. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => (stream.writableLength === 0 ? resolve() : stream.write('', () => resolve())));
}

// A reader that stops early (deckwright outline x.md | head) is no error, and no stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
// A command that succeeded exits once its output is out (standard error only if it was
// written to), rather than wait for Node to wind down (~3 ms). One that failed lets Node
// wind down, in case the failure left work going (a temporary file still to be removed).
// The exit code is set first in case a stream never drains.
void main(process.argv.slice(2)).then(async (code) => {
  process.exitCode = code;
  if (code !== 0) return;
  const err = stderrIfUsed();
  await Promise.all([flushed(process.stdout), ...(err ? [flushed(err)] : [])]);
  process.exit(0);
});
