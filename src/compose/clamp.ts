import type { Point } from '../outline/outline.js';
import { parseInline } from '../render/inline.js';
import type { Slide } from './deck.js';
import type { Fitter } from './fit.js';
import { room, type Geometry } from './geometry.js';
import { slotsOf, type ListSlot, type TextSlot } from './slots.js';

/**
 * The composer's last resort. Text that does not fit its box even at the theme's smallest
 * size (a word of thousands of letters, an address of hundreds, a heading a person wrote
 * as a paragraph) is cut on the slide: over-long words are shortened in the middle, then
 * words are dropped from the end behind an ellipsis. Only the slide's copy changes; the
 * outline and the speaker notes keep every word.
 */

/**
 * Longer words than this never reach a slide whole: nobody reads an address of 300
 * characters off a screen. Shorter ones, an address of a line or so, break across lines.
 */
export const LONGEST_SLIDE_WORD = 100;
/** When a text does not fit at all, words longer than this are shortened too. */
const LONG_WORD = 32;
const KEEP_HEAD = 20;
const KEEP_TAIL = 8;
const ELLIPSIS = '\u2026';

/**
 * Words over `longest` characters as their first and last letters around an ellipsis.
 * A link's markup stays whole: its target is not shown, and cutting it would break it.
 */
export function shortenLongWords(text: string, longest = LONG_WORD): string {
  return text.replace(new RegExp(`\\S{${longest + 1},}`, 'gu'), (w) => {
    const chars = [...w];
    if (w.includes('](')) return w;
    return `${chars.slice(0, KEEP_HEAD).join('')}${ELLIPSIS}${chars.slice(-KEEP_TAIL).join('')}`;
  });
}

/** The largest n in [0, most] for which ok(n) holds, ok being true up to some n and false after. */
function largest(most: number, ok: (n: number) => boolean): number {
  let lo = 0;
  let hi = most;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `text` as it fits `fits`: whole when it does, else shortened as little as it takes. */
export function clampText(text: string, fits: (t: string) => boolean): string {
  if (fits(text)) return text;
  // Cutting through inline markup would leave stray asterisks and brackets: cut the plain text.
  const plain = shortenLongWords(parseInline(text).map((s) => s.text).join(''));
  if (fits(plain)) return plain;
  const cut = (s: string) => `${s.replace(/[\s,;:.\u2013\u2014-]+$/u, '')}${ELLIPSIS}`;
  const words = plain.split(/\s+/).filter(Boolean);
  const n = largest(words.length - 1, (k) => k === 0 || fits(cut(words.slice(0, k).join(' '))));
  if (n > 0) return cut(words.slice(0, n).join(' '));
  const chars = [...plain];
  const m = largest(chars.length - 1, (k) => k === 0 || fits(cut(chars.slice(0, k).join(''))));
  return cut(chars.slice(0, Math.max(1, m)).join(''));
}

function clampTextSlot(slot: TextSlot, fit: Fitter): string {
  const space = room(slot.box);
  return clampText(slot.text, (t) => fit.textSlotHeight(slot, t) <= space);
}

/** The slot's points, the longest cut first, until the list fits; sub-points go before any top-level text is cut. */
function clampListSlot(slot: ListSlot, fit: Fitter): Point[] {
  const numbered = slot.field === 'items';
  const fits = (points: readonly Point[]) => fit.pointsHeight(points, slot.size, slot.box.w, numbered) <= room(slot.box);
  if (fits(slot.points)) return slot.points;
  const points: Point[] = slot.points.map(({ points: _sub, ...p }) => p);
  const order = points.map((p, i) => ({ i, h: fit.pointsHeight([p], slot.size, slot.box.w, numbered) })).sort((a, b) => b.h - a.h);
  for (const { i } of order) {
    if (fits(points)) break;
    const others = (t: string) => points.map((p, j) => (j === i ? { ...p, text: t } : p));
    points[i] = { ...points[i]!, text: clampText(points[i]!.text, (t) => fits(others(t))) };
  }
  return points;
}

/** The slide with every text that overflows its box at its set size cut to fit, and what was cut added to its notes. */
export function withinBoxes(slide: Slide, fit: Fitter, g: Geometry): Slide {
  const out: Record<string, unknown> = { ...slide };
  const cut: string[] = [];
  for (const slot of slotsOf(slide, g, fit.theme.sizes)) {
    // A table's cells were cut to fit when its rows were shared over slides (table.ts).
    if (slot.kind === 'table') continue;
    if (slot.kind === 'text') {
      const text = clampTextSlot(slot, fit);
      if (text !== slot.text) cut.push(slot.text);
      out[slot.field] = text;
      continue;
    }
    const points = clampListSlot(slot, fit);
    if (points !== slot.points) cut.push(...slot.points.flatMap((p) => [p.text, ...(p.points ?? []).map((s) => s.text)]));
    out[slot.field] = slot.field === 'items' ? points.map((p) => p.text) : points;
  }
  const notes = slide.notes.join('\n');
  const missing = cut.filter((t) => !notes.includes(t));
  return { ...(out as unknown as Slide), notes: [...slide.notes, ...missing] };
}
