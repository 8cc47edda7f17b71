import type { Outline, Point, Section, Table } from '../outline/outline.js';
import type { Theme } from '../theme/theme.js';
import type { Deck, DeckPart, Slide, SlideOrigin } from './deck.js';
import { labelsFor, type Labels } from './labels.js';
import { Fitter, planPoints } from './fit.js';
import { geometry, type Box, type Geometry, type SlideSize } from './geometry.js';
import { layoutTable, rowHeight } from './table.js';
import { withoutOrphans } from './typeset.js';
import { LONGEST_SLIDE_WORD, shortenLongWords, withinBoxes } from './clamp.js';

export interface ComposeOptions {
  theme: Theme;
  size?: SlideSize;
}


/** Points as short as this may share a slide in two columns rather than spill onto a second one. */
const SHORT_POINT_WORDS = 9;

/** A length rounded up to hundredths of a point, as the slide markup writes it. */
const hundredths = (n: number) => Math.ceil(n * 100) / 100;

/** Split notes into paragraphs: blank lines separate them, single line breaks are kept as paragraphs too. */
function paragraphs(notes: string | undefined): string[] {
  if (!notes) return [];
  return notes.split(/\n+/).map((p) => p.trim()).filter(Boolean);
}

function sourceSentences(outline: Outline, points: readonly Point[]): string[] {
  const sentences = outline.source?.sentences;
  if (!sentences) return [];
  const ids = [...new Set(points.flatMap((p) => [...(p.from ?? []), ...(p.points ?? []).flatMap((s) => s.from ?? [])]))].sort((a, b) => a - b);
  return ids.map((id) => sentences[id]).filter((s): s is string => typeof s === 'string');
}

function unique(paragraphs: readonly string[]): string[] {
  return [...new Set(paragraphs)];
}

function pointsAsNotes(points: readonly Point[]): string[] {
  return points.flatMap((p) => [p.text, ...(p.points ?? []).map((s) => s.text)]);
}

/** The outline as its slides show it: words too long to read off a screen shortened. Notes keep them whole. */
function asShown(outline: Outline): Outline {
  const shown = (t: string) => shortenLongWords(t, LONGEST_SLIDE_WORD);
  const point = (p: Point): Point => ({ ...p, text: shown(p.text), ...(p.points ? { points: p.points.map(point) } : {}) });
  return {
    ...outline,
    title: shown(outline.title),
    ...(outline.subtitle ? { subtitle: shown(outline.subtitle) } : {}),
    takeaways: outline.takeaways.map(point),
    sections: outline.sections.map((s) => ({
      ...s,
      heading: shown(s.heading),
      points: s.points.map(point),
      ...(s.quote ? { quote: { ...s.quote, text: shown(s.quote.text) } } : {}),
      ...(s.images ? { images: s.images.map((im) => (im.caption ? { ...im, caption: shown(im.caption) } : im)) } : {}),
      ...(s.tables ? { tables: s.tables.map((t) => ({ rows: t.rows.map((r) => r.map(shown)) })) } : {}),
    })),
  };
}

class Composer {
  readonly fit: Fitter;
  readonly g: Geometry;
  readonly slides: Slide[] = [];
  readonly labels: Labels;

  /** `outline` is as the slides show it; `full` as written, for the notes. */
  constructor(readonly outline: Outline, readonly full: Outline, readonly theme: Theme, size: SlideSize) {
    this.labels = labelsFor(outline.lang || 'en');
    this.fit = new Fitter(theme);
    this.g = geometry(size);
  }

  /** The title's own size when it must shrink to stay within two lines. */
  private sizedTitle(title: string, box: Box, size: number): { titleSize?: number } {
    const fitted = this.fit.titleSize(title, size, box);
    return fitted < size ? { titleSize: fitted } : {};
  }

  /** Bullet slides for a run of points: one slide, two columns, or balanced continuation slides. */
  private pointSlides(title: string, points: Point[], origin: SlideOrigin, notes: string[], layout: 'bullets' | 'takeaways' | 'agenda'): void {
    const size = this.theme.sizes.body;
    const body = this.g.body;
    const numbered = layout === 'agenda';
    const fits = (part: readonly Point[]) => this.fit.fitsPoints(part, size, body, numbered);
    const short = points.every((p) => p.text.split(/\s+/).length <= SHORT_POINT_WORDS && !p.points?.length);
    if (!fits(points) && layout === 'bullets' && short && points.length >= 6) {
      const half = Math.ceil(points.length / 2);
      const left = points.slice(0, half);
      const right = points.slice(half);
      if (this.fit.fitsPoints(left, size, this.g.left) && this.fit.fitsPoints(right, size, this.g.right)) {
        this.slides.push({ layout: 'two-column', title, left, right, notes, origin, ...this.sizedTitle(title, this.g.heading, this.theme.sizes.heading) });
        return;
      }
    }
    const plan = planPoints(points, size, this.theme.sizes.min, (part, s) => this.fit.fitsPoints(part, s, body, numbered));
    const parts = plan.parts;
    let first = 1;
    parts.forEach((part, k) => {
      const partTitle = k === 0 ? title : `${title} ${this.labels.continued}`;
      const partOrigin: SlideOrigin = parts.length > 1 ? { ...origin, part: k + 1, parts: parts.length } : origin;
      const partNotes = k === 0 ? notes : sourceSentences(this.outline, part);
      const slideNotes = partNotes.length ? partNotes : pointsAsNotes(part);
      // Else a single point too long for the slide at the theme's size is set smaller, down to the minimum
      // (where build warns if it still does not fit).
      const bodySize = plan.size ?? (fits(part) ? undefined : (this.fit.largestFitting(size, (s) => this.fit.fitsPoints(part, s, body, numbered)) ?? this.theme.sizes.min));
      const sized = { ...this.sizedTitle(partTitle, this.g.heading, this.theme.sizes.heading), ...(bodySize ? { bodySize } : {}) };
      if (layout === 'agenda') this.slides.push({ layout, title: partTitle, items: part.map((p) => p.text), ...(first > 1 ? { start: first } : {}), notes: slideNotes, origin: partOrigin, ...sized });
      else this.slides.push({ layout, title: partTitle, points: part, notes: slideNotes, origin: partOrigin, ...sized });
      first += part.length;
    });
  }

  titleSlide(): void {
    const o = this.outline;
    const byline = [o.author, o.date].filter(Boolean).join(' · ') || undefined;
    const notes = [this.full.title, this.full.subtitle, o.source ? `Based on ${o.source.name} (${o.source.words} words).` : undefined].filter((x): x is string => !!x);
    this.slides.push({
      layout: 'title',
      title: o.title,
      ...(o.subtitle ? { subtitle: o.subtitle } : {}),
      ...(byline ? { byline } : {}),
      notes,
      origin: {},
      ...this.sizedTitle(o.title, this.g.coverTitle, this.theme.sizes.title),
    });
  }

  /**
   * The parts of the talk: the top-level sections when the outline nests sub-sections
   * (a paper's 3.1, 3.2 … would run the agenda over several slides), else every section.
   */
  agenda(): void {
    const parts = this.partIndexes();
    if (parts.length < 3) return;
    const items = parts.map((i) => this.outline.sections[i]!.heading);
    const notes = [`This talk has ${items.length} parts: ${parts.map((i) => this.full.sections[i]!.heading).join('; ')}.`];
    this.pointSlides(this.labels.agenda, items.map((text) => ({ text })), {}, notes, 'agenda');
  }

  /** Which sections are the parts of the talk: the top-level ones when there are three or more and sub-sections besides, else all. */
  partIndexes(): number[] {
    const sections = this.outline.sections;
    const top = sections.flatMap((s, i) => ((s.level ?? 1) === 1 ? [i] : []));
    return top.length >= 3 && top.length < sections.length ? top : sections.map((_, i) => i);
  }

  /**
   * Where each part of the talk starts, for the PPTX's sections: the opening (title and
   * agenda), each part with its sub-sections, the takeaways and the close. Only a deck
   * with an agenda has parts.
   */
  partStarts(): DeckPart[] {
    const parts = this.partIndexes();
    if (parts.length < 3) return [];
    const first = new Set(parts);
    const starts: DeckPart[] = [{ title: this.labels.agenda, start: 0 }];
    let closing = false;
    this.slides.forEach((slide, k) => {
      const section = slide.origin.section;
      if (section !== undefined && first.delete(section)) starts.push({ title: this.outline.sections[section]!.heading, start: k });
      else if (section === undefined && k > 0 && slide.layout !== 'agenda' && !closing) {
        closing = true;
        starts.push({ title: slide.layout === 'takeaways' ? this.labels.takeaways : this.labels.closing, start: k });
      }
    });
    return starts;
  }

  /** The headings of the sections one level inside section `index`, up to the next section at its level. */
  private subSections(index: number): string[] {
    const sections = this.outline.sections;
    const level = sections[index]!.level ?? 1;
    const out: string[] = [];
    for (const s of sections.slice(index + 1)) {
      const l = s.level ?? 1;
      if (l <= level) break;
      if (l === level + 1) out.push(s.heading);
    }
    return out;
  }

  section(section: Section, index: number): void {
    const origin: SlideOrigin = { section: index };
    const notes = paragraphs(section.notes);
    const hasContent = section.points.length > 0 || section.quote || section.images?.length || section.tables?.length;
    if (!hasContent) {
      const within = this.subSections(index);
      // A divider over sub-sections names them, when they fit on a line or two.
      const subtitle = within.length ? within.join(' · ') : undefined;
      const shown = subtitle && this.fit.fitsText([subtitle], this.theme.sizes.subtitle, this.g.sectionSubtitle) ? { subtitle } : {};
      this.slides.push({ layout: 'section', title: section.heading, ...shown, notes: notes.length ? notes : [section.heading], origin, ...this.sizedTitle(section.heading, this.g.sectionTitle, this.theme.sizes.title) });
      return;
    }
    if (section.points.length > 0) this.pointSlides(section.heading, section.points, origin, notes.length ? notes : sourceSentences(this.outline, section.points), 'bullets');
    if (section.quote) {
      const q = section.quote;
      const quoteNotes = [...sourceSentences(this.outline, [{ text: q.text, from: q.from ?? [] }]), ...(q.by ? [`Quoted: ${q.by}.`] : [])];
      const cite = q.by ? [`— ${q.by}`] : [];
      const size = this.fit.largestFitting(this.theme.sizes.quote, (s) => this.fit.textHeight([q.text], s, this.g.quote.w) + this.fit.textHeight(cite, this.theme.sizes.subtitle, this.g.quote.w) + (cite.length ? this.theme.sizes.subtitle : 0) <= this.g.quote.h * 0.97);
      if (size === undefined) {
        this.pointSlides(section.heading, [{ text: q.text, ...(q.from ? { from: q.from } : {}) }], origin, quoteNotes.length ? quoteNotes : [q.text], 'bullets');
      } else {
        this.slides.push({
          layout: 'quote',
          title: section.heading,
          text: q.text,
          ...(q.by ? { by: q.by } : {}),
          // The section's own notes go with its first slide, whichever that is.
          notes: unique([...(section.points.length ? [] : notes), ...(quoteNotes.length ? quoteNotes : [q.text])]),
          origin,
          ...(size < this.theme.sizes.quote ? { bodySize: size } : {}),
          ...this.sizedTitle(section.heading, this.g.quoteHeading, this.theme.sizes.caption),
        });
      }
    }
    // The section's own notes go with its first slide, whichever that is.
    let noted = section.points.length > 0 || section.quote !== undefined;
    for (const im of section.images ?? []) {
      // A caption too long for its box even at the theme's minimum size stays in the notes only.
      const captionSize = im.caption ? this.fit.largestFitting(this.theme.sizes.caption, (s) => this.fit.fitsText([im.caption!], s, this.g.caption)) : undefined;
      const caption = captionSize !== undefined ? im.caption : undefined;
      this.slides.push({
        layout: 'image',
        title: section.heading,
        src: im.src,
        alt: im.alt,
        ...(caption ? { caption } : {}),
        ...(captionSize !== undefined && captionSize < this.theme.sizes.caption ? { bodySize: captionSize } : {}),
        notes: unique([...(noted ? [] : notes), ...[im.caption ?? im.alt ?? section.heading].filter(Boolean)]),
        origin,
        ...this.sizedTitle(section.heading, this.g.heading, this.theme.sizes.heading),
      });
      noted = true;
    }
    for (const table of section.tables ?? []) {
      this.table(section.heading, table, origin, noted ? [] : notes);
      noted = true;
    }
  }

  /** A table on one slide, or its rows shared over continuation slides with the header on each. */
  private table(title: string, table: Table, origin: SlideOrigin, notes: string[]): void {
    // A table starts at the size of bullets, to read from the back of the room, and is set smaller only to need fewer slides.
    const t = layoutTable(this.fit, table.rows, this.g.body, this.theme.sizes.body);
    const total = t.parts.reduce((n, p) => n + p.length, 0);
    const header = t.header.map((h) => h.replace(/\s+/g, ' ').trim()).filter(Boolean).join(', ');
    let first = 1;
    t.parts.forEach((rows, k) => {
      const partTitle = k === 0 ? title : `${title} ${this.labels.continued}`;
      const partOrigin: SlideOrigin = t.parts.length > 1 ? { ...origin, part: k + 1, parts: t.parts.length } : origin;
      const which = t.parts.length > 1 ? `rows ${first}–${first + rows.length - 1} of ${total}` : `${total} ${total === 1 ? 'row' : 'rows'}`;
      const described = `A table${header ? ` of ${header}` : ''}: ${which}.`;
      const own = k === 0 && notes.length ? notes : [described];
      const cut = [...(k === 0 ? t.cut.header : []), ...t.cut.rows.slice(first - 1, first - 1 + rows.length).flat()].filter((c) => !own.join('\n').includes(c));
      this.slides.push({
        layout: 'table',
        title: partTitle,
        header: t.header,
        rows,
        widths: t.widths,
        numeric: t.numeric,
        headerHeight: hundredths(rowHeight(this.fit, t.header, t.widths, t.size, true)),
        rowHeights: rows.map((r) => hundredths(rowHeight(this.fit, r, t.widths, t.size))),
        bodySize: t.size,
        notes: unique([...own, ...cut]),
        origin: partOrigin,
        ...this.sizedTitle(partTitle, this.g.heading, this.theme.sizes.heading),
      });
      first += rows.length;
    });
  }

  takeaways(): void {
    const points = this.outline.takeaways;
    if (points.length === 0) return;
    const notes = sourceSentences(this.outline, points);
    this.pointSlides(this.labels.takeaways, points, {}, notes.length ? notes : pointsAsNotes(points), 'takeaways');
  }

  closing(): void {
    const source = this.outline.source;
    const subtitle = source ? this.labels.basedOn(source.name) : this.outline.title;
    this.slides.push({ layout: 'closing', title: this.labels.closing, subtitle, notes: ['Questions and discussion.', ...(source ? [`Source: ${source.name}, ${source.words} words.`] : [])], origin: {} });
  }
}

/** Outline → Deck: the slide plan, with every slide's text fitted to its boxes. */
export function compose(outline: Outline, options: ComposeOptions): Deck {
  const size = options.size ?? '16:9';
  const c = new Composer(asShown(outline), outline, options.theme, size);
  c.titleSlide();
  c.agenda();
  c.outline.sections.forEach((s, i) => c.section(s, i));
  c.takeaways();
  c.closing();
  const deck: Deck = {
    title: outline.title,
    lang: outline.lang || 'en',
    keywords: outline.sections.map((s) => s.heading).slice(0, 8),
    theme: options.theme,
    size,
    slides: c.slides.map((s) => withoutOrphans(withinBoxes(s, c.fit, c.g), c.fit, c.g)),
  };
  const parts = c.partStarts();
  if (parts.length) deck.parts = parts;
  if (outline.subtitle) deck.subtitle = outline.subtitle;
  if (outline.author) deck.author = outline.author;
  if (outline.date) deck.date = outline.date;
  return deck;
}
