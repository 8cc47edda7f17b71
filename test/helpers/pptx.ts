import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import { buildFromArticle, buildFromOutline, type BuildOptions, type BuildResult } from '../../src/build.js';
import { parseOutline } from '../../src/outline/serialize.js';
import { parseInline } from '../../src/render/inline.js';
import { ARTICLES, buildOf, FIXTURES, ROOT } from './fixtures.js';

/**
 * Reading a PPTX package back in tests: its parts, XML trees of them, and the decks the
 * PPTX tests run over (every article fixture, a hand-written outline that uses every
 * inline format, and a Markdown article with a picture).
 */

export const FORMATTING_OUTLINE = join(FIXTURES, 'formatting.outline.yaml');
export const TIDES = join(FIXTURES, 'tides.md');
export const TIDES_PNG = join(FIXTURES, 'tide-levels.png');
/** The ECMA-376 schemas, beside the project as in CI; OOXML_XSD_DIR overrides, as for check-pptx. */
export const XSD_DIR = process.env.OOXML_XSD_DIR ?? join(ROOT, '..', 'shared', 'ooxml-xsd');

const builds = new Map<string, Promise<BuildResult>>();

function cached(key: string, build: () => Promise<BuildResult>): Promise<BuildResult> {
  let b = builds.get(key);
  if (!b) {
    b = build();
    builds.set(key, b);
  }
  return b;
}

/** The hand-written outline, rendered as `deckwright render` would. */
export function buildFormatting(options: BuildOptions = {}): Promise<BuildResult> {
  const outline = parseOutline(readFileSync(FORMATTING_OUTLINE, 'utf8'), 'yaml');
  return Object.keys(options).length ? buildFromOutline(outline, options) : cached('formatting', () => buildFromOutline(outline));
}

/** The Markdown article with a picture beside it. */
export function buildTides(options: BuildOptions = {}): Promise<BuildResult> {
  const loadImage = (src: string) => (src === 'tide-levels.png' ? readFileSync(join(dirname(TIDES), src)) : undefined);
  const build = () => buildFromArticle(readFileSync(TIDES), 'tides.md', { loadImage, ...options });
  return Object.keys(options).length ? build() : cached('tides', build);
}

/** Every deck the PPTX tests read: the seed, each article fixture, and the two PPTX fixtures. */
export async function allDecks(): Promise<{ name: string; result: BuildResult }[]> {
  const articles = await Promise.all(Object.entries(ARTICLES).map(async ([name, path]) => ({ name, result: await buildOf(path) })));
  return [...articles, { name: 'formatting', result: await buildFormatting() }, { name: 'tides', result: await buildTides() }];
}

export class Pptx {
  private constructor(
    readonly parts: Map<string, string>,
    readonly media: Map<string, Uint8Array>,
    readonly dates: Date[],
  ) {}

  static async open(bytes: Uint8Array): Promise<Pptx> {
    const zip = await JSZip.loadAsync(bytes);
    const parts = new Map<string, string>();
    const media = new Map<string, Uint8Array>();
    const dates: Date[] = [];
    for (const name of Object.keys(zip.files)) {
      const entry = zip.files[name]!;
      dates.push(entry.date);
      if (/\.(xml|rels)$/.test(name)) parts.set(name, await entry.async('string'));
      else media.set(name, await entry.async('uint8array'));
    }
    return new Pptx(parts, media, dates);
  }

  has(name: string): boolean {
    return this.parts.has(name) || this.media.has(name);
  }

  text(name: string): string {
    const xml = this.parts.get(name);
    if (xml === undefined) throw new Error(`no part ${name}`);
    return xml;
  }

  xml(name: string): Document {
    return parseDocument(this.text(name), { xmlMode: true });
  }

  /** Relationships of a part, targets resolved to part names (external ones left as they are). */
  rels(part: string): { id: string; type: string; target: string; external: boolean }[] {
    const slash = part.lastIndexOf('/');
    const relsName = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
    if (!this.parts.has(relsName)) return [];
    return all(this.xml(relsName), 'Relationship').map((r) => {
      const external = r.attribs.TargetMode === 'External';
      return { id: r.attribs.Id!, type: r.attribs.Type!.split('/').pop()!, target: external ? r.attribs.Target! : resolve(part, r.attribs.Target!), external };
    });
  }

  /** Slide parts in presentation order. */
  slides(): string[] {
    const rels = this.rels('ppt/presentation.xml');
    return all(this.xml('ppt/presentation.xml'), 'p:sldId').map((s) => rels.find((r) => r.id === s.attribs['r:id'])!.target);
  }

  related(part: string, type: string): string {
    const rel = this.rels(part).find((r) => r.type === type);
    if (!rel) throw new Error(`${part} has no ${type} relationship`);
    return rel.target;
  }
}

function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Element).type === 'tag';
}

/** Descendants with a tag name, in document order. */
export function all(node: Document | Element, name: string, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.name === name) out.push(child);
    all(child, name, out);
  }
  return out;
}

export function first(node: Document | Element, name: string): Element | undefined {
  return all(node, name)[0];
}

export function children(el: Element, name?: string): Element[] {
  return el.children.filter(isElement).filter((c) => name === undefined || c.name === name);
}

/** The text of an element's descendants (the parser has decoded entities). */
export function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : isElement(c) ? textOf(c) : '')).join('');
}

/** The shapes of a part's shape tree (top level), with their placeholder if any. */
export function shapes(doc: Document): { el: Element; kind: string; ph?: { type: string; idx: number } }[] {
  const tree = first(doc, 'p:spTree');
  if (!tree) return [];
  return children(tree)
    .filter((c) => c.name === 'p:sp' || c.name === 'p:pic')
    .map((el) => {
      const ph = first(el, 'p:ph');
      return { el, kind: el.name, ...(ph ? { ph: { type: ph.attribs.type ?? 'obj', idx: Number(ph.attribs.idx ?? 0) } } : {}) };
    });
}

/** The paragraphs of a shape: level and the text of its runs and fields. */
export function paragraphs(shape: Element): { level: number; text: string; p: Element }[] {
  return all(shape, 'a:p').map((p) => ({
    p,
    level: Number(first(p, 'a:pPr')?.attribs.lvl ?? 0),
    text: children(p)
      .filter((c) => c.name === 'a:r' || c.name === 'a:fld')
      .map((r) => textOf(first(r, 'a:t')!))
      .join(''),
  }));
}

/** Text as the slide shows it: inline Markdown marks removed. */
export function shown(text: string): string {
  return parseInline(text)
    .map((s) => s.text)
    .join('');
}
