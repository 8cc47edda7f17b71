import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folders of installed packages whose files deckwright reads (reveal.js, the font
 * packages). Node's resolver took ~2.5 ms for the first package of a build, reading
 * package.json export maps on the way; a package's folder is looked for as Node looks for
 * it, in node_modules beside this module and in each folder above, and only a package
 * found nowhere there (NODE_PATH, say) is left to Node.
 */

const here = dirname(fileURLToPath(import.meta.url));
const found = new Map<string, string | undefined>();

function lookUp(name: string): string | undefined {
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** The folder of package `name`, or undefined when it is not installed. */
export function packageDir(name: string): string | undefined {
  if (!found.has(name)) found.set(name, lookUp(name));
  return found.get(name);
}
