import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Deck } from '../../compose/deck.js';
import { geometry } from '../../compose/geometry.js';
import { deckMarkup, loadTemplates, type Templates } from '../markup.js';
import { fontFaceCss } from './font-faces.js';
import { themeCss } from './theme-css.js';

const require = createRequire(import.meta.url);

function asset(path: string): string {
  return readFileSync(require.resolve(path), 'utf8');
}

/** Inline script text can never close its own <script> element early. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'media-src data:',
  "frame-src 'self' file:",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * What the deck needs and nothing more: its own inline scripts and styles, fonts and
 * images as data URIs, and the deck file itself in the speaker view's frames.
 */
export const CONTENT_SECURITY_POLICY = POLICY.join('; ');

/** The served page may also listen to its own server for reloads; no file deck can connect anywhere. */
export const SERVED_CONTENT_SECURITY_POLICY = [...POLICY, "connect-src 'self'"].join('; ');

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
  const startJs = `Reveal.initialize(Object.assign(${JSON.stringify(config)}, { plugins: [RevealNotes] }));`;
  return templates.deck({
    lang: deck.lang,
    title: deck.title,
    author: deck.author,
    csp: options.liveReload ? SERVED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    revealCss: asset('reveal.js/reveal.css'),
    themeCss: `${fontCss}\n${themeCss(deck.theme, g)}`,
    slides: slides.join('\n'),
    revealJs: inlineScript(asset('reveal.js')),
    notesJs: inlineScript(asset('reveal.js/plugin/notes')),
    startJs,
    ...(options.liveReload ? { reloadJs: inlineScript(liveReloadJs(options.liveReload)) } : {}),
  });
}
