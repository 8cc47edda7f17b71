/** A best guess at the article's language from its script, for the deck's `lang`. */
export function guessLang(text: string): string {
  const sample = text.slice(0, 4000);
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const letters = count(/\p{L}/gu) || 1;
  const share = (re: RegExp) => count(re) / letters;
  if (share(/[\u3040-\u30ff]/g) > 0.05) return 'ja';
  if (share(/\p{Script=Han}/gu) > 0.3) return 'zh';
  if (share(/\p{Script=Hangul}/gu) > 0.3) return 'ko';
  if (share(/\p{Script=Arabic}/gu) > 0.3) return 'ar';
  if (share(/\p{Script=Hebrew}/gu) > 0.3) return 'he';
  if (share(/\p{Script=Cyrillic}/gu) > 0.3) return 'ru';
  if (share(/\p{Script=Greek}/gu) > 0.3) return 'el';
  return 'en';
}
