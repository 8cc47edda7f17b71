import type { Point } from '../outline/outline.js';
import type { Slide } from './deck.js';
import { Fitter } from './fit.js';
import type { Geometry } from './geometry.js';
import { slotsOf } from './slots.js';

/**
 * The last touch on a composed slide: no paragraph ends on a line holding one word alone
 * when joining the last two words with a no-break space keeps its number of lines. This
 * changes the slide's copy of the text only; the outline keeps the analyser's words.
 */

export function withoutOrphans(slide: Slide, fit: Fitter, g: Geometry): Slide {
  const out: Record<string, unknown> = { ...slide };
  for (const slot of slotsOf(slide, g, fit.theme.sizes)) {
    // A word alone on a cell's last line is usual in a narrow column; tables are left as they are.
    if (slot.kind === 'table') continue;
    if (slot.kind === 'text') {
      out[slot.field] = fit.withoutOrphan(slot.text, slot.size, slot.box.w, fit.face(slot.face));
      continue;
    }
    const sub = fit.subSize(slot.size);
    const point = (p: Point): Point => ({
      ...p,
      text: fit.withoutOrphan(p.text, slot.size, fit.pointWidth(0, slot.size, slot.box.w, slot.field === 'items')),
      ...(p.points ? { points: p.points.map((s) => ({ ...s, text: fit.withoutOrphan(s.text, sub, fit.pointWidth(1, slot.size, slot.box.w)) })) } : {}),
    });
    out[slot.field] = slot.field === 'items' ? slot.points.map((p) => point(p).text) : slot.points.map(point);
  }
  return out as unknown as Slide;
}
