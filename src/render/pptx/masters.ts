import type { PlaceholderProps, Presentation } from './pptxgen.js';
import type { Layout } from '../../compose/deck.js';
import type { Box, Geometry } from '../../compose/geometry.js';
import type { Theme } from '../../theme/theme.js';

/**
 * The theme as PPTX slide masters: one layout per kind of slide, named as PowerPoint
 * names its own, with title and body placeholders where the HTML deck puts the same text.
 */

export const LAYOUT_NAME: Record<Layout, string> = {
  title: 'Title Slide',
  closing: 'Title Slide',
  agenda: 'Title and Content',
  bullets: 'Title and Content',
  takeaways: 'Title and Content',
  'two-column': 'Two Content',
  section: 'Section Header',
  quote: 'Quote',
  image: 'Picture with Caption',
};

export const POINTS_PER_INCH = 72;

export function inches(points: number): number {
  return Math.round((points / POINTS_PER_INCH) * 10000) / 10000;
}

export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

const VALIGN = { top: 'top', middle: 'middle', bottom: 'bottom' } as const;

function position(b: Box) {
  return { x: inches(b.x), y: inches(b.y), w: inches(b.w), h: inches(b.h), valign: VALIGN[b.anchor] };
}

type Placeholder = { placeholder: { options: PlaceholderProps; text: string } };

export function defineMasters(pptx: Presentation, theme: Theme, g: Geometry): void {
  const c = theme.colors;
  const s = theme.sizes;
  const heading = theme.fonts.heading.office;
  const body = theme.fonts.body.office;
  const ph = (name: string, type: 'title' | 'body', b: Box, text: Partial<PlaceholderProps>): Placeholder => ({
    placeholder: { options: { name, type, ...position(b), margin: [0, 0, b.inset, 0], align: 'left', ...text }, text: '' },
  });
  const titleText = (size: number, colour: string) => ({ fontFace: heading, fontSize: size, bold: true, color: hex(colour) });
  const bodyText = (size: number, colour: string) => ({ fontFace: body, fontSize: size, color: hex(colour) });
  const accent = { rect: { ...position(g.accent), fill: { color: hex(c.accent) }, line: { type: 'none' as const } } };
  const number = {
    ...position(g.number),
    align: 'right' as const,
    fontFace: body,
    fontSize: s.footer,
    color: hex(c.muted),
    margin: [0, 0, g.number.inset, 0] as [number, number, number, number],
  };
  const content = { background: { color: hex(c.background) }, slideNumber: number };

  pptx.defineSlideMaster({
    title: LAYOUT_NAME.title,
    background: { color: hex(c.titleBackground) },
    objects: [
      ph('title', 'title', g.coverTitle, titleText(s.title, c.titleText)),
      ph('subtitle', 'body', g.coverSubtitle, bodyText(s.subtitle, c.titleMuted)),
      ph('byline', 'body', g.coverByline, bodyText(s.caption, c.titleMuted)),
    ],
  });
  pptx.defineSlideMaster({
    title: LAYOUT_NAME.bullets,
    ...content,
    objects: [accent, ph('title', 'title', g.heading, titleText(s.heading, c.heading)), ph('body', 'body', g.body, bodyText(s.body, c.text))],
  });
  pptx.defineSlideMaster({
    title: LAYOUT_NAME['two-column'],
    ...content,
    objects: [
      accent,
      ph('title', 'title', g.heading, titleText(s.heading, c.heading)),
      ph('left', 'body', g.left, bodyText(s.body, c.text)),
      ph('right', 'body', g.right, bodyText(s.body, c.text)),
    ],
  });
  pptx.defineSlideMaster({
    title: LAYOUT_NAME.section,
    ...content,
    objects: [ph('title', 'title', g.sectionTitle, titleText(s.title, c.heading)), ph('subtitle', 'body', g.sectionSubtitle, bodyText(s.subtitle, c.muted))],
  });
  pptx.defineSlideMaster({
    title: LAYOUT_NAME.quote,
    ...content,
    objects: [
      ph('title', 'title', g.quoteHeading, { ...titleText(s.caption, c.muted) }),
      ph('body', 'body', g.quote, { ...bodyText(s.quote, c.heading), italic: true }),
    ],
  });
  pptx.defineSlideMaster({
    title: LAYOUT_NAME.image,
    ...content,
    objects: [accent, ph('title', 'title', g.heading, titleText(s.heading, c.heading)), ph('caption', 'body', g.caption, bodyText(s.caption, c.muted))],
  });
}
