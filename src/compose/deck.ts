import type { Point } from '../outline/outline.js';
import type { Theme } from '../theme/theme.js';
import type { SlideSize } from './geometry.js';

/** Where a slide's content came from in the outline. */
export interface SlideOrigin {
  /** Index of the outline section, when the slide shows one. */
  section?: number;
  /** For a section spread over several slides: this slide's part (1-based) and the count. */
  part?: number;
  parts?: number;
}

interface SlideBase {
  /** Speaker notes, one paragraph per entry. */
  notes: string[];
  origin: SlideOrigin;
  /** Font sizes chosen by fitting when they differ from the theme's. */
  titleSize?: number;
  bodySize?: number;
}

export interface TitleSlide extends SlideBase {
  layout: 'title';
  title: string;
  subtitle?: string;
  byline?: string;
}

export interface AgendaSlide extends SlideBase {
  layout: 'agenda';
  title: string;
  items: string[];
  /** Number of the first item, when a continuation slide carries on the list. */
  start?: number;
}

export interface SectionSlide extends SlideBase {
  layout: 'section';
  title: string;
  subtitle?: string;
}

export interface BulletsSlide extends SlideBase {
  layout: 'bullets';
  title: string;
  points: Point[];
}

export interface TwoColumnSlide extends SlideBase {
  layout: 'two-column';
  title: string;
  left: Point[];
  right: Point[];
}

export interface QuoteSlide extends SlideBase {
  layout: 'quote';
  title: string;
  text: string;
  by?: string;
}

export interface ImageSlide extends SlideBase {
  layout: 'image';
  title: string;
  src: string;
  alt: string;
  caption?: string;
}

export interface TableSlide extends SlideBase {
  layout: 'table';
  title: string;
  /** The header row, repeated on every slide of a table spread over several. */
  header: string[];
  rows: string[][];
  /** Column widths in points, summing to the body box's width. */
  widths: number[];
  /** Which columns hold figures (set flush right). */
  numeric: boolean[];
  /** Row heights in points, as fitting measured them: the header's, then each body row's. */
  headerHeight: number;
  rowHeights: number[];
  /** Size of the cells' text: tables are always set at a size fitting chose. */
  bodySize: number;
}

export interface TakeawaysSlide extends SlideBase {
  layout: 'takeaways';
  title: string;
  points: Point[];
}

export interface ClosingSlide extends SlideBase {
  layout: 'closing';
  title: string;
  subtitle?: string;
}

export type Slide =
  | TitleSlide
  | AgendaSlide
  | SectionSlide
  | BulletsSlide
  | TwoColumnSlide
  | QuoteSlide
  | ImageSlide
  | TableSlide
  | TakeawaysSlide
  | ClosingSlide;

export type Layout = Slide['layout'];

export const LAYOUTS: readonly Layout[] = ['title', 'agenda', 'section', 'bullets', 'two-column', 'quote', 'image', 'table', 'takeaways', 'closing'];

/** A part of the talk: its name and the index of its first slide. */
export interface DeckPart {
  title: string;
  start: number;
}

export interface Deck {
  title: string;
  subtitle?: string;
  author?: string;
  date?: string;
  lang: string;
  /** Key terms of the deck, for the PPTX keywords property. */
  keywords: string[];
  theme: Theme;
  size: SlideSize;
  slides: Slide[];
  /** Where the parts of a long talk start (the PPTX shows them as sections); absent without an agenda. */
  parts?: DeckPart[];
}
