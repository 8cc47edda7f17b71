import { BULLET_INDENT, NUMBER_INDENT, PARAGRAPH_SPACE } from '../../compose/fit.js';
import type { Box, Geometry } from '../../compose/geometry.js';
import { CELL_PAD_X, CELL_PAD_Y } from '../../compose/table.js';
import { tableColours } from '../../theme/table-colours.js';
import type { Theme } from '../../theme/theme.js';

/**
 * The theme as CSS for the reveal.js deck. Boxes come from the same geometry the
 * PPTX placeholders use, one CSS pixel per point, so both decks lay out alike.
 */

function family(name: string, office: string): string {
  return `"${name}", "${office}", sans-serif`;
}

/** Absolute placement of a box, held at its anchor edge so text grows away from it. */
function place(b: Box, slideHeight: number): string {
  const common = `position:absolute;left:${b.x}px;width:${b.w}px;margin:0;`;
  if (b.anchor === 'bottom') return `${common}top:auto;bottom:${slideHeight - b.y - b.h + b.inset}px;max-height:${b.h - b.inset}px;`;
  if (b.anchor === 'middle') return `${common}top:${b.y + b.h / 2}px;transform:translateY(-50%);max-height:${b.h}px;`;
  return `${common}top:${b.y + b.top}px;max-height:${b.h - b.top}px;`;
}

export function themeCss(theme: Theme, g: Geometry): string {
  const c = theme.colors;
  const s = theme.sizes;
  const lh = theme.lineHeight;
  const body = family(theme.fonts.body.family, theme.fonts.body.office);
  const heading = family(theme.fonts.heading.family, theme.fonts.heading.office);
  const H = g.height;
  const sub = s.subBody / s.body;
  const content = ['agenda', 'bullets', 'two-column', 'image', 'table', 'takeaways'].map((l) => `.reveal .slides section[data-layout="${l}"]`);
  const t = tableColours(theme);
  const table = '.reveal .slides section[data-layout="table"] > table';
  const cover = ['title', 'closing'].map((l) => `.reveal .slides section[data-layout="${l}"]`);
  return `
html,body,.reveal-viewport{background:${c.background};}
.reveal{font-family:${body};font-size:${s.body}px;color:${c.text};font-kerning:none;font-variant-ligatures:none;}
.reveal .slides{text-align:left;}
.reveal .slides section{width:${g.width}px;height:${g.height}px;padding:0;box-sizing:border-box;line-height:${lh};}
.reveal .slides section{--body-size:${s.body}px;}
.reveal h1,.reveal h2{font-family:${heading};font-weight:700;line-height:${lh};letter-spacing:0;text-transform:none;text-wrap:wrap;overflow-wrap:anywhere;}
.reveal p,.reveal li,.reveal blockquote,.reveal cite,.reveal figcaption{overflow-wrap:anywhere;}
.reveal a{color:${c.link};text-decoration:underline;}
.reveal code{font-family:"DejaVu Sans Mono",monospace;font-size:0.85em;}
${content.join(',')}{background:${c.background};}
${content.map((x) => `${x}::before`).join(',')}{content:"";${place(g.accent, H)}height:${g.accent.h}px;background:${c.accent};}
${content.join(' > h2,')} > h2,.reveal .slides section[data-layout="quote"] > h2{${place(g.heading, H)}font-size:var(--title-size,${s.heading}px);color:${c.heading};}
.reveal .slides section > ul,.reveal .slides section > ol{${place(g.body, H)}padding:0;list-style:none;font-size:var(--body-size);}
.reveal .slides section .columns{position:absolute;left:${g.left.x}px;top:${g.left.y + g.left.top}px;width:${g.right.x + g.right.w - g.left.x}px;max-height:${g.left.h - g.left.top}px;display:grid;grid-template-columns:${g.left.w}px ${g.right.w}px;column-gap:${g.right.x - g.left.x - g.left.w}px;font-size:var(--body-size);}
.reveal .slides section .columns ul{margin:0;padding:0;list-style:none;}
.reveal .slides section li{position:relative;margin:0;padding-left:calc(var(--body-size) * ${BULLET_INDENT[0]});}
.reveal .slides section li + li{margin-top:calc(var(--body-size) * ${PARAGRAPH_SPACE[0]});}
.reveal .slides section ul > li::before{content:"•";position:absolute;left:0;color:${c.accent};}
.reveal .slides section ol > li{padding-left:calc(var(--body-size) * ${NUMBER_INDENT});}
.reveal .slides section ol > li::before{content:counter(list-item) ".";position:absolute;left:0;color:${c.accent};font-weight:700;}
.reveal .slides section li > ul{margin:0;padding:0;list-style:none;font-size:calc(var(--body-size) * ${sub.toFixed(4)});}
.reveal .slides section li > ul > li{margin-top:calc(var(--body-size) * ${(sub * PARAGRAPH_SPACE[1]!).toFixed(4)});padding-left:calc(var(--body-size) * ${(BULLET_INDENT[1]! - BULLET_INDENT[0]!).toFixed(4)});}
.reveal .slides section li > ul > li::before{content:"–";color:${c.muted};}
${cover.join(',')}{background:${c.titleBackground};color:${c.titleText};}
${cover.join(' > h1,')} > h1,${cover.join(' > h2,')} > h2{${place(g.coverTitle, H)}font-size:var(--title-size,${s.title}px);color:${c.titleText};}
${cover.join(' > .subtitle,')} > .subtitle{${place(g.coverSubtitle, H)}font-size:${s.subtitle}px;color:${c.titleMuted};}
${cover.map((x) => `${x} a`).join(',')}{color:inherit;}
${cover.join(' > .byline,')} > .byline{${place(g.coverByline, H)}font-size:${s.caption}px;color:${c.titleMuted};}
.reveal .slides section[data-layout="section"]{background:${c.background};}
.reveal .slides section[data-layout="section"]::before{content:"";${place(g.sectionAccent, H)}height:${g.sectionAccent.h}px;background:${c.accent};}
.reveal .slides section[data-layout="section"] > h2{${place(g.sectionTitle, H)}font-size:var(--title-size,${s.title}px);color:${c.heading};}
.reveal .slides section[data-layout="section"] > .subtitle{${place(g.sectionSubtitle, H)}font-size:${s.subtitle}px;color:${c.muted};}
.reveal .slides section[data-layout="quote"]{background:${c.background};}
.reveal .slides section[data-layout="quote"] > h2{${place(g.quoteHeading, H)}font-size:var(--title-size,${s.caption}px);color:${c.muted};}
.reveal .slides section[data-layout="quote"] blockquote{${place(g.quote, H)}width:${g.quote.w}px;padding:0;box-shadow:none;background:none;font-size:var(--quote-size,${s.quote}px);font-style:italic;color:${c.heading};}
.reveal .slides section[data-layout="quote"] blockquote p{margin:0;}
.reveal .slides section[data-layout="quote"] cite{display:block;margin-top:${Math.round(s.subtitle * PARAGRAPH_SPACE[0]!)}px;font-size:${s.subtitle}px;font-style:normal;color:${c.muted};}
.reveal .slides section[data-layout="quote"] cite::before{content:"— ";}
.reveal .slides section[data-layout="image"] figure{${place(g.picture, H)}height:${g.picture.h}px;display:flex;align-items:center;justify-content:center;}
.reveal .slides section[data-layout="image"] img{width:100%;height:100%;max-width:none;max-height:none;margin:0;object-fit:contain;}
.reveal .slides section[data-layout="image"] figcaption{position:absolute;left:0;top:${g.caption.y - g.picture.y}px;width:100%;font-size:var(--caption-size,${s.caption}px);color:${c.muted};}
${table}{${place(g.body, H)}border-collapse:collapse;table-layout:fixed;font-size:var(--body-size);line-height:${lh};}
${table} th,${table} td{padding:calc(var(--body-size) * ${CELL_PAD_Y}) calc(var(--body-size) * ${CELL_PAD_X});text-align:start;vertical-align:top;overflow-wrap:anywhere;border:none;border-bottom:1px solid ${t.rule};}
${table} .num{text-align:end;}
${table} thead tr{background:${t.headerFill};}
${table} th{color:${t.headerText};font-weight:700;}
${table} td{color:${c.text};}
${table} tbody tr:nth-child(even){background:${t.band};}
.reveal .slide-number{background:${c.background};color:${c.muted};font-family:${body};font-size:${s.footer}px;padding:2px 6px;border-radius:3px;}
.reveal .slide-number a{color:inherit;text-decoration:none;}
.reveal.has-dark-background .slide-number,${cover.map((x) => `.reveal .pdf-page:has(> ${x.replace('.reveal .slides ', '')}) .slide-number-pdf`).join(',')}{background:${c.titleBackground};color:${c.titleMuted};}
.reveal .progress{color:${c.accent};}
.reveal .controls{color:${c.accent};}
`.trim();
}
