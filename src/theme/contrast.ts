import { modeLrgb, modeRgb, useMode, wcagContrast } from 'culori/fn';
import type { Theme, ThemeColors } from './theme.js';

// Theme colours are #RRGGBB and contrast is computed in linear RGB: only those two colour
// spaces are registered (culori's full entry registers every space, ~70 ms at start-up).
useMode(modeRgb);
useMode(modeLrgb);

/**
 * WCAG contrast of every colour a deck sets text in against the background it sits on,
 * in both renderers: content slides (body text, headings, bullets and list numbers in the
 * accent, captions and slide numbers in the muted colour, links) and cover slides.
 */

/** WCAG 2 level AA for normal-size text. */
export const AA = 4.5;

/** Text colour → the background it is shown on. */
export const TEXT_PAIRS: readonly (readonly [keyof ThemeColors, keyof ThemeColors])[] = [
  ['text', 'background'],
  ['heading', 'background'],
  ['accent', 'background'],
  ['muted', 'background'],
  ['link', 'background'],
  ['titleText', 'titleBackground'],
  ['titleMuted', 'titleBackground'],
];

export interface Contrast {
  text: keyof ThemeColors;
  background: keyof ThemeColors;
  ratio: number;
}

export function contrasts(theme: Theme): Contrast[] {
  return TEXT_PAIRS.map(([text, background]) => ({ text, background, ratio: wcagContrast(theme.colors[text], theme.colors[background]) }));
}

/** The pairs below `min` (AA by default), each described in words for a warning. */
export function contrastFailures(theme: Theme, min = AA): string[] {
  return contrasts(theme)
    .filter((c) => c.ratio < min)
    .map((c) => `theme ${theme.name}: colors.${c.text} on colors.${c.background} has contrast ${c.ratio.toFixed(2)}:1, below ${min}:1 (WCAG AA)`);
}
