/**
 * The inline formatting an outline's text may carry, as a small Markdown subset:
 * **strong**, *em*, `code` and [text](url) with an http(s) or mailto URL. Everything
 * else is escaped, so no markup from an article reaches a deck.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Only these link targets survive: http(s) and mailto addresses with no white space,
 * quotes, angle brackets or control characters. Anything else (javascript:, data:,
 * file:, vbscript:) is shown as text.
 */
export function safeUrl(url: string): string | undefined {
  return /^(https?:\/\/[^\s<>"'\u0000-\u001f\u007f-\u009f/?#][^\s<>"'\u0000-\u001f\u007f-\u009f]*|mailto:[^\s<>"'\u0000-\u001f\u007f-\u009f]+)$/i.test(url) ? url : undefined;
}

export type InlineSpan =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em' | 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

const TOKEN = /\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*([^*\n]+?)\*\*|(?<![\w*])\*([^\s*](?:[^*\n]*?[^\s*])?)\*(?![\w*])|`([^`\n]+)`/g;

/** Split text into plain and formatted spans. */
export function parseInline(text: string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > at) spans.push({ kind: 'text', text: text.slice(at, m.index) });
    if (m[1] !== undefined) {
      const href = safeUrl(m[2]!);
      spans.push(href ? { kind: 'link', text: m[1], href } : { kind: 'text', text: m[1] });
    } else if (m[3] !== undefined) spans.push({ kind: 'strong', text: m[3] });
    else if (m[4] !== undefined) spans.push({ kind: 'em', text: m[4] });
    else spans.push({ kind: 'code', text: m[5]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) spans.push({ kind: 'text', text: text.slice(at) });
  return spans;
}

/** Text with its inline formatting as HTML; everything from the text escaped. */
export function inlineHtml(text: string): string {
  return parseInline(text)
    .map((s) => {
      const t = escapeHtml(s.text);
      switch (s.kind) {
        case 'text':
          return t;
        case 'link':
          return `<a href="${escapeHtml(s.href)}">${t}</a>`;
        default:
          return `<${s.kind}>${t}</${s.kind}>`;
      }
    })
    .join('');
}
