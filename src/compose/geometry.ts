/**
 * Where things go on a slide, in points, for both renderers: the HTML deck is laid out
 * in CSS pixels equal to these numbers and the PPTX placeholders use them directly.
 */

export type SlideSize = '16:9' | '4:3';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Vertical alignment of the text in the box. */
  anchor: 'top' | 'middle' | 'bottom';
  /**
   * Space kept free at the bottom of a bottom-anchored box: renderers set a line's
   * glyphs a little below its line box, and this keeps them inside the shape.
   */
  inset: number;
  /**
   * Space kept free at the top of the box: marks set above a first line's letters (Arabic
   * vowel signs, stacked accents) reach above its line box, and this keeps them inside.
   */
  top: number;
}

/** Height the text of a box may take. */
export function room(b: Box): number {
  return b.h - b.inset - b.top;
}

export interface Geometry {
  width: number;
  height: number;
  /** Content layouts: title at the top, body below. */
  heading: Box;
  body: Box;
  left: Box;
  right: Box;
  /** Title and closing slides. */
  coverTitle: Box;
  coverSubtitle: Box;
  coverByline: Box;
  /** Section divider. */
  sectionTitle: Box;
  sectionSubtitle: Box;
  /** Quote slide. */
  quoteHeading: Box;
  quote: Box;
  /** Image slide. */
  picture: Box;
  caption: Box;
  /** The small accent bar under content titles, and the longer one under a section divider's title. */
  accent: Box;
  sectionAccent: Box;
  footer: Box;
  number: Box;
}

export const SLIDE_SIZES: Record<SlideSize, { width: number; height: number }> = {
  '16:9': { width: 960, height: 540 },
  '4:3': { width: 720, height: 540 },
};

/** The top inset of the boxes that hold points. */
const BODY_TOP = 6;

export function geometry(size: SlideSize): Geometry {
  const { width, height } = SLIDE_SIZES[size];
  const side = size === '16:9' ? 56 : 44;
  const inner = width - 2 * side;
  const gutter = 32;
  const column = (inner - gutter) / 2;
  const box = (x: number, y: number, w: number, h: number, anchor: Box['anchor'] = 'top', inset = 0, top = 0): Box => ({ x, y, w, h, anchor, inset, top });
  return {
    width,
    height,
    heading: box(side, 24, inner, 96, 'bottom', 8),
    body: box(side, 144, inner, 340, 'top', 0, BODY_TOP),
    left: box(side, 144, column, 340, 'top', 0, BODY_TOP),
    right: box(side + column + gutter, 144, column, 340, 'top', 0, BODY_TOP),
    coverTitle: box(side + 16, 120, inner - 32, 190, 'bottom', 10),
    coverSubtitle: box(side + 16, 320, inner - 32, 100),
    coverByline: box(side + 16, 430, inner - 32, 44, 'bottom', 4),
    sectionTitle: box(side + 16, 150, inner - 32, 160, 'bottom', 10),
    sectionSubtitle: box(side + 16, 336, inner - 32, 100),
    quoteHeading: box(side, 24, inner, 60, 'bottom', 4),
    quote: box(side + 48, 100, inner - 96, 370, 'middle'),
    picture: box(side, 144, inner, 282),
    caption: box(side, 436, inner, 56),
    accent: box(side, 126, 56, 5),
    sectionAccent: box(side + 16, 320, 96, 6),
    footer: box(side, 500, inner - 100, 22, 'bottom', 2),
    number: box(width - side - 80, 500, 80, 22, 'bottom', 2),
  };
}
