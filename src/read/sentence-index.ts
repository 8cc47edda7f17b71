import type { Block, Sentence } from './article.js';
import { runInHeadingLength } from './run-in.js';
import { splitSentences } from './sentences.js';

/** Something to say: a letter or a digit (not only invisible characters, punctuation or symbols, which no bullet can be traced to). */
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** Number the sentences of every block that carries prose, in reading order. */
export function indexSentences(blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (text: string, block: number, item?: number, prose = false) => {
    for (const split of splitSentences(text)) {
      // In a paragraph, a run-in heading is no part of the sentence it is glued to.
      const s = prose ? split.slice(runInHeadingLength(split)) : split;
      if (!SAYS_SOMETHING.test(s)) continue;
      const sentence: Sentence = { id: sentences.length, text: s, block };
      if (item !== undefined) sentence.item = item;
      sentences.push(sentence);
    }
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') add(b.text, i, undefined, true);
    else if (b.kind === 'quote') add(b.text, i);
    else if (b.kind === 'list') b.items.forEach((it, k) => add(it.text, i, k));
    else if (b.kind === 'image' && b.caption) add(b.caption, i);
  });
  return sentences;
}
