import type { Article, Block } from './article.js';
import type { DomElement } from './html-blocks.js';
import { htmlBlocks } from './html-blocks.js';
import { guessLang } from './lang.js';
import { takeTitleAndByline } from './leading.js';
import { indexSentences } from './sentence-index.js';

/**
 * HTML articles. A saved web page goes through Readability (the code behind Firefox's
 * Reader View) to drop navigation, adverts and comments; its title, byline and date
 * come from the page's metadata. The DOM (linkedom, ~0.12 s to load) and Readability
 * are imported only when an HTML or .docx input is read, so text and Markdown stay fast.
 */

interface ParsedPage {
  document: DomElement & { body: DomElement | null; querySelectorAll(selector: string): ArrayLike<DomElement> };
}

async function parsePage(html: string): Promise<ParsedPage> {
  const { parseHTML } = await import('linkedom');
  return parseHTML(html) as unknown as ParsedPage;
}

const sameText = (a: string, b: string) => a.replace(/\W+/g, ' ').trim().toLowerCase() === b.replace(/\W+/g, ' ').trim().toLowerCase();

/** "2025-03-14T09:30:00Z" → "2025-03-14"; other forms as the page gave them. */
function dateOf(published: string | null | undefined): string | undefined {
  const text = published?.trim();
  if (!text) return undefined;
  return /^\d{4}-\d{2}-\d{2}(?:T|\s|$)/.test(text) ? text.slice(0, 10) : text;
}

function langOf(declared: string | null | undefined, blocks: Block[]): string {
  const lang = declared?.trim();
  if (lang && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang)) return lang;
  return guessLang(blocks.map((b) => ('text' in b ? b.text : '')).join(' '));
}

function article(blocks: Block[], lang: string): Article {
  return { lang, blocks, sentences: [] };
}

/** A saved web page: the main article, as Reader View finds it, with its metadata. */
export async function readHtml(html: string): Promise<Article> {
  const [{ Readability }, page] = await Promise.all([import('@mozilla/readability'), parsePage(html)]);
  const h1s = Array.from(page.document.querySelectorAll('h1')).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
  const found = new Readability(page.document as never, { serializer: (node) => node as unknown as DomElement }).parse();
  // Readability changed the document it read; with no article found, the whole body is read.
  const root = found?.content ?? (await parsePage(html)).document.body;
  const blocks = root ? htmlBlocks(root) : [];
  const result = article(blocks, langOf(found?.lang, blocks));
  // Readability keeps "Title | Site" when the title alone is short; the page's own heading says which part is the title.
  const title = h1s.find((h) => h && found?.title?.startsWith(h)) ?? found?.title?.trim();
  if (title) {
    result.title = title;
    const first = blocks[0];
    if (first?.kind === 'heading' && sameText(first.text, title)) blocks.shift();
  } else takeTitleAndByline(blocks, result);
  const byline = found?.byline?.trim().replace(/^by\s+/i, '');
  if (byline) result.byline = byline;
  const date = dateOf(found?.publishedTime);
  if (date) result.date = date;
  result.sentences = indexSentences(blocks);
  return result;
}

/**
 * An HTML fragment that is all article (what mammoth makes of a .docx), read as it is.
 * A first heading with class "title" (a paragraph in Word's Title style) is the title.
 */
export async function readHtmlFragment(html: string): Promise<Article> {
  const page = await parsePage(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const body = page.document.body;
  const blocks = body ? htmlBlocks(body) : [];
  const result = article(blocks, langOf(undefined, blocks));
  const firstEl = body ? Array.from(body.childNodes).find((n): n is DomElement => n.nodeType === 1) : undefined;
  takeTitleAndByline(blocks, result, firstEl?.getAttribute('class') === 'title');
  result.sentences = indexSentences(blocks);
  return result;
}
