/**
 * The one place text is made safe for XML: characters XML 1.0 forbids (C0 controls
 * but tab, newline and return; U+FFFE, U+FFFF; lone surrogates) are removed, and
 * markup characters escaped.
 */

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanXmlText(text: string): string {
  return text.replace(FORBIDDEN, '');
}

export function escapeXml(text: string): string {
  return cleanXmlText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
