import { wcagContrast } from 'culori/fn';
import { AA } from './contrast.js';
import type { Theme } from './theme.js';

/**
 * The colours of a table, from the theme's own, the same in both decks: the header row
 * in the background colour on the heading colour (the pair the theme already holds to AA,
 * reversed), every other body row faintly tinted, thin rules between rows.
 */

export interface TableColours {
  headerFill: string;
  headerText: string;
  /** Fill of every second body row; text on it keeps AA contrast. */
  band: string;
  rule: string;
}

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** `a` moved towards `b` by `t` (0 to 1), as #RRGGBB. */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [channels(a), channels(b)];
  return `#${x.map((v, i) => Math.round(v + (y[i]! - v) * t).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

const BAND = 0.06;
const RULE = 0.25;

export function tableColours(theme: Theme): TableColours {
  const c = theme.colors;
  // The band is a tint of the text colour; it fades further if body text on it would drop below AA.
  let t = BAND;
  while (t > 0 && wcagContrast(c.text, mix(c.background, c.text, t)) < AA) t -= 0.01;
  return { headerFill: c.heading, headerText: c.background, band: mix(c.background, c.text, Math.max(0, t)), rule: mix(c.background, c.muted, RULE) };
}
