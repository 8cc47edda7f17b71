import { readdirSync } from 'node:fs';
import { loadTheme, THEMES_DIR, DEFAULT_THEME } from '../../theme/theme.js';

/** deckwright themes: the built-in themes, one a line. */
export function themesText(): string {
  const names = readdirSync(THEMES_DIR).filter((f) => /\.(json|ya?ml)$/.test(f)).map((f) => f.replace(/\.(json|ya?ml)$/, '')).sort();
  const width = Math.max(...names.map((n) => n.length));
  return names
    .map((name) => {
      const theme = loadTheme(name);
      return `${name.padEnd(width)}  ${theme.description}${name === DEFAULT_THEME ? ' (default)' : ''}`;
    })
    .join('\n');
}
