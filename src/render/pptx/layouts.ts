import type { Layout } from '../../compose/deck.js';
import { PARAGRAPH_SPACE } from '../../compose/fit.js';
import type { Box, Geometry } from '../../compose/geometry.js';
import type { Theme } from '../../theme/theme.js';
import { bulletLevels, plainLevel, titleLevel, type LevelStyle } from './text-styles.js';

/**
 * The slide layouts of the deck, as PowerPoint names and builds its own: which
 * placeholders each holds (type and idx, so slides and Reset Slide find them), where
 * they sit (the boxes the HTML deck uses) and how their text is styled.
 */

export type LayoutKey = 'title' | 'content' | 'section' | 'two' | 'titleOnly' | 'blank' | 'quote' | 'picture';

/** What a placeholder holds on a slide. */
export type Role = 'title' | 'subtitle' | 'byline' | 'body' | 'left' | 'right' | 'picture' | 'caption' | 'footer' | 'number';

export interface PlaceholderSpec {
  role: Role;
  /** PowerPoint's kind of name for it ("Title", "Content Placeholder", …); a number is added per shape. */
  name: string;
  /** Placeholder type; none means a content placeholder (`obj`). */
  type?: 'title' | 'ctrTitle' | 'subTitle' | 'body' | 'pic' | 'ftr' | 'sldNum';
  idx?: number;
  sz?: 'half' | 'quarter';
  box: Box;
  /** List style of the placeholder, level by level; none for a picture. */
  levels: LevelStyle[];
  /** Prompt text PowerPoint shows in Slide Master view. */
  prompt: string[];
}

export interface LayoutSpec {
  name: string;
  /** ST_SlideLayoutType; none means a custom layout. */
  type?: string;
  /** Background colour when it differs from the master's. */
  background?: string;
  /** Where the accent bar goes (under the title), as the HTML deck draws it; none on cover slides. */
  accent?: Box;
  /** Whether slides on this layout show the slide number and the theme's footer. */
  numbered: boolean;
  placeholders: PlaceholderSpec[];
}

/** The layout each kind of slide uses. */
export const LAYOUT_OF: Record<Layout, LayoutKey> = {
  title: 'title',
  closing: 'title',
  agenda: 'content',
  bullets: 'content',
  takeaways: 'content',
  'two-column': 'two',
  section: 'section',
  quote: 'quote',
  image: 'picture',
  // A table sits in a graphic frame of its own under the title, as PowerPoint's Insert Table puts it.
  table: 'titleOnly',
};

/** Layouts in the order PowerPoint's layout gallery lists its own. */
export const LAYOUT_ORDER: readonly LayoutKey[] = ['title', 'content', 'section', 'two', 'titleOnly', 'blank', 'quote', 'picture'];

/**
 * Space between paragraphs. PowerPoint and LibreOffice leave it out above the first
 * paragraph of a text box, as the HTML deck does, so every level of a list can carry it.
 */
const between = (size: number) => PARAGRAPH_SPACE[0]! * size;

const TITLE_PROMPT = ['Click to edit Master title style'];
const TEXT_PROMPT = ['Click to edit Master text styles', 'Second level'];

export function footerPlaceholders(theme: Theme, g: Geometry, master = false): PlaceholderSpec[] {
  const small = (align: 'l' | 'r') => [plainLevel(theme, theme.sizes.footer, theme.colors.muted, { align })];
  return [
    { role: 'footer', name: 'Footer Placeholder', type: 'ftr', idx: master ? 3 : 11, sz: 'quarter', box: g.footer, levels: small('l'), prompt: [] },
    { role: 'number', name: 'Slide Number Placeholder', type: 'sldNum', idx: master ? 4 : 12, sz: 'quarter', box: g.number, levels: small('r'), prompt: [] },
  ];
}

/** Every layout of a deck in this theme and geometry. */
export function layoutSpecs(theme: Theme, g: Geometry): Record<LayoutKey, LayoutSpec> {
  const c = theme.colors;
  const s = theme.sizes;
  const footer = footerPlaceholders(theme, g);
  const heading: PlaceholderSpec = { role: 'title', name: 'Title', type: 'title', box: g.heading, levels: [titleLevel(theme, s.heading, c.heading)], prompt: TITLE_PROMPT };
  const content = (role: 'body' | 'left' | 'right', box: Box, idx: number, sz?: 'half'): PlaceholderSpec => ({
    role,
    name: 'Content Placeholder',
    idx,
    ...(sz ? { sz } : {}),
    box,
    levels: bulletLevels(theme, s.body),
    prompt: TEXT_PROMPT,
  });
  const text = (role: Role, box: Box, idx: number, level: LevelStyle, sz?: 'half' | 'quarter'): PlaceholderSpec => ({
    role,
    name: 'Text Placeholder',
    type: 'body',
    idx,
    ...(sz ? { sz } : {}),
    box,
    levels: [level],
    prompt: TEXT_PROMPT.slice(0, 1),
  });
  return {
    title: {
      name: 'Title Slide',
      type: 'title',
      background: c.titleBackground,
      numbered: false,
      placeholders: [
        { role: 'title', name: 'Title', type: 'ctrTitle', box: g.coverTitle, levels: [titleLevel(theme, s.title, c.titleText)], prompt: TITLE_PROMPT },
        { ...text('subtitle', g.coverSubtitle, 1, plainLevel(theme, s.subtitle, c.titleMuted, { spaceBefore: between(s.subtitle) })), name: 'Subtitle', type: 'subTitle', prompt: ['Click to edit Master subtitle style'] },
        text('byline', g.coverByline, 13, plainLevel(theme, s.caption, c.titleMuted), 'quarter'),
        ...footer,
      ],
    },
    content: { name: 'Title and Content', type: 'obj', accent: g.accent, numbered: true, placeholders: [heading, content('body', g.body, 1), ...footer] },
    section: {
      name: 'Section Header',
      type: 'secHead',
      accent: g.sectionAccent,
      numbered: true,
      placeholders: [
        { ...heading, box: g.sectionTitle, levels: [titleLevel(theme, s.title, c.heading)] },
        text('subtitle', g.sectionSubtitle, 1, plainLevel(theme, s.subtitle, c.muted, { spaceBefore: between(s.subtitle) })),
        ...footer,
      ],
    },
    two: { name: 'Two Content', type: 'twoObj', accent: g.accent, numbered: true, placeholders: [heading, content('left', g.left, 1, 'half'), content('right', g.right, 2, 'half'), ...footer] },
    titleOnly: { name: 'Title Only', type: 'titleOnly', accent: g.accent, numbered: true, placeholders: [heading, ...footer] },
    blank: { name: 'Blank', type: 'blank', numbered: true, placeholders: [...footer] },
    quote: {
      name: 'Quote',
      numbered: true,
      placeholders: [
        { ...heading, box: g.quoteHeading, levels: [titleLevel(theme, s.caption, c.muted)] },
        {
          ...text('body', g.quote, 1, plainLevel(theme, s.quote, c.heading, { italic: true })),
          // The attribution is the second level: set smaller, upright and muted under the quotation.
          levels: [plainLevel(theme, s.quote, c.heading, { italic: true }), plainLevel(theme, s.subtitle, c.muted, { spaceBefore: between(s.subtitle) })],
          prompt: ['Click to edit the quotation', 'Attribution'],
        },
        ...footer,
      ],
    },
    picture: {
      name: 'Picture with Caption',
      type: 'picTx',
      accent: g.accent,
      numbered: true,
      placeholders: [
        heading,
        { role: 'picture', name: 'Picture Placeholder', type: 'pic', idx: 1, box: g.picture, levels: [], prompt: [] },
        text('caption', g.caption, 2, plainLevel(theme, s.caption, c.muted), 'half'),
        ...footer,
      ],
    },
  };
}
