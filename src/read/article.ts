/** The article as read from its source: blocks in reading order and their sentences. */

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

export interface ListItem {
  text: string;
  /** 0 for a top-level item, 1 for an item nested under it, and so on. */
  depth: number;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface QuoteBlock {
  kind: 'quote';
  text: string;
  by?: string;
}

export interface ImageBlock {
  kind: 'image';
  src: string;
  alt: string;
  caption?: string;
}

export interface TableBlock {
  kind: 'table';
  rows: string[][];
}

export interface CodeBlock {
  kind: 'code';
  lang?: string;
  text: string;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | QuoteBlock | ImageBlock | TableBlock | CodeBlock;

export interface Sentence {
  id: number;
  text: string;
  /** Index of the block the sentence belongs to. */
  block: number;
  /** For a sentence inside a list: the index of its item. */
  item?: number;
}

export interface Article {
  title?: string;
  byline?: string;
  date?: string;
  lang: string;
  blocks: Block[];
  sentences: Sentence[];
}
