import type { Article } from '../read/article.js';
import { inverseFrequencies, vectorOf, type Vector } from './vectors.js';
import { properNouns, terms, tokenize, type Word } from './words.js';

/** What every analysis step needs to know about the article's sentences, computed once. */
export interface Prepared {
  article: Article;
  words: Word[][];
  terms: string[][];
  vectors: Vector[];
  idf: Map<string, number>;
  proper: Set<string>;
}

export function prepare(article: Article): Prepared {
  const texts = article.sentences.map((s) => s.text);
  const proper = properNouns(texts);
  const sentenceTerms = texts.map((t) => terms(t));
  const idf = inverseFrequencies(sentenceTerms);
  return {
    article,
    words: texts.map((t) => tokenize(t, proper)),
    terms: sentenceTerms,
    vectors: sentenceTerms.map((t) => vectorOf(t, idf)),
    idf,
    proper,
  };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
