import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built-in templates compiled at build time (scripts/precompile-templates.ts), as
 * [template text, compiled template] pairs; none when running from src/. The command-line
 * bundle puts the file itself in place of this module (scripts/bundle-cli.ts), so its
 * code is in the bundle's code cache.
 */
export function precompiledPairs(): [string, TemplateSpecification][] {
  try {
    return createRequire(import.meta.url)(join(dirname(fileURLToPath(import.meta.url)), '..', 'precompiled-templates.cjs')) as [string, TemplateSpecification][];
  } catch {
    return [];
  }
}
