import { cleanText } from '../read/clean.js';
import type { Outline, Point } from './outline.js';

/**
 * An outline's text with the characters no slide can show taken out, as the readers do
 * for articles: a hand-written outline may hold control characters too, and the HTML and
 * PPTX decks must show the same text.
 */
export function cleanOutline(outline: Outline): Outline {
  const point = (p: Point): Point => ({ ...p, text: cleanText(p.text), ...(p.points ? { points: p.points.map(point) } : {}) });
  const optional = <T extends string | undefined>(s: T): T => (s === undefined ? s : (cleanText(s) as T));
  return {
    ...outline,
    title: cleanText(outline.title),
    ...(outline.subtitle !== undefined ? { subtitle: optional(outline.subtitle) } : {}),
    ...(outline.author !== undefined ? { author: optional(outline.author) } : {}),
    ...(outline.date !== undefined ? { date: optional(outline.date) } : {}),
    takeaways: outline.takeaways.map(point),
    sections: outline.sections.map((s) => ({
      ...s,
      heading: cleanText(s.heading),
      points: s.points.map(point),
      ...(s.quote ? { quote: { ...s.quote, text: cleanText(s.quote.text), ...(s.quote.by !== undefined ? { by: cleanText(s.quote.by) } : {}) } } : {}),
      ...(s.images ? { images: s.images.map((im) => ({ ...im, alt: cleanText(im.alt), ...(im.caption !== undefined ? { caption: cleanText(im.caption) } : {}) })) } : {}),
      ...(s.tables ? { tables: s.tables.map((t) => ({ rows: t.rows.map((r) => r.map(cleanText)) })) } : {}),
      ...(s.notes !== undefined ? { notes: cleanText(s.notes) } : {}),
    })),
  };
}
