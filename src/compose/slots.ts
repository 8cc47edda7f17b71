import type { Point } from '../outline/outline.js';
import type { ThemeSizes } from '../theme/theme.js';
import type { Slide } from './deck.js';
import type { Geometry, Box } from './geometry.js';

/**
 * Where each piece of a slide's text is set, as both renderers set it: its box, size and
 * face. Checking a deck (verify.ts) and typesetting it (typeset.ts) read the same table.
 */

export type Face = 'heading' | 'body' | 'italic';

export interface TextSlot {
  kind: 'text';
  field: 'title' | 'subtitle' | 'byline' | 'text' | 'caption';
  text: string;
  box: Box;
  size: number;
  face: Face;
  /** Text set below it in the same box (a quotation's attribution), at its own size. */
  after?: { text: string; size: number };
}

export interface ListSlot {
  kind: 'list';
  field: 'points' | 'left' | 'right' | 'items';
  points: Point[];
  box: Box;
  /** Size of top-level points; sub-points follow the theme's ratio. */
  size: number;
}

export interface TableSlot {
  kind: 'table';
  field: 'table';
  header: string[];
  rows: string[][];
  widths: number[];
  box: Box;
  size: number;
}

export type Slot = TextSlot | ListSlot | TableSlot;

function text(field: TextSlot['field'], value: string | undefined, box: Box, size: number, face: Face = 'body'): TextSlot[] {
  return value ? [{ kind: 'text', field, text: value, box, size, face }] : [];
}

export function slotsOf(slide: Slide, g: Geometry, s: ThemeSizes): Slot[] {
  const body = slide.bodySize ?? s.body;
  const list = (field: ListSlot['field'], points: Point[], box: Box): ListSlot => ({ kind: 'list', field, points, box, size: body });
  const heading = text('title', slide.title, g.heading, slide.titleSize ?? s.heading, 'heading');
  switch (slide.layout) {
    case 'title':
      return [...text('title', slide.title, g.coverTitle, slide.titleSize ?? s.title, 'heading'), ...text('subtitle', slide.subtitle, g.coverSubtitle, s.subtitle), ...text('byline', slide.byline, g.coverByline, s.caption)];
    case 'closing':
      return [...text('title', slide.title, g.coverTitle, slide.titleSize ?? s.title, 'heading'), ...text('subtitle', slide.subtitle, g.coverSubtitle, s.subtitle)];
    case 'section':
      return [...text('title', slide.title, g.sectionTitle, slide.titleSize ?? s.title, 'heading'), ...text('subtitle', slide.subtitle, g.sectionSubtitle, s.subtitle)];
    case 'agenda':
      return [...heading, list('items', slide.items.map((t) => ({ text: t })), g.body)];
    case 'bullets':
    case 'takeaways':
      return [...heading, list('points', slide.points, g.body)];
    case 'two-column':
      return [...heading, list('left', slide.left, g.left), list('right', slide.right, g.right)];
    case 'quote': {
      const quote: TextSlot = { kind: 'text', field: 'text', text: slide.text, box: g.quote, size: slide.bodySize ?? s.quote, face: 'italic', ...(slide.by ? { after: { text: `— ${slide.by}`, size: s.subtitle } } : {}) };
      return [...text('title', slide.title, g.quoteHeading, slide.titleSize ?? s.caption, 'heading'), quote];
    }
    case 'image':
      return [...heading, ...text('caption', slide.caption, g.caption, slide.bodySize ?? s.caption)];
    case 'table':
      return [...heading, { kind: 'table', field: 'table', header: slide.header, rows: slide.rows, widths: slide.widths, box: g.body, size: slide.bodySize }];
  }
}
