import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Layout } from '../../compose/deck.js';
import { LAYOUTS } from '../../compose/deck.js';
import { safeUrl } from '../inline.js';
import { bodySizeName } from '../markup.js';
import { InputError } from '../../input-error.js';

/**
 * The slide markup read back into what a PPTX slide needs: the title, paragraphs with
 * levels and formatted runs, a figure and the notes. This is how the PPTX renderer
 * consumes the same templates as the HTML deck.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  href?: string;
}

export interface Paragraph {
  runs: Run[];
  /** 0 for a top-level item, 1 for a nested one. */
  level: number;
  list: 'bullet' | 'number' | 'none';
  /** Number of a numbered paragraph's list's first item, when not 1. */
  start?: number;
}

export interface Figure {
  src: string;
  alt: string;
  caption?: Run[];
}

export interface TableContent {
  /** Column widths in points, from the `col` elements. */
  widths: number[];
  /** Each cell's runs: the header row's, then every body row's. */
  header: Run[][];
  rows: Run[][][];
  /** Which columns hold figures, set flush right (the header cells' class "num"). */
  numeric: boolean[];
  /** Row heights in points, from each `tr`'s style: the header's first. */
  heights: number[];
}

export interface SlideContent {
  layout: Layout;
  title: Run[];
  subtitle: Paragraph[];
  byline: Paragraph[];
  /** Lists, or the quotation (its text, then the attribution). */
  body: Paragraph[];
  columns: Paragraph[][];
  figure?: Figure;
  table?: TableContent;
  notes: string[];
  titleSize?: number;
  bodySize?: number;
}

export class MarkupError extends InputError {}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function children(el: Element, name?: string): Element[] {
  return el.children.filter(isElement).filter((c) => name === undefined || c.name === name);
}

function hasClass(el: Element, cls: string): boolean {
  return (el.attribs.class ?? '').split(/\s+/).includes(cls);
}

/** Formatted runs of an element's inline content; nested lists are left out. */
function runs(el: Element, inherited: Omit<Run, 'text'> = {}): Run[] {
  const out: Run[] = [];
  for (const node of el.children) {
    if (node.type === 'text') {
      // HTML collapses ASCII white space only: a no-break space set by fitting stays one.
      const text = node.data.replace(/[ \t\n\f\r]+/g, ' ');
      if (text) out.push({ ...inherited, text });
      continue;
    }
    if (!isElement(node) || node.name === 'ul' || node.name === 'ol' || node.name === 'aside') continue;
    const style: Omit<Run, 'text'> = { ...inherited };
    if (node.name === 'strong' || node.name === 'b') style.bold = true;
    if (node.name === 'em' || node.name === 'i') style.italic = true;
    if (node.name === 'code') style.code = true;
    if (node.name === 'a') {
      const href = safeUrl(node.attribs.href ?? '');
      if (href) style.href = href;
    }
    if (node.name === 'br') out.push({ ...inherited, text: ' ' });
    else out.push(...runs(node, style));
  }
  return trimRuns(out);
}

function trimRuns(list: Run[]): Run[] {
  const out = list.map((r) => ({ ...r }));
  if (out[0]) out[0].text = out[0].text.replace(/^[ \t\n\f\r]+/, '');
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/[ \t\n\f\r]+$/, '');
  return out.filter((r) => r.text !== '');
}

function listParagraphs(list: Element, level: number, out: Paragraph[]): Paragraph[] {
  const kind = list.name === 'ol' ? 'number' : 'bullet';
  const start = kind === 'number' ? Number(list.attribs.start) : NaN;
  for (const li of children(list, 'li')) {
    out.push({ runs: runs(li), level, list: kind, ...(Number.isInteger(start) && start > 1 ? { start } : {}) });
    for (const nested of children(li).filter((c) => c.name === 'ul' || c.name === 'ol')) listParagraphs(nested, level + 1, out);
  }
  return out;
}

function plain(runsOf: Run[]): Paragraph {
  return { runs: runsOf, level: 0, list: 'none' };
}

function sizeFromStyle(style: string | undefined, name: string): number | undefined {
  const m = new RegExp(`--${name}-size:\\s*(\\d+(?:\\.\\d+)?)px`).exec(style ?? '');
  return m ? Number(m[1]) : undefined;
}

function lengthOf(el: Element, property: 'width' | 'height'): number {
  const m = new RegExp(`${property}:\\s*(\\d+(?:\\.\\d+)?)px`).exec(el.attribs.style ?? '');
  return m ? Number(m[1]) : 0;
}

/** A `table`: its column widths, the `thead` row's cells and the `tbody` rows'. */
function tableContent(table: Element): TableContent {
  const cols = children(table, 'colgroup').flatMap((g) => children(g, 'col'));
  const trs = (group: string) => children(table, group).flatMap((g) => children(g, 'tr'));
  const cellsOf = (tr: Element) => children(tr).filter((c) => c.name === 'th' || c.name === 'td');
  const cells = (tr: Element) => cellsOf(tr).map((c) => runs(c));
  const [head] = trs('thead');
  const body = trs('tbody');
  return {
    widths: cols.map((c) => lengthOf(c, 'width')),
    header: head ? cells(head) : [],
    numeric: head ? cellsOf(head).map((c) => hasClass(c, 'num')) : [],
    rows: body.map(cells),
    heights: [...(head ? [head] : []), ...body].map((tr) => lengthOf(tr, 'height')),
  };
}

/** Read one slide's `<section data-layout>` markup. */
export function readSlideMarkup(html: string): SlideContent {
  const doc = parseDocument(html);
  const section = doc.children.filter(isElement).find((e) => e.name === 'section');
  const layout = section?.attribs['data-layout'] as Layout | undefined;
  if (!section || !layout || !LAYOUTS.includes(layout)) {
    throw new MarkupError('a slide template must render one <section data-layout="…"> with a known layout');
  }
  const content: SlideContent = { layout, title: [], subtitle: [], byline: [], body: [], columns: [], notes: [] };
  const titleSize = sizeFromStyle(section.attribs.style, 'title');
  const bodySize = sizeFromStyle(section.attribs.style, bodySizeName(layout));
  if (titleSize) content.titleSize = titleSize;
  if (bodySize) content.bodySize = bodySize;
  for (const el of children(section)) {
    switch (el.name) {
      case 'h1':
      case 'h2':
        content.title = runs(el);
        break;
      case 'p':
        if (hasClass(el, 'byline')) content.byline.push(plain(runs(el)));
        else content.subtitle.push(plain(runs(el)));
        break;
      case 'ul':
      case 'ol':
        listParagraphs(el, 0, content.body);
        break;
      case 'div':
        if (hasClass(el, 'columns')) content.columns = children(el, 'div').map((col) => children(col).filter((c) => c.name === 'ul' || c.name === 'ol').flatMap((l) => listParagraphs(l, 0, [])));
        break;
      case 'blockquote': {
        for (const p of children(el, 'p')) content.body.push(plain(runs(p)));
        const cite = children(el, 'cite')[0];
        if (cite) content.body.push(plain([{ text: '— ' }, ...runs(cite)]));
        break;
      }
      case 'figure': {
        const img = children(el, 'img')[0];
        const caption = children(el, 'figcaption')[0];
        if (img?.attribs.src) content.figure = { src: img.attribs.src, alt: img.attribs.alt ?? '', ...(caption ? { caption: runs(caption) } : {}) };
        break;
      }
      case 'table':
        content.table = tableContent(el);
        break;
      case 'aside':
        if (hasClass(el, 'notes')) {
          const ps = children(el, 'p');
          content.notes = (ps.length ? ps : [el]).map((p) => runs(p).map((r) => r.text).join('')).filter(Boolean);
        }
        break;
      default:
        break;
    }
  }
  return content;
}
