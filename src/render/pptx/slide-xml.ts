import type { Box } from '../../compose/geometry.js';
import { isRtl } from '../direction.js';
import type { Theme } from '../../theme/theme.js';
import type { LayoutSpec, PlaceholderSpec, Role } from './layouts.js';
import { placeholderNonVisual, rectangle, SLIDE_NUMBER_FIELD, spTree, xfrm } from './shapes.js';
import type { Paragraph, Run, SlideContent } from './slide-content.js';
import { bulletLevels, numberedLevels, resized, type LevelStyle } from './text-styles.js';
import { solidFill } from './colours.js';
import { tableFrame } from './table-xml.js';
import { centipoints, emu } from './units.js';
import { el, PML_NAMESPACES, text, xmlPart, type Xml } from './xml.js';

/**
 * One slide's part: its text in the layout's placeholders, matched by type and idx and
 * with no position or formatting of their own, so the layout styles the slide and Reset
 * Slide keeps its content. A slide carries explicit sizes only where fitting chose a
 * size other than the theme's, and the inline formatting of its runs.
 */

/** The monospace face of `code` runs, set at the HTML deck's 0.85 em. */
export const CODE_FONT = 'Courier New';
const CODE_SCALE = 0.85;

export interface SlidePicture {
  rId: string;
  box: Box;
  descr: string;
}

export interface SlideContext {
  theme: Theme;
  layout: LayoutSpec;
  lang: string;
  number: number;
  footer?: string;
  /** The relationship id of an external hyperlink from this slide. */
  link: (url: string) => string;
  picture?: SlidePicture;
  /** Where a table goes: the body's box. */
  tableBox: Box;
}

/** Paragraphs placed in one placeholder, with the styles fitting chose where they differ from the layout's. */
interface Filled {
  spec: PlaceholderSpec;
  paragraphs: Paragraph[];
  /** Level styles at the slide's own size, when fitting changed it. */
  sized?: LevelStyle[];
}

function runXml(run: Run, style: LevelStyle, sized: boolean, ctx: SlideContext): Xml {
  const size = run.code ? style.size * CODE_SCALE : sized ? style.size : undefined;
  const props = el(
    'a:rPr',
    { lang: ctx.lang, sz: size === undefined ? undefined : centipoints(size), b: run.bold || undefined, i: run.italic || undefined },
    run.code ? el('a:latin', { typeface: CODE_FONT }) : undefined,
    run.code ? el('a:cs', { typeface: CODE_FONT }) : undefined,
    run.href ? el('a:hlinkClick', { 'r:id': ctx.link(run.href) }) : undefined,
  );
  return el('a:r', {}, props, el('a:t', {}, text(run.text)));
}

/**
 * Paragraph properties: the level, and only what differs from the layout's style for
 * that level; in a right-to-left deck, the direction, and text set from the right.
 */
function paragraphProperties(p: Paragraph, base: LevelStyle | undefined, style: LevelStyle, rtl: boolean): Xml | undefined {
  const attrs: Record<string, number | string | undefined> = { lvl: p.level > 0 ? p.level : undefined };
  if (rtl) {
    attrs.rtl = 1;
    if (style.align === 'l') attrs.algn = 'r';
  }
  const children: Xml[] = [];
  const plain = p.list === 'none' && base?.bullet;
  if (plain) {
    attrs.marL = 0;
    attrs.indent = 0;
  } else if (!base || style.marginLeft !== base.marginLeft || style.indent !== base.indent) {
    attrs.marL = emu(style.marginLeft);
    attrs.indent = emu(style.indent);
  }
  if (!base || style.lineHeight !== base.lineHeight) children.push(el('a:lnSpc', {}, el('a:spcPts', { val: centipoints(style.lineHeight) })));
  if (!base || style.spaceBefore !== base.spaceBefore) children.push(el('a:spcBef', {}, el('a:spcPts', { val: centipoints(style.spaceBefore) })));
  if (plain) children.push(el('a:buNone'));
  if (p.list === 'number') children.push(el('a:buFont', { typeface: '+mj-lt' }), el('a:buAutoNum', { type: 'arabicPeriod', startAt: p.start }));
  if (attrs.lvl === undefined && attrs.marL === undefined && !rtl && children.length === 0) return undefined;
  return el('a:pPr', attrs, ...children);
}

function paragraphXml(p: Paragraph, filled: Filled, ctx: SlideContext): Xml {
  const levels = filled.spec.levels;
  const level = Math.min(p.level, levels.length - 1);
  const base = levels[level];
  const style = filled.sized?.[Math.min(level, filled.sized.length - 1)] ?? base!;
  const sized = filled.sized !== undefined && style.size !== base?.size;
  const end = el('a:endParaRPr', { lang: ctx.lang, sz: sized ? centipoints(style.size) : undefined });
  return el('a:p', {}, paragraphProperties(p, base, style, isRtl(ctx.lang)), ...p.runs.map((r) => runXml(r, style, sized, ctx)), end);
}

function textShape(id: number, filled: Filled, ctx: SlideContext): Xml {
  const paragraphs = filled.paragraphs.length ? filled.paragraphs : [{ runs: [], level: 0, list: 'none' as const }];
  return el(
    'p:sp',
    {},
    placeholderNonVisual(id, filled.spec),
    el('p:spPr'),
    el('p:txBody', {}, el('a:bodyPr'), el('a:lstStyle'), ...paragraphs.map((p) => paragraphXml(p, filled, ctx))),
  );
}

function numberShape(id: number, spec: PlaceholderSpec, ctx: SlideContext): Xml {
  const field = el('a:fld', { id: SLIDE_NUMBER_FIELD, type: 'slidenum' }, el('a:rPr', { lang: ctx.lang }), el('a:t', {}, text(String(ctx.number))));
  return el('p:sp', {}, placeholderNonVisual(id, spec), el('p:spPr'), el('p:txBody', {}, el('a:bodyPr'), el('a:lstStyle'), el('a:p', {}, field, el('a:endParaRPr', { lang: ctx.lang }))));
}

function pictureShape(id: number, spec: PlaceholderSpec, picture: SlidePicture): Xml {
  return el(
    'p:pic',
    {},
    placeholderNonVisual(id, spec, { descr: picture.descr }),
    el('p:blipFill', {}, el('a:blip', { 'r:embed': picture.rId }), el('a:stretch', {}, el('a:fillRect'))),
    el('p:spPr', {}, xfrm(picture.box), rectangle()),
  );
}

/** A table cell's runs: a graphic frame inherits no placeholder's style, so each run names its size, colour and font. */
function cellRuns(runs: Run[], style: LevelStyle, ctx: SlideContext): Xml[] {
  return runs.map((run) => {
    const props = el(
      'a:rPr',
      { lang: ctx.lang, sz: centipoints(run.code ? style.size * CODE_SCALE : style.size), b: style.bold || run.bold || undefined, i: run.italic || undefined },
      solidFill(ctx.theme, style.colour),
      el('a:latin', { typeface: run.code ? CODE_FONT : '+mn-lt' }),
      el('a:cs', { typeface: run.code ? CODE_FONT : '+mn-cs' }),
      run.href ? el('a:hlinkClick', { 'r:id': ctx.link(run.href) }) : undefined,
    );
    return el('a:r', {}, props, el('a:t', {}, text(run.text)));
  });
}

const plainParagraph = (runs: Run[]): Paragraph => ({ runs, level: 0, list: 'none' });

/** What the slide puts in each placeholder role, and the sizes fitting chose. */
function fill(content: SlideContent, ctx: SlideContext): Map<Role, Omit<Filled, 'spec'>> {
  const { theme } = ctx;
  const out = new Map<Role, Omit<Filled, 'spec'>>();
  const levelsOf = (role: Role) => ctx.layout.placeholders.find((p) => p.role === role)?.levels ?? [];
  const [title] = levelsOf('title');
  out.set('title', {
    paragraphs: [plainParagraph(content.title)],
    ...(content.titleSize && title && content.titleSize !== title.size ? { sized: [resized(theme, title, content.titleSize)] } : {}),
  });
  const bodySized = content.bodySize && content.bodySize !== theme.sizes.body ? { sized: bulletLevels(theme, content.bodySize) } : {};
  switch (content.layout) {
    case 'title':
    case 'closing':
      out.set('subtitle', { paragraphs: content.subtitle });
      out.set('byline', { paragraphs: content.byline });
      break;
    case 'section':
      out.set('subtitle', { paragraphs: content.subtitle });
      break;
    case 'agenda':
      out.set('body', { paragraphs: content.body, sized: numberedLevels(theme, content.bodySize ?? theme.sizes.body) });
      break;
    case 'bullets':
    case 'takeaways':
      out.set('body', { paragraphs: content.body, ...bodySized });
      break;
    case 'two-column':
      out.set('left', { paragraphs: content.columns[0] ?? [], ...bodySized });
      out.set('right', { paragraphs: content.columns[1] ?? [], ...bodySized });
      break;
    case 'quote': {
      const [quote, ...cite] = content.body;
      const paragraphs = [...(quote ? [{ ...quote, level: 0 }] : []), ...cite.map((p) => ({ ...p, level: 1 }))];
      // Fitting sizes the quotation; the attribution keeps the layout's size.
      const [text, ...rest] = levelsOf('body');
      const sized = content.bodySize && text && content.bodySize !== text.size ? { sized: [resized(theme, text, content.bodySize), ...rest] } : {};
      out.set('body', { paragraphs, ...sized });
      break;
    }
    case 'image': {
      const [caption] = levelsOf('caption');
      const sized = content.bodySize && caption && content.bodySize !== caption.size ? { sized: [resized(theme, caption, content.bodySize)] } : {};
      out.set('caption', { paragraphs: content.figure?.caption?.length ? [plainParagraph(content.figure.caption)] : [], ...sized });
      break;
    }
    case 'table':
      break;
  }
  return out;
}

/** `ppt/slides/slideN.xml`. */
export function slideXml(content: SlideContent, ctx: SlideContext): string {
  const filled = fill(content, ctx);
  const shapes: Xml[] = [];
  let id = 2;
  for (const spec of ctx.layout.placeholders) {
    if (spec.role === 'number') {
      if (ctx.layout.numbered) shapes.push(numberShape(id++, spec, ctx));
    } else if (spec.role === 'footer') {
      if (ctx.layout.numbered && ctx.footer) shapes.push(textShape(id++, { spec, paragraphs: [plainParagraph([{ text: ctx.footer }])] }, ctx));
    } else if (spec.role === 'picture') {
      if (ctx.picture) shapes.push(pictureShape(id++, spec, ctx.picture));
    } else {
      const f = filled.get(spec.role);
      if (f && (f.paragraphs.length || spec.role === 'title')) shapes.push(textShape(id++, { spec, ...f }, ctx));
    }
  }
  if (content.table) {
    const table = { theme: ctx.theme, lang: ctx.lang, rtl: isRtl(ctx.lang), size: content.bodySize ?? ctx.theme.sizes.body, box: ctx.tableBox, runs: (runs: Run[], style: LevelStyle) => cellRuns(runs, style, ctx) };
    shapes.push(tableFrame(id++, content.table, table));
  }
  return xmlPart(el('p:sld', PML_NAMESPACES, el('p:cSld', {}, spTree(shapes)), el('p:clrMapOvr', {}, el('a:masterClrMapping'))));
}
