/**
 * Run-in headings: text taken from a PDF often glues a paragraph's heading (or a
 * footnote's number) to its first sentence, "Data We read the …", "Float Gauges
 * The float sits …", "4 This record is …". In prose a capitalised "We" or
 * "The" followed by a lowercase word never comes after a few words without punctuation,
 * so such a start is taken for a heading and kept out of the paragraph's sentences.
 */

/** Words that open a sentence, written with a capital where a run-in heading ends. */
const OPENERS = new Set([
  'We', 'Our', 'The', 'This', 'These', 'In', 'It', 'Here', 'Most', 'For', 'To', 'Each', 'Given', 'Unlike',
  'Following', 'There', 'All', 'Many', 'Some', 'Both', 'First', 'Finally', 'When', 'While', 'Since',
  'Previous', 'Prior', 'Recent', 'Table', 'Figure', 'Using', 'Instead', 'However', 'Although', 'Consider', 'Because',
]);

/** Words a heading does not end on ("Fans of The …" is prose). */
const LINKING = new Set(['&', 'of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'than', 'that', 'is', 'are', 'was', 'were', 'be']);

const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;
const MAX_WORDS = 6;

/**
 * How many characters at the start of `text` (a paragraph, or a sentence within one) are
 * a run-in heading or a footnote number (0 when there is none).
 */
export function runInHeadingLength(text: string): number {
  const words = text.slice(0, 200).split(' ');
  // "7 Overall, our model …": a footnote's number before any capitalised word.
  if (words.length > 2 && /^\d{1,2}$/.test(words[0]!) && ((/^\p{Lu}\p{Ll}*,?$/u.test(words[1]!) && /^\p{Ll}/u.test(words[2]!)) || OPENERS.has(words[1]!))) return words[0]!.length + 1;
  for (let n = 1; n <= MAX_WORDS && n + 1 < words.length; n++) {
    const head = words.slice(0, n);
    if (!head.every((w) => WORD.test(w) || w === '&')) return 0;
    if (!OPENERS.has(words[n]!) || !/^[\p{Ll}\p{N}(]/u.test(words[n + 1]!)) continue;
    const footnote = n === 1 && /^\d{1,2}$/.test(head[0]!);
    if (!footnote && !/^[\p{Lu}\p{N}]/u.test(head[0]!)) return 0;
    if (LINKING.has(head[n - 1]!.toLowerCase())) continue;
    // A longer heading is written in title case; prose of that length is not.
    if (n > 3 && !head.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || LINKING.has(w))) return 0;
    return head.join(' ').length + 1;
  }
  return 0;
}
