import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck } from '../../compose/deck.js';
import { BULLET_INDENT } from '../../compose/fit.js';
import { geometry } from '../../compose/geometry.js';
import { packageDir } from '../../packages.js';
import { isRtl } from '../direction.js';
import { deckMarkup, loadTemplates, type Templates } from '../markup.js';
import { fontFaceCss } from './font-faces.js';
import { themeCss } from './theme-css.js';

// reveal.js's files are read once a process: a batch inlines them into every deck.
const assets = new Map<string, string>();

/** A file of reveal.js, by its path in the package (dist/reveal.js). */
function asset(path: string): string {
  let text = assets.get(path);
  if (text === undefined) {
    const dir = packageDir('reveal.js');
    if (!dir) throw new Error('reveal.js is not installed: run `npm install` in deckwright\'s folder');
    assets.set(path, (text = readFileSync(join(dir, path), 'utf8')));
  }
  return text;
}

/** Inline script text can never close its own <script> element early. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const hashes = new Map<string, string>();

/** A CSP source that allows exactly one inline script: the hash of its text (reveal.js's, once a process). */
function scriptHash(code: string): string {
  let hash = hashes.get(code);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
    if (code.length > 10_000) hashes.set(code, hash);
  }
  return hash;
}

const inlined = new Map<string, string>();

/** A reveal.js script as an inline script's text, made once a process. */
function scriptAsset(path: string): string {
  let code = inlined.get(path);
  if (code === undefined) inlined.set(path, (code = inlineScript(asset(path))));
  return code;
}

/** Undo a template literal's escapes (\\, \/, \n, \u0041, …): the text the browser gets. */
function cooked(raw: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '' };
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, e: string) =>
    e.length > 1 ? String.fromCodePoint(parseInt(e.replace(/^[ux]\{?|\}$/g, ''), 16)) : (simple[e] ?? e),
  );
}

/**
 * The script of the speaker view. The notes plugin writes the view into a popup with
 * document.write, from a template literal in its source; the popup inherits the deck's
 * policy, so the deck must allow that script by its hash too.
 */
export function speakerViewScript(notesPlugin: string): string {
  const write = notesPlugin.indexOf('document.write(`');
  const open = notesPlugin.indexOf('<script>', write);
  const close = notesPlugin.indexOf('<\\/script>', open);
  const raw = notesPlugin.slice(open + '<script>'.length, close);
  if (write < 0 || open < 0 || close < 0 || raw.includes('${')) throw new Error('the notes plugin of reveal.js has changed: find its speaker view script again (src/render/html/deck.ts)');
  return cooked(raw);
}

/**
 * What the deck needs and nothing more: its own inline scripts (each allowed by its hash,
 * so no script or event handler that found its way into a slide could run) and styles,
 * fonts and images as data URIs, and the deck file itself in the speaker view's frames.
 * Nothing may be fetched, framed from elsewhere, posted or used as a base address.
 */
function policy(scripts: readonly string[], connect?: string): string {
  return [
    "default-src 'none'",
    `script-src ${[...new Set(scripts.map(scriptHash))].join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "frame-src 'self' file:",
    ...(connect ? [`connect-src ${connect}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * A right-to-left deck: text starts on the right, and bullets hang on the right with the
 * indents the theme gives them on the left; the slide number still reads "3 / 7".
 */
const RTL_CSS = [
  '.reveal .slides{text-align:start;}',
  `.reveal .slides section li{padding-left:0;padding-right:calc(var(--body-size) * ${BULLET_INDENT[0]});}`,
  `.reveal .slides section li > ul > li{padding-left:0;padding-right:calc(var(--body-size) * ${(BULLET_INDENT[1]! - BULLET_INDENT[0]!).toFixed(4)});}`,
  '.reveal .slides section li::before{left:auto;right:0;}',
  '.reveal .slide-number{direction:ltr;}',
].join('\n');

export interface HtmlOptions {
  templates?: Templates;
  /**
   * Path of a server-sent event stream on the page's own server (`deckwright serve`):
   * the page reloads, on the same slide, when it sends a `reload` event.
   */
  liveReload?: string;
}

/** Reload on the server's word; the speaker view's preview frames follow the main window instead. */
function liveReloadJs(path: string): string {
  return `if (!/[?&]receiver/.test(location.search)) new EventSource(${JSON.stringify(path)}).addEventListener('reload', function () { location.reload(); });`;
}

/** The whole deck as one self-contained HTML file: reveal.js, notes plugin, theme and fonts inlined. */
export function renderHtml(deck: Deck, options: HtmlOptions = {}): string {
  const templates = options.templates ?? loadTemplates();
  const slides = deckMarkup(deck, templates);
  const g = geometry(deck.size);
  const codePoints = new Set<number>();
  for (const s of slides) for (const ch of s) codePoints.add(ch.codePointAt(0)!);
  const fonts = [deck.theme.fonts.heading, deck.theme.fonts.body].filter((f, i, all) => all.findIndex((x) => x.package === f.package) === i);
  const fontCss = fonts.map((f) => fontFaceCss(f, codePoints)).join('\n');
  const config = {
    width: g.width,
    height: g.height,
    margin: 0.04,
    center: false,
    hash: true,
    controls: true,
    progress: true,
    slideNumber: 'c/t',
    transition: 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    pdfSeparateFragments: false,
  };
  const scripts = {
    revealJs: scriptAsset('dist/reveal.js'),
    notesJs: scriptAsset('dist/plugin/notes.js'),
    startJs: inlineScript(`Reveal.initialize(Object.assign(${JSON.stringify(config)}, { plugins: [RevealNotes] }));`),
    ...(options.liveReload ? { reloadJs: inlineScript(liveReloadJs(options.liveReload)) } : {}),
  };
  const hashed = [...Object.values(scripts), speakerViewScript(asset('dist/plugin/notes.js'))];
  const rtl = isRtl(deck.lang);
  return templates.deck({
    lang: deck.lang,
    ...(rtl ? { dir: 'rtl' } : {}),
    title: deck.title,
    author: deck.author,
    csp: policy(hashed, options.liveReload ? "'self'" : undefined),
    revealCss: asset('dist/reveal.css'),
    themeCss: `${fontCss}\n${themeCss(deck.theme, g)}${rtl ? `\n${RTL_CSS}` : ''}`,
    slides: slides.join('\n'),
    ...scripts,
  });
}
