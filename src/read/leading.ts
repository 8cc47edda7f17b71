import type { Article, Block } from './article.js';

/** A short "By …" paragraph at the start of the blocks is the byline; it leaves the blocks. */
export function takeByline(blocks: Block[], article: Article): void {
  const byline = blocks[0];
  if (byline?.kind === 'paragraph' && /^by\s+\S/i.test(byline.text) && byline.text.split(/\s+/).length <= 8) {
    article.byline = byline.text.replace(/^by\s+/i, '');
    blocks.shift();
  }
}

/**
 * The title and byline a document opens with: a heading at the start is the title when
 * it is the only top-level one (or `isTitle` says so), and a "By …" line may follow.
 * Both leave the blocks, so they are not read as content.
 */
export function takeTitleAndByline(blocks: Block[], article: Article, isTitle = false): void {
  const first = blocks[0];
  if (first?.kind !== 'heading') return;
  const onlyH1 = first.level === 1 && blocks.filter((b) => b.kind === 'heading' && b.level === 1).length === 1;
  if (!onlyH1 && !isTitle) return;
  article.title = first.text;
  blocks.shift();
  takeByline(blocks, article);
}
