import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The package's root folder, from this module in src/cli or dist/cli. */
export const PACKAGE_ROOT = join(here, '..', '..');
export const SCHEMA_FILE = join(PACKAGE_ROOT, 'outline.schema.json');

/** The schema's path as seen from a folder, with forward slashes (for the YAML comment). */
export function schemaPathFrom(dir: string): string {
  return relative(resolve(dir), SCHEMA_FILE).split(sep).join('/');
}

/**
 * A loader for the images an article or outline refers to: files inside the source's
 * own folder only, so an article cannot pull arbitrary files into a deck.
 */
export function imageLoader(baseDir: string, read: (path: string) => Uint8Array): (src: string) => Uint8Array | undefined {
  const base = resolve(baseDir);
  return (src: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return undefined;
    const path = isAbsolute(src) ? src : resolve(base, decodeURI(src));
    if (path !== base && !path.startsWith(base + sep)) return undefined;
    if (!existsSync(path)) return undefined;
    try {
      return read(path);
    } catch {
      return undefined;
    }
  };
}
