import { escapeXml } from './xml-text.js';

/**
 * A small element builder for the parts deckwright writes itself. Markup is a branded
 * string that only `el` and `text` make, so every piece of text and every attribute
 * value reaches the XML through escapeXml (and so through cleanXmlText) — the type
 * checker refuses a plain string where markup is expected.
 */

declare const MARKUP: unique symbol;
export type Xml = string & { readonly [MARKUP]: true };

export type AttrValue = string | number | boolean | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;
export type Child = Xml | false | undefined | null;

function attribute(name: string, value: AttrValue): string {
  if (value === undefined) return '';
  const v = typeof value === 'boolean' ? (value ? '1' : '0') : typeof value === 'number' ? String(Math.round(value)) : escapeXml(value);
  return ` ${name}="${v}"`;
}

/** An element; attributes left undefined and children that are false, null or undefined are left out. */
export function el(name: string, attrs: Attrs = {}, ...children: Child[]): Xml {
  const open = name + Object.entries(attrs).map(([k, v]) => attribute(k, v)).join('');
  const inner = children.filter((c): c is Xml => typeof c === 'string').join('');
  return (inner ? `<${open}>${inner}</${name}>` : `<${open}/>`) as Xml;
}

/** Text content, cleaned and escaped. */
export function text(value: string): Xml {
  return escapeXml(value) as Xml;
}

/** Markup pieces side by side. */
export function join(parts: readonly Child[]): Xml {
  return parts.filter((c): c is Xml => typeof c === 'string').join('') as Xml;
}

/** A whole part: the XML declaration Office writes, then the root element. */
export function xmlPart(root: Xml): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}`;
}

/** Namespaces of PresentationML parts. */
const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
} as const;

export const PML_NAMESPACES = { 'xmlns:a': NS.a, 'xmlns:r': NS.r, 'xmlns:p': NS.p } as const;
