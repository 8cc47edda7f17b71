/**
 * Which way a deck's text runs, from its language: Arabic, Hebrew, Persian, Urdu and the
 * other languages written right to left, by their BCP 47 tag (the language, or a script
 * subtag such as ku-Arab). A fixed list, so every Node version gives the same decks.
 */

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa']);

export function isRtl(lang: string): boolean {
  const [language = '', ...rest] = lang.toLowerCase().split(/[-_]/);
  const script = rest.find((part) => part.length === 4);
  if (script) return RTL_SCRIPTS.has(script);
  return RTL_LANGUAGES.has(language);
}
