import type { Theme, ThemeColors } from '../../theme/theme.js';
import { el, type Xml } from './xml.js';
import { escapeXml } from './xml-text.js';

/**
 * The theme's colours as the PPTX colour scheme. Masters and layouts name scheme
 * colours (tx1, tx2, accent1, …) rather than fixed values, so a colour variant chosen
 * in PowerPoint's Design tab recolours the whole deck, as it does a hand-made one.
 */

type SchemeSlot = 'dk1' | 'lt1' | 'dk2' | 'lt2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6' | 'hlink' | 'folHlink';

/** Theme colour → scheme slot, and the name slides and masters use for it (through the master's colour map). */
const ROLES: readonly { role: keyof ThemeColors; slot: SchemeSlot; ref: string }[] = [
  { role: 'text', slot: 'dk1', ref: 'tx1' },
  { role: 'background', slot: 'lt1', ref: 'bg1' },
  { role: 'heading', slot: 'dk2', ref: 'tx2' },
  { role: 'titleMuted', slot: 'lt2', ref: 'bg2' },
  { role: 'accent', slot: 'accent1', ref: 'accent1' },
  { role: 'muted', slot: 'accent2', ref: 'accent2' },
  { role: 'link', slot: 'hlink', ref: 'hlink' },
];

/** Office's own colours for the accents the theme does not name (used by charts a user adds). */
const OTHER_ACCENTS: Record<'accent3' | 'accent4' | 'accent5' | 'accent6', string> = { accent3: 'A5A5A5', accent4: 'FFC000', accent5: '5B9BD5', accent6: '70AD47' };

export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

/** A colour of the theme as a scheme reference when the scheme holds it, else as a fixed value. */
export function colour(theme: Theme, value: string): Xml {
  const wanted = hex(value);
  const role = ROLES.find((r) => hex(theme.colors[r.role]) === wanted);
  return role ? el('a:schemeClr', { val: role.ref }) : el('a:srgbClr', { val: wanted });
}

export function solidFill(theme: Theme, value: string): Xml {
  return el('a:solidFill', {}, colour(theme, value));
}

/** The `a:clrScheme` of the theme part. */
function colourScheme(theme: Theme): Xml {
  const slot = (name: SchemeSlot, value: string) => el(`a:${name}`, {}, el('a:srgbClr', { val: hex(value) }));
  const of = (s: SchemeSlot) => theme.colors[ROLES.find((r) => r.slot === s)!.role];
  return el(
    'a:clrScheme',
    { name: theme.name },
    slot('dk1', of('dk1')),
    slot('lt1', of('lt1')),
    slot('dk2', of('dk2')),
    slot('lt2', of('lt2')),
    slot('accent1', of('accent1')),
    slot('accent2', of('accent2')),
    slot('accent3', OTHER_ACCENTS.accent3),
    slot('accent4', OTHER_ACCENTS.accent4),
    slot('accent5', OTHER_ACCENTS.accent5),
    slot('accent6', OTHER_ACCENTS.accent6),
    slot('hlink', of('hlink')),
    slot('folHlink', of('hlink')),
  );
}

/** pptxgenjs's theme part with the deck theme's name and colours (its fonts are already the theme's). */
export function applyColourScheme(themeXml: string, theme: Theme): string {
  return themeXml
    .replace(/<a:clrScheme [\s\S]*?<\/a:clrScheme>/, colourScheme(theme))
    .replace(/(<a:theme [^>]*name=")[^"]*"/, (_, head: string) => `${head}${escapeXml(theme.name)}"`)
    .replace(/(<a:fontScheme name=")[^"]*"/, (_, head: string) => `${head}${escapeXml(theme.name)}"`);
}
