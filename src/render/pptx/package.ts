import { el, type Xml } from './xml.js';
import { unzip, zip } from './zip.js';

/**
 * A package's parts in memory: XML parts as text, media as bytes. Read once from what
 * pptxgenjs writes, edited, and written once with fixed dates and a fixed part order, so
 * that the same deck always gives the same bytes.
 */
export class Package {
  private constructor(private readonly parts: Map<string, string | Uint8Array>) {}

  static read(bytes: Uint8Array): Package {
    const files = unzip(bytes);
    const parts = new Map<string, string | Uint8Array>();
    for (const name of [...files.keys()].sort()) {
      const data = files.get(name)!;
      parts.set(name, /\.(xml|rels)$/.test(name) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8') : data);
    }
    return new Package(parts);
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** An XML part's text; throws when the part is missing, which would be a bug in how the package is made. */
  xml(name: string): string {
    const part = this.parts.get(name);
    if (typeof part !== 'string') throw new Error(`the PPTX package has no XML part ${name}`);
    return part;
  }

  set(name: string, data: string | Uint8Array): void {
    this.parts.set(name, data);
  }

  edit(name: string, fn: (xml: string) => string): void {
    this.set(name, fn(this.xml(name)));
  }

  /** The zip: content types first and the package relationships second (as Office writes them), then the rest sorted. */
  async write(timestamp: Date): Promise<Uint8Array> {
    const first = ['[Content_Types].xml', '_rels/.rels'];
    const order = [...first, ...[...this.parts.keys()].filter((n) => !first.includes(n)).sort()];
    const entries = order.flatMap((name) => {
      const data = this.parts.get(name);
      if (data === undefined) return [];
      return [typeof data === 'string' ? { name, data: Buffer.from(data, 'utf8'), deflate: true } : { name, data, deflate: false }];
    });
    return zip(entries, timestamp);
  }
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const RELATIONSHIP_TYPES = {
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  slideLayout: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout',
} as const;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1]!.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : undefined;
}

/** The relationships of a `.rels` part. */
export function readRelationships(rels: string): Relationship[] {
  return [...rels.matchAll(/<Relationship\s[^>]*\/>/g)].map((m) => ({
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
    external: attr(m[0], 'TargetMode') === 'External',
  }));
}

function relationshipsXml(list: readonly Relationship[]): string {
  const items = list.map((r) => el('Relationship', { Id: r.id, Type: r.type, Target: r.target, TargetMode: r.external ? 'External' : undefined }));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${el('Relationships', { xmlns: 'http://schemas.openxmlformats.org/package/2006/relationships' }, ...items)}`;
}

/** A part's relationships, to which new ones are added with fresh ids (one per target). */
export class RelationshipList {
  private readonly list: Relationship[];
  constructor(rels: string) {
    this.list = readRelationships(rels);
  }

  add(type: string, target: string, external = false): string {
    const known = this.list.find((r) => r.type === type && r.target === target && r.external === external);
    if (known) return known.id;
    const next = Math.max(0, ...this.list.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0))) + 1;
    const id = `rId${next}`;
    this.list.push({ id, type, target, external });
    return id;
  }

  target(id: string): string | undefined {
    return this.list.find((r) => r.id === id)?.target;
  }

  xml(): string {
    return relationshipsXml(this.list);
  }
}

/** The rels part that belongs to a part: ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** `[Content_Types].xml` with a default content type for a file extension, unless it has one. */
export function withDefaultContentType(contentTypes: string, extension: string, contentType: string): string {
  if (new RegExp(`<Default Extension="${extension}"`, 'i').test(contentTypes)) return contentTypes;
  const entry: Xml = el('Default', { Extension: extension, ContentType: contentType });
  return contentTypes.replace(/(<Types [^>]*>)/, `$1${entry}`);
}
