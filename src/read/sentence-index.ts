import type { Block, Sentence } from './article.js';
import { runInHeadingLength } from './run-in.js';
import { splitAtMissingStop, splitAtStops, splitSentences } from './sentences.js';

/** Something to say: a letter or a digit (not only invisible characters, punctuation or symbols, which no bullet can be traced to). */
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** A word broken at a line's end in a PDF ("tran- sition"): two lowercase parts, the second no conjunction ("long- and short-term"). */
const BROKEN = /(\p{Ll}{2,})- (\p{Ll}{2,})/gu;
const SUSPENDED = new Set(['and', 'or', 'nor', 'to', 'but']);

/**
 * Mends words broken at a line's end the way the article itself writes them elsewhere:
 * "tran- sition" becomes "transition" where the text has "transition", "high- dimensional"
 * becomes "high-dimensional" where it has that. A break the text gives no evidence for stays.
 * The article's words are gathered only when a break turns up.
 */
function hyphenRejoiner(blocks: Block[]): (text: string) => string {
  let written: Set<string> | undefined;
  const writtenWords = () => {
    if (written) return written;
    written = new Set<string>();
    for (const b of blocks) if (b.kind === 'paragraph') for (const w of b.text.toLowerCase().match(/[\p{L}-]+/gu) ?? []) written.add(w);
    return written;
  };
  return (text) =>
    !text.includes('- ') ? text : text.replace(BROKEN, (whole, a: string, b: string) => {
      if (SUSPENDED.has(b)) return whole;
      if (writtenWords().has(`${a}${b}`)) return `${a}${b}`;
      return writtenWords().has(`${a}-${b}`) ? `${a}-${b}` : whole;
    });
}

/** A web page's directions to its reader ("Scroll down for video"), run into the text around them. */
const PAGE_FURNITURE = /\bscroll down for (video|more)\b[.:]?/gi;

/** Number the sentences of every block that carries prose, in reading order. */
export function indexSentences(blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  const rejoin = hyphenRejoiner(blocks);
  const add = (text: string, block: number, item?: number, prose = false) => {
    // In a paragraph, a run-in heading is no part of the sentence it is glued to (taken off
    // before a missing full stop is looked for, which would make it a sentence of its own).
    const pieces = prose ? splitAtStops(text).flatMap((s) => splitAtMissingStop(rejoin(s.slice(runInHeadingLength(s))))) : splitSentences(text);
    for (const s of pieces) {
      if (!SAYS_SOMETHING.test(s)) continue;
      const sentence: Sentence = { id: sentences.length, text: s, block };
      if (item !== undefined) sentence.item = item;
      sentences.push(sentence);
    }
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') add(b.text.replace(PAGE_FURNITURE, ' '), i, undefined, true);
    else if (b.kind === 'quote') add(b.text, i);
    else if (b.kind === 'list') b.items.forEach((it, k) => add(it.text, i, k));
    else if (b.kind === 'image' && b.caption) add(b.caption, i);
  });
  return sentences;
}
