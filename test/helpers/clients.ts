import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pptx } from './pptx.js';

/**
 * Real clients for the PPTX tests, used the way ../shared/tools/check-pptx uses them:
 * xmllint validates parts against the ECMA-376 schemas, LibreOffice renders the deck.
 */

function needs(program: string, args: string[], debianPackage: string): void {
  const r = spawnSync(program, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${program} is not installed: install ${debianPackage} (CI does)`);
}

/** Schema of a part by its root element's namespace, as check-pptx picks them. */
const SCHEMAS: Record<string, string> = {
  'http://schemas.openxmlformats.org/presentationml/2006/main': 'transitional-officecompat/pml.xsd',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'transitional-officecompat/pml.xsd',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'transitional-officecompat/shared-documentPropertiesExtended.xsd',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'opc/opc-relationships.xsd',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'opc/opc-contentTypes.xsd',
};

function rootNamespace(xml: string): string | undefined {
  const root = /<(?!\?)(?:([\w.-]+):)?[\w.-]+[\s>/]/.exec(xml);
  if (!root) return undefined;
  const prefix = root[1];
  const decl = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}="([^"]*)"`).exec(xml.slice(root.index));
  return decl?.[1];
}

/**
 * Every schema error in the parts check-pptx validates: `ppt/**.xml`, `docProps/app.xml`,
 * every `.rels` and `[Content_Types].xml`. A part in a namespace with no schema, or one
 * using markup compatibility (whose Fallback check-pptx validates instead; deckwright
 * writes none), is reported as an error too.
 */
export function schemaErrors(pptx: Pptx, xsdDir: string): string[] {
  needs('xmllint', ['--version'], 'libxml2-utils');
  const dir = mkdtempSync(join(tmpdir(), 'deckwright-xsd-'));
  try {
    const groups = new Map<string, string[]>();
    const partOf = new Map<string, string>();
    const errors: string[] = [];
    let n = 0;
    for (const [name, xml] of pptx.parts) {
      if (!(/^ppt\/.*\.xml$/.test(name) || name === 'docProps/app.xml' || name.endsWith('.rels') || name === '[Content_Types].xml')) continue;
      if (/mc:AlternateContent|mc:Ignorable/.test(xml)) errors.push(`${name}: uses markup compatibility`);
      const schema = SCHEMAS[rootNamespace(xml) ?? ''];
      if (!schema) {
        errors.push(`${name}: no schema for its namespace ${rootNamespace(xml)}`);
        continue;
      }
      const file = join(dir, `part${n++}.xml`);
      writeFileSync(file, xml);
      partOf.set(file, name);
      groups.set(schema, [...(groups.get(schema) ?? []), file]);
    }
    for (const [schema, files] of groups) {
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(xsdDir, schema), ...files], { encoding: 'utf8' });
      if (/failed to compile|No such file/.test(r.stderr)) throw new Error(`xmllint could not use ${join(xsdDir, schema)}: ${r.stderr.split('\n')[0]}`);
      for (const line of r.stderr.split('\n')) {
        const m = /^(.*?):(\d+): (.*)$/.exec(line);
        if (m && partOf.has(m[1]!)) errors.push(`${partOf.get(m[1]!)}:${m[2]}: ${m[3]}`);
      }
    }
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A word as pdftotext places it on a page, in points from the top left. */
export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Rendered {
  name: string;
  pages: number;
  /** Each page's words, when asked for. */
  words?: Word[][];
}

/** Every word of a PDF, page by page (pdftotext -bbox). */
function pdfWords(pdf: string): Word[][] {
  const r = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return r.stdout.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: decode(m[5]!),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    })),
  );
}

/**
 * Render decks to PDF in one LibreOffice run, with a fresh profile and a time limit, and
 * count each PDF's pages with pdfinfo (and read its words with pdftotext, when asked).
 */
export async function renderWithLibreOffice(decks: { name: string; bytes: Uint8Array }[], timeoutMs = 120_000, options: { words?: boolean } = {}): Promise<Rendered[]> {
  needs(process.env.SOFFICE ?? 'soffice', ['--version'], 'libreoffice-impress-nogui');
  needs('pdfinfo', ['-v'], 'poppler-utils');
  const dir = mkdtempSync(join(tmpdir(), 'deckwright-lo-'));
  try {
    const profile = join(dir, 'profile');
    const out = join(dir, 'pdf');
    mkdirSync(out);
    const files = decks.map((d) => {
      const file = join(dir, `${d.name}.pptx`);
      writeFileSync(file, d.bytes);
      return file;
    });
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', out, ...files];
    const child = spawn(process.env.SOFFICE ?? 'soffice', args, { detached: true, stdio: 'ignore', env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        // soffice starts helper processes: end the whole group it leads.
        process.kill(-child.pid!, 'SIGKILL');
        reject(new Error(`LibreOffice did not finish within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      child.on('error', reject);
      child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return files.map((file, i) => {
      const pdf = join(out, basename(file).replace(/\.pptx$/, '.pdf'));
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = /^Pages:\s+(\d+)$/m.exec(info.stdout)?.[1];
      return { name: decks[i]!.name, pages: pages === undefined ? 0 : Number(pages), ...(options.words ? { words: pdfWords(pdf) } : {}) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
