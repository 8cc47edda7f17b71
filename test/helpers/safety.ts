import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { safeUrl } from '../../src/render/inline.js';

/**
 * What a safe deck looks like, checked the same way for every deck the safety tests
 * build: the HTML holds only the slide vocabulary and the deck's own scripts, and every
 * XML part of the PPTX is well-formed and free of characters XML forbids.
 */

/** Characters XML 1.0 forbids: C0 controls but tab, newline and return; U+FFFE, U+FFFF; lone surrogates. */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The elements and attributes the slide templates write (docs/DESIGN: the slide markup vocabulary). */
const VOCABULARY: Record<string, readonly string[]> = {
  section: ['data-layout', 'style', 'data-background-color'],
  h1: [],
  h2: [],
  p: ['class'],
  ul: [],
  ol: ['start'],
  li: [],
  blockquote: [],
  cite: [],
  figure: [],
  img: ['src', 'alt'],
  figcaption: [],
  table: [],
  colgroup: [],
  col: ['style'],
  thead: [],
  tbody: [],
  tr: ['style'],
  th: ['scope', 'class'],
  td: ['class'],
  div: ['class'],
  aside: ['class'],
  strong: [],
  em: [],
  code: [],
  a: ['href'],
};

const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

function elements(nodes: readonly ChildNode[], out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    out.push(n);
    elements(n.children, out);
  }
  return out;
}

const textOf = (n: ChildNode): string => (n.type === 'text' ? n.data : isElement(n) ? n.children.map(textOf).join('') : '');

export interface ParsedDeck {
  csp: string;
  scripts: string[];
  slides: Element[];
  html: Element | undefined;
  title: string;
}

export function parseDeck(html: string): ParsedDeck {
  const all = elements(parseDocument(html).children);
  const slidesRoot = all.find((e) => e.name === 'div' && e.attribs.class === 'slides');
  return {
    csp: all.find((e) => e.name === 'meta' && e.attribs['http-equiv'] === 'Content-Security-Policy')?.attribs.content ?? '',
    scripts: all.filter((e) => e.name === 'script').map(textOf),
    slides: slidesRoot ? elements(slidesRoot.children) : [],
    html: all.find((e) => e.name === 'html'),
    title: textOf(all.find((e) => e.name === 'title') ?? { type: 'text', data: '' } as ChildNode),
  };
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * Everything unsafe in an HTML deck: a policy that lets inline code run, a script the
 * policy does not name, and in the slides an element or attribute outside the
 * vocabulary, a link that is not http(s) or mailto, or a picture that is not embedded.
 */
export function htmlProblems(html: string): string[] {
  const deck = parseDeck(html);
  const problems: string[] = [];
  const scriptSrc = /script-src ([^;]*)/.exec(deck.csp)?.[1] ?? '';
  if (!/default-src 'none'/.test(deck.csp)) problems.push(`the policy does not start from default-src 'none': ${deck.csp}`);
  if (/'unsafe-inline'|'unsafe-eval'|\*/.test(scriptSrc) || !scriptSrc.includes("'sha256-")) problems.push(`script-src lets more than the deck's own scripts run: ${scriptSrc}`);
  for (const s of deck.scripts) if (!scriptSrc.includes(sha256(s))) problems.push(`a script the policy does not allow: ${s.slice(0, 60)}`);
  for (const e of deck.slides) {
    const allowed = VOCABULARY[e.name];
    if (!allowed) {
      problems.push(`<${e.name}> in a slide`);
      continue;
    }
    for (const a of Object.keys(e.attribs)) if (!allowed.includes(a)) problems.push(`<${e.name} ${a}> in a slide`);
    if (e.name === 'a' && !safeUrl(e.attribs.href ?? '')) problems.push(`a link to ${e.attribs.href}`);
    if (e.name === 'img' && !/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,/.test(e.attribs.src ?? '')) problems.push(`a picture from ${String(e.attribs.src).slice(0, 60)}`);
    if (e.name === 'col' && !/^width:\d+(\.\d+)?px$/.test(e.attribs.style ?? '')) problems.push(`a column style ${e.attribs.style}`);
    if (e.name === 'tr' && !/^height:\d+(\.\d+)?px$/.test(e.attribs.style ?? '')) problems.push(`a row style ${e.attribs.style}`);
    if (e.name === 'section' && e.attribs.style && !/^(--[a-z-]+:\d+(\.\d+)?px;?)+$/.test(e.attribs.style)) problems.push(`a slide style ${e.attribs.style}`);
  }
  return problems;
}

/** All the text of a deck's slides (notes included), as the parser decodes it. */
export function slideText(html: string): string {
  return parseDeck(html).slides.filter((e) => e.name === 'section').map(textOf).join('\n');
}

/** XML parts that are not well-formed, by xmllint (one run for all of them). */
export function malformedXml(parts: ReadonlyMap<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'deckwright-xml-'));
  try {
    const names = [...parts.keys()];
    const files = names.map((name, i) => {
      const file = join(dir, `part${i}.xml`);
      writeFileSync(file, parts.get(name)!);
      return file;
    });
    const r = spawnSync('xmllint', ['--noout', '--nonet', ...files], { encoding: 'utf8' });
    if (r.error) throw new Error('xmllint is not installed: install libxml2-utils (CI does)');
    const bad = new Set<string>();
    for (const line of r.stderr.split('\n')) {
      const m = /^(.*?part(\d+)\.xml):\d+:/.exec(line);
      if (m) bad.add(`${names[Number(m[2])]}: ${line.slice(m[1]!.length + 1)}`);
    }
    if (r.status !== 0 && bad.size === 0) bad.add(`xmllint failed: ${r.stderr.split('\n')[0]}`);
    return [...bad];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
