import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import type { List, Nodes, Paragraph, RootContent } from 'mdast';
import type { Article, Block, ListItem } from './article.js';
import { guessLang } from './lang.js';
import { takeTitleAndByline } from './leading.js';
import { indexSentences } from './sentence-index.js';
import { ATTRIBUTION } from './text.js';

function text(node: Nodes): string {
  return toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

function listItems(list: List, depth: number, out: ListItem[]): void {
  for (const item of list.children) {
    const own = item.children.filter((c) => c.type !== 'list');
    const line = own.map((c) => text(c)).filter(Boolean).join(' ');
    if (line) out.push({ text: line, depth });
    for (const child of item.children) if (child.type === 'list') listItems(child, depth + 1, out);
  }
}

/** A paragraph that holds only an image (and white space) becomes an image block. */
function imageOnly(p: Paragraph): Block | undefined {
  const meaningful = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = meaningful[0];
  if (meaningful.length !== 1 || only === undefined || only.type !== 'image') return undefined;
  const block: Block = { kind: 'image', src: only.url, alt: only.alt ?? '' };
  if (only.title) block.caption = only.title;
  return block;
}

function toBlocks(nodes: RootContent[], blocks: Block[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const t = text(node);
        if (t) blocks.push({ kind: 'heading', level: node.depth, text: t });
        break;
      }
      case 'paragraph': {
        const image = imageOnly(node);
        if (image) blocks.push(image);
        else {
          const t = text(node);
          if (t) blocks.push({ kind: 'paragraph', text: t });
        }
        break;
      }
      case 'list': {
        const items: ListItem[] = [];
        listItems(node, 0, items);
        if (items.length) blocks.push({ kind: 'list', ordered: node.ordered === true, items });
        break;
      }
      case 'blockquote': {
        const parts = node.children.map((c) => text(c)).filter(Boolean);
        const by = parts.length > 1 ? ATTRIBUTION.exec(parts[parts.length - 1]!)?.[1] : undefined;
        const body = (by ? parts.slice(0, -1) : parts).join(' ');
        if (body) blocks.push(by ? { kind: 'quote', text: body, by: by.trim() } : { kind: 'quote', text: body });
        break;
      }
      case 'code':
        blocks.push(node.lang ? { kind: 'code', lang: node.lang, text: node.value } : { kind: 'code', text: node.value });
        break;
      case 'table':
        blocks.push({ kind: 'table', rows: node.children.map((row) => row.children.map((cell) => text(cell))) });
        break;
      default:
        // Raw HTML, thematic breaks, definitions and footnotes carry nothing for slides.
        break;
    }
  }
}

/**
 * Markdown (CommonMark with GFM): headings, paragraphs, lists, quotations, images,
 * tables and code become blocks. A single top-level `#` heading at the start is the title.
 */
export function readMarkdown(source: string): Article {
  const tree = fromMarkdown(source.replace(/^\uFEFF/, ''), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const blocks: Block[] = [];
  toBlocks(tree.children, blocks);
  const article: Article = { lang: guessLang(source), blocks, sentences: [] };
  takeTitleAndByline(blocks, article);
  article.sentences = indexSentences(blocks);
  return article;
}
