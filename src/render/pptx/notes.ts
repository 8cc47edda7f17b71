import { isRtl } from '../direction.js';
import { el, join, text, type Xml } from './xml.js';

/**
 * Speaker notes: one paragraph per line in the notes placeholder of the notes slide
 * pptxgenjs writes, in the deck's language.
 */

function notesParagraphs(lines: readonly string[], lang: string): Xml {
  if (!lines.length) return el('a:p', {}, el('a:endParaRPr', { lang }));
  const direction = isRtl(lang) ? el('a:pPr', { algn: 'r', rtl: 1 }) : undefined;
  return join(lines.map((line) => el('a:p', {}, direction, el('a:r', {}, el('a:rPr', { lang }), el('a:t', {}, text(line))), el('a:endParaRPr', { lang }))));
}

const NOTES_BODY = /(<p:ph type="body"[^>]*\/><\/p:nvPr><\/p:nvSpPr><p:spPr\/>)<p:txBody>[\s\S]*?<\/p:txBody>/;

/** A notes slide with the notes placeholder holding `lines`, and every language tag the deck's. */
export function fillNotes(notesSlide: string, lines: readonly string[], lang: string): string {
  if (!NOTES_BODY.test(notesSlide)) throw new Error('the notes slide has no notes placeholder where pptxgenjs puts it');
  const body = el('p:txBody', {}, el('a:bodyPr'), el('a:lstStyle'), notesParagraphs(lines, lang));
  return notesSlide.replace(NOTES_BODY, (_, head: string) => `${head}${body}`).replace(/ lang="[^"]*"/g, () => ` lang="${text(lang)}"`);
}
