import { basename, dirname, extname } from 'node:path';
import { formatOf, sniffFormat, type ArticleFormat } from '../read/read.js';
import { UserError } from './errors.js';
import { fetchLimited, type FetchLimits } from './fetch.js';
import { readInput, slugify, slugOfFile, tooBig } from './files.js';
import { imageLoader } from './paths.js';

/**
 * Where an article comes from (a file, an http(s) address or standard input) and what
 * the build needs from it: its bytes, how to read them, a name for the deck, and a way
 * to get the images it refers to.
 */

export type InputSpec = { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'stdin'; bytes: Uint8Array };

export interface Source {
  /** How the user named it (path, address or "-"), for messages. */
  label: string;
  /** A file name for the reader and the outline's source. */
  name: string;
  slug: string;
  bytes: Uint8Array;
  format: ArticleFormat;
  charset?: string;
  /** Bytes of an image the article refers to; throws an Error saying why it cannot. */
  loadImage: (src: string) => Promise<Uint8Array | undefined>;
}

export function labelOf(spec: InputSpec): string {
  return spec.kind === 'file' ? spec.path : spec.kind === 'url' ? spec.url : '-';
}

/** The deck folder's name for an input: the file's name, the address's last part, or "stdin". */
export function slugOf(spec: InputSpec): string {
  return spec.kind === 'file' ? slugOfFile(spec.path) : spec.kind === 'url' ? urlSlug(spec.url) : 'stdin';
}

const FORMAT_BY_TYPE: [RegExp, ArticleFormat][] = [
  [/^(text\/html|application\/xhtml\+xml)/, 'html'],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/, 'docx'],
  [/^text\/(markdown|x-markdown)/, 'markdown'],
];

/** A fetched page's format: from its Content-Type when that is telling, else from the address. */
function urlFormat(contentType: string, url: URL): ArticleFormat {
  for (const [re, format] of FORMAT_BY_TYPE) if (re.test(contentType)) return format;
  return extname(url.pathname) ? formatOf(url.pathname) : 'html';
}

/** The address's last part; an address too broken to parse (its fetch reports why) is named by its text. */
function urlSlug(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return slugify(address.replace(/^https?:\/\//i, ''));
  }
  const raw = url.pathname.split('/').filter(Boolean).pop() ?? '';
  let last: string;
  try {
    last = decodeURIComponent(raw);
  } catch {
    last = raw;
  }
  return slugify(last ? basename(last, extname(last)) : url.hostname);
}

/** Images of a fetched page are fetched too, with the same limits; only http(s) ones. */
function urlImageLoader(base: string, limits: FetchLimits): Source['loadImage'] {
  return async (src) => {
    let url: URL;
    try {
      url = new URL(src, base);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    try {
      return (await fetchLimited(url.href, limits)).bytes;
    } catch (e) {
      throw new Error(`could not be fetched (${(e as Error).message.replace(`${url.href}: `, '')})`);
    }
  };
}

function localImages(dir: string, maxBytes: number): Source['loadImage'] {
  const load = imageLoader(dir, (path) => readInput(path, maxBytes));
  return async (src) => {
    try {
      return load(src);
    } catch {
      // A source such as "100%.png" that is no valid URI names no file we can find.
      return undefined;
    }
  };
}

/** Open an input: read the file, fetch the address, or take what was read from standard input. */
export async function openSource(spec: InputSpec, limits: FetchLimits, from?: ArticleFormat): Promise<Source> {
  if (spec.kind === 'file') {
    const name = basename(spec.path);
    return { label: spec.path, name, slug: slugOf(spec), bytes: readInput(spec.path, limits.maxBytes), format: from ?? formatOf(name), loadImage: localImages(dirname(spec.path), limits.maxBytes) };
  }
  if (spec.kind === 'stdin') {
    return { label: '-', name: 'stdin', slug: 'stdin', bytes: spec.bytes, format: from ?? sniffFormat(spec.bytes), loadImage: localImages(process.cwd(), limits.maxBytes) };
  }
  const fetched = await fetchLimited(spec.url, limits);
  const url = new URL(fetched.url);
  const charset = /;\s*charset="?([^";\s]+)/.exec(fetched.contentType)?.[1];
  return {
    label: spec.url,
    name: spec.url,
    slug: slugOf(spec),
    bytes: fetched.bytes,
    format: from ?? urlFormat(fetched.contentType, url),
    ...(charset ? { charset } : {}),
    loadImage: urlImageLoader(fetched.url, limits),
  };
}

/** Everything on standard input, for the "-" argument, up to `maxBytes`. */
export async function readStdin(maxBytes: number): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new UserError('-: reads the article from standard input, but nothing is piped in (try: cat article.md | deckwright build -)', 2);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      process.stdin.destroy();
      throw tooBig('-', maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
