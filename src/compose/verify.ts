import type { Deck } from './deck.js';
import { Fitter } from './fit.js';
import { geometry, room } from './geometry.js';
import { slotsOf } from './slots.js';
import { tableHeight } from './table.js';

/**
 * The composer's own check of a deck: every slide's text, measured with the theme's fonts
 * at the sizes fitting chose, inside the boxes both renderers draw it in. A slide listed
 * here would overflow in the browser and in PowerPoint alike.
 */

export interface Overfull {
  /** 1-based slide number. */
  slide: number;
  /** Which text, and how much room it needs and has. */
  what: string;
}

export function overfullSlides(deck: Deck): Overfull[] {
  const fit = new Fitter(deck.theme);
  const g = geometry(deck.size);
  const out: Overfull[] = [];
  deck.slides.forEach((slide, i) => {
    for (const slot of slotsOf(slide, g, deck.theme.sizes)) {
      const space = room(slot.box);
      const height =
        slot.kind === 'table' ? tableHeight(fit, slot.header, slot.rows, slot.widths, slot.size)
        : slot.kind === 'list' ? fit.pointsHeight(slot.points, slot.size, slot.box.w, slot.field === 'items')
        : fit.textSlotHeight(slot);
      if (height > space + 0.5) out.push({ slide: i + 1, what: `${slot.field}: ${Math.ceil(height)} pt of text in a ${Math.floor(space)} pt box` });
    }
  });
  return out;
}
