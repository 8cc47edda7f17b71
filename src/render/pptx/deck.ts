import type { Deck } from '../../compose/deck.js';
import { BULLET_INDENT, PARAGRAPH_SPACE } from '../../compose/fit.js';
import { geometry, type Box } from '../../compose/geometry.js';
import type { Theme } from '../../theme/theme.js';
import { deckMarkup, loadTemplates, type Templates } from '../markup.js';
import { defineMasters, hex, inches, LAYOUT_NAME } from './masters.js';
import { PptxGenJS, type Presentation, type TextProps, type TextPropsOptions } from './pptxgen.js';
import { cleanXmlText } from './xml-text.js';
import { repairPackage } from './repair.js';
import { readSlideMarkup, type Paragraph, type Run, type SlideContent } from './slide-content.js';
import { imageBox, type ImageData } from './images.js';

export interface PptxOptions {
  templates?: Templates;
  /** Fixed time for the package's timestamps, so equal input gives equal bytes. */
  timestamp?: Date;
}

type TextRun = TextProps;

const CODE_FONT = 'Courier New';

function runOptions(run: Run, lang: string): TextPropsOptions {
  const o: TextPropsOptions = { lang };
  if (run.bold) o.bold = true;
  if (run.italic) o.italic = true;
  if (run.code) o.fontFace = CODE_FONT;
  if (run.href) o.hyperlink = { url: run.href };
  return o;
}

/** Paragraphs as pptxgenjs text runs: every run carries its paragraph's settings, the last one ends it. */
function paragraphRuns(paragraphs: readonly Paragraph[], size: number, theme: Theme, colour: string, lang: string, firstSpace = 0): TextRun[] {
  const sub = Math.max(theme.sizes.min, Math.round((size * theme.sizes.subBody) / theme.sizes.body));
  const out: TextRun[] = [];
  paragraphs.forEach((p, i) => {
    const fontSize = p.level > 0 ? sub : size;
    const space = i === 0 ? firstSpace : p.level > 0 ? PARAGRAPH_SPACE[1]! * sub : PARAGRAPH_SPACE[0]! * size;
    const paragraph: TextPropsOptions = {
      align: 'left',
      fontSize,
      color: hex(colour),
      lineSpacing: Math.round(fontSize * theme.lineHeight * 10) / 10,
      paraSpaceBefore: Math.round(space * 10) / 10,
    };
    if (p.list !== 'none') {
      paragraph.indentLevel = p.level;
      paragraph.bullet = p.list === 'number' ? { type: 'number', indent: BULLET_INDENT[0]! * size } : { indent: BULLET_INDENT[0]! * size, ...(p.level > 0 ? { characterCode: '2013' } : {}) };
    } else {
      paragraph.bullet = false;
    }
    const runs = p.runs.length ? p.runs : [{ text: '' }];
    runs.forEach((r, k) => {
      out.push({ text: cleanXmlText(r.text), options: { ...paragraph, ...runOptions(r, lang), ...(k === runs.length - 1 ? { breakLine: true } : {}) } });
    });
  });
  const last = out[out.length - 1];
  if (last?.options) delete last.options.breakLine;
  return out;
}

/** Runs of several groups of paragraphs in one placeholder. */
function joined(...groups: TextRun[][]): TextRun[] {
  const nonEmpty = groups.filter((g) => g.length > 0);
  nonEmpty.slice(0, -1).forEach((g) => {
    g[g.length - 1]!.options = { ...g[g.length - 1]!.options, breakLine: true };
  });
  return nonEmpty.flat();
}

function titleRuns(runs: readonly Run[], size: number | undefined, theme: Theme, lang: string, defaultSize: number): TextRun[] {
  const fontSize = size ?? defaultSize;
  return (runs.length ? runs : [{ text: '' }]).map((r) => ({
    text: cleanXmlText(r.text),
    options: { ...runOptions(r, lang), align: 'left', bullet: false, lineSpacing: Math.round(fontSize * theme.lineHeight * 10) / 10, ...(size ? { fontSize: size } : {}) },
  }));
}

function addSlide(pptx: Presentation, content: SlideContent, deck: Deck, images: Map<string, ImageData>): void {
  const theme = deck.theme;
  const s = theme.sizes;
  const c = theme.colors;
  const g = geometry(deck.size);
  const lang = deck.lang;
  const slide = pptx.addSlide({ masterName: LAYOUT_NAME[content.layout] });
  const titleSize = content.layout === 'title' || content.layout === 'closing' || content.layout === 'section' ? s.title : content.layout === 'quote' ? s.caption : s.heading;
  slide.addText(titleRuns(content.title, content.titleSize, theme, lang, titleSize), { placeholder: 'title' });
  const body = content.bodySize ?? s.body;
  switch (content.layout) {
    case 'title':
    case 'closing':
      if (content.subtitle.length) slide.addText(paragraphRuns(content.subtitle, s.subtitle, theme, c.titleMuted, lang), { placeholder: 'subtitle' });
      if (content.byline.length) slide.addText(paragraphRuns(content.byline, s.caption, theme, c.titleMuted, lang), { placeholder: 'byline' });
      break;
    case 'section':
      if (content.subtitle.length) slide.addText(paragraphRuns(content.subtitle, s.subtitle, theme, c.muted, lang), { placeholder: 'subtitle' });
      break;
    case 'agenda':
    case 'bullets':
    case 'takeaways':
      slide.addText(paragraphRuns(content.body, body, theme, c.text, lang), { placeholder: 'body' });
      break;
    case 'two-column':
      slide.addText(paragraphRuns(content.columns[0] ?? [], body, theme, c.text, lang), { placeholder: 'left' });
      slide.addText(paragraphRuns(content.columns[1] ?? [], body, theme, c.text, lang), { placeholder: 'right' });
      break;
    case 'quote': {
      const quoteSize = content.bodySize ?? s.quote;
      const [text, ...cite] = content.body;
      const quote = paragraphRuns(text ? [text] : [], quoteSize, theme, c.heading, lang);
      const by = paragraphRuns(cite, s.subtitle, theme, c.muted, lang, PARAGRAPH_SPACE[0]! * s.subtitle).map((r) => ({ ...r, options: { ...r.options, italic: false } }));
      slide.addText(joined(quote, by), { placeholder: 'body' });
      break;
    }
    case 'image': {
      const figure = content.figure;
      const image = figure ? images.get(figure.src) : undefined;
      if (figure && image) {
        const box: Box = imageBox(image, g.picture);
        slide.addImage({ data: image.dataUri, x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h), altText: cleanXmlText(figure.alt) });
      }
      if (figure?.caption?.length) slide.addText(paragraphRuns([{ runs: figure.caption, level: 0, list: 'none' }], s.caption, theme, c.muted, lang), { placeholder: 'caption' });
      break;
    }
  }
  if (content.notes.length) slide.addNotes(cleanXmlText(content.notes.join('\n')));
}

/** The deck as a PPTX package (bytes), from the same slide markup as the HTML deck. */
export async function renderPptx(deck: Deck, images: Map<string, ImageData> = new Map(), options: PptxOptions = {}): Promise<Uint8Array> {
  const templates = options.templates ?? loadTemplates();
  const g = geometry(deck.size);
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: `deckwright-${deck.size}`, width: inches(g.width), height: inches(g.height) });
  pptx.layout = `deckwright-${deck.size}`;
  pptx.theme = { headFontFace: deck.theme.fonts.heading.office, bodyFontFace: deck.theme.fonts.body.office };
  pptx.title = cleanXmlText(deck.title);
  pptx.company = '';
  defineMasters(pptx, deck.theme, g);
  for (const markup of deckMarkup(deck, templates)) addSlide(pptx, readSlideMarkup(markup), deck, images);
  const raw = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return repairPackage(raw, { deck, timestamp: options.timestamp ?? new Date(Date.UTC(2000, 0, 1)) });
}
