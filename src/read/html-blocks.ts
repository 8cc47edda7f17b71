import type { Block, ListItem } from './article.js';
import { ATTRIBUTION } from './text.js';

/**
 * An HTML element tree (the article part of a page, or a converted .docx) as blocks.
 * It needs only a few DOM properties, so any DOM implementation will do.
 */

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that carry nothing for slides. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'button', 'input', 'select', 'textarea', 'form', 'nav', 'head', 'title', 'meta', 'link', 'hr']);

/** Elements that start a block of their own rather than flowing inside a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const tagOf = (node: DomNode) => node.nodeName.toLowerCase();
const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT;
const children = (node: DomNode) => Array.from(node.childNodes);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A footnote marker such as <sup><a href="#fn1">1</a></sup>: noise in a bullet. */
function isNoteRef(el: DomElement): boolean {
  if (tagOf(el) !== 'sup') return false;
  const links = children(el).filter(isElement);
  return links.length > 0 && links.every((a) => tagOf(a) === 'a' && (a.getAttribute('href') ?? '').startsWith('#'));
}

/** The words of an element as a reader sees them: line breaks and block edges become spaces. */
function rawText(node: DomNode, skip: (el: DomElement) => boolean = () => false): string {
  if (node.nodeType === TEXT) return node.textContent ?? '';
  if (!isElement(node)) return '';
  const tag = tagOf(node);
  if (SKIP.has(tag) || skip(node) || isNoteRef(node)) return '';
  if (tag === 'br') return ' ';
  const inner = children(node).map((c) => rawText(c, skip)).join('');
  return BLOCK.has(tag) ? ` ${inner} ` : inner;
}

const textOf = (node: DomNode, skip?: (el: DomElement) => boolean) => squash(rawText(node, skip));

function descendants(el: DomElement, tag: string): DomElement[] {
  const found: DomElement[] = [];
  for (const child of children(el).filter(isElement)) {
    if (tagOf(child) === tag) found.push(child);
    found.push(...descendants(child, tag));
  }
  return found;
}

function hasBlockInside(el: DomElement): boolean {
  return children(el).some((c) => isElement(c) && (BLOCK.has(tagOf(c)) || tagOf(c) === 'img' || hasBlockInside(c)));
}

function imageBlock(img: DomElement, caption?: string): Block | undefined {
  const src = img.getAttribute('src') ?? img.getAttribute('data-src');
  if (!src) return undefined;
  const block: Block = { kind: 'image', src, alt: squash(img.getAttribute('alt') ?? '') };
  const text = caption ?? squash(img.getAttribute('title') ?? '');
  if (text) block.caption = text;
  return block;
}

/** A paragraph or link that holds one image and no words. */
function loneImage(el: DomElement): DomElement | undefined {
  const images = descendants(el, 'img');
  return images.length === 1 && textOf(el) === '' ? images[0] : undefined;
}

/** The elements with one of `tags` nearest below `el` (none inside another). */
function outermost(el: DomElement, tags: readonly string[]): DomElement[] {
  return children(el)
    .filter(isElement)
    .flatMap((c) => (tags.includes(tagOf(c)) ? [c] : outermost(c, tags)));
}

const LISTS = ['ul', 'ol'];

function listItems(list: DomElement, depth: number, out: ListItem[]): void {
  for (const li of children(list).filter(isElement)) {
    if (tagOf(li) !== 'li') continue;
    const text = textOf(li, (el) => LISTS.includes(tagOf(el)));
    if (text) out.push({ text, depth });
    for (const sub of outermost(li, LISTS)) listItems(sub, depth + 1, out);
  }
}

function quoteBlock(el: DomElement): Block | undefined {
  const cite = (c: DomElement) => tagOf(c) === 'footer' || tagOf(c) === 'cite';
  const citeEl = children(el).filter(isElement).find(cite);
  const inner: Block[] = [];
  walk(el, inner, cite);
  const parts = inner.map((b) => ('text' in b ? b.text : '')).filter(Boolean);
  let by = citeEl ? textOf(citeEl).replace(/^(?:—|–|--|―)\s*/, '') : undefined;
  if (!by && parts.length > 1) {
    by = ATTRIBUTION.exec(parts[parts.length - 1]!)?.[1]?.trim();
    if (by) parts.pop();
  }
  const text = parts.join(' ');
  if (!text) return undefined;
  return by ? { kind: 'quote', text, by } : { kind: 'quote', text };
}

function tableBlock(table: DomElement): Block | undefined {
  const rows = descendants(table, 'tr')
    .map((tr) => children(tr).filter((c): c is DomElement => isElement(c) && (tagOf(c) === 'td' || tagOf(c) === 'th')).map((cell) => textOf(cell)))
    .filter((row) => row.some(Boolean));
  return rows.length ? { kind: 'table', rows } : undefined;
}

function codeBlock(pre: DomElement): Block {
  const code = children(pre).find((c): c is DomElement => isElement(c) && tagOf(c) === 'code');
  const lang = /(?:^|\s)(?:language|lang)-(\S+)/.exec(code?.getAttribute('class') ?? '')?.[1];
  const text = (pre.textContent ?? '').replace(/^\n|\n$/g, '');
  return lang ? { kind: 'code', lang, text } : { kind: 'code', text };
}

function blockOf(el: DomElement, tag: string, out: Block[], skip: (el: DomElement) => boolean): void {
  if (/^h[1-6]$/.test(tag)) {
    const text = textOf(el);
    if (text) out.push({ kind: 'heading', level: Number(tag[1]), text });
  } else if (tag === 'p') {
    const img = loneImage(el);
    if (img) push(out, imageBlock(img));
    else {
      const text = textOf(el, skip);
      const quote = out.at(-1);
      const by = ATTRIBUTION.exec(text)?.[1]?.trim();
      // "— Speaker" right after a quotation names who said it (Word has no markup for it).
      if (by && quote?.kind === 'quote' && !quote.by) quote.by = by;
      else if (text) out.push({ kind: 'paragraph', text });
    }
  } else if (tag === 'ul' || tag === 'ol') {
    const items: ListItem[] = [];
    listItems(el, 0, items);
    if (items.length) out.push({ kind: 'list', ordered: tag === 'ol', items });
  } else if (tag === 'blockquote') push(out, quoteBlock(el));
  else if (tag === 'figure') {
    const img = descendants(el, 'img')[0];
    const caption = descendants(el, 'figcaption')[0];
    if (img) push(out, imageBlock(img, caption ? textOf(caption) : undefined));
    else walk(el, out, skip);
  } else if (tag === 'pre') out.push(codeBlock(el));
  else if (tag === 'table') push(out, tableBlock(el));
  else walk(el, out, skip);
}

/** Read the children of `el` in order, gathering runs of inline content into paragraphs. */
function walk(el: DomElement, out: Block[], skip: (el: DomElement) => boolean = () => false): void {
  let line = '';
  const flush = () => {
    const text = squash(line);
    if (text) out.push({ kind: 'paragraph', text });
    line = '';
  };
  for (const child of children(el)) {
    if (child.nodeType === TEXT) line += child.textContent ?? '';
    if (!isElement(child)) continue;
    const tag = tagOf(child);
    if (SKIP.has(tag) || skip(child)) continue;
    if (tag === 'img') {
      // An image standing between blocks is a figure; one inside a line is an icon.
      if (squash(line) === '') push(out, imageBlock(child));
    } else if (BLOCK.has(tag)) {
      flush();
      blockOf(child, tag, out, skip);
    } else if (loneImage(child) && squash(line) === '') {
      push(out, imageBlock(loneImage(child)!));
    } else if (hasBlockInside(child)) {
      flush();
      walk(child, out, skip);
    } else line += rawText(child);
  }
  flush();
}

function push(out: Block[], block: Block | undefined): void {
  if (block) out.push(block);
}

/** The blocks of an element's content, in reading order. */
export function htmlBlocks(root: DomElement): Block[] {
  const blocks: Block[] = [];
  walk(root, blocks);
  return blocks;
}
