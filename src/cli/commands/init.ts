import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEMPLATES_DIR } from '../../render/markup.js';
import { DEFAULT_THEME, THEMES_DIR } from '../../theme/theme.js';
import { writeAtomic } from '../files.js';

export interface InitReport {
  written: string[];
  /** Files that were there already and were left as they were. */
  kept: string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => join(name, f)) : [name];
  });
}

/**
 * deckwright init: copy the built-in templates and the default theme into `dir` for
 * customising, with a deckwright.config.json that points builds in that folder at them.
 * Existing files are never overwritten.
 */
export function init(dir: string): InitReport {
  const report: InitReport = { written: [], kept: [] };
  const place = (path: string, write: () => void) => {
    if (existsSync(path)) report.kept.push(path);
    else {
      write();
      report.written.push(path);
    }
  };
  for (const file of filesUnder(TEMPLATES_DIR).sort()) {
    const target = join(dir, 'templates', file);
    place(target, () => {
      mkdirSync(join(target, '..'), { recursive: true });
      copyFileSync(join(TEMPLATES_DIR, file), target);
    });
  }
  const theme = JSON.parse(readFileSync(join(THEMES_DIR, `${DEFAULT_THEME}.json`), 'utf8')) as { name: string; description: string };
  theme.name = 'custom';
  theme.description = `A copy of the ${DEFAULT_THEME} theme to change`;
  place(join(dir, 'theme.json'), () => writeAtomic(join(dir, 'theme.json'), `${JSON.stringify(theme, null, 2)}\n`));
  const config = join(dir, 'deckwright.config.json');
  const rel = (p: string) => relative(dir, p) || '.';
  place(config, () => writeAtomic(config, `${JSON.stringify({ theme: rel(join(dir, 'theme.json')), templates: rel(join(dir, 'templates')) }, null, 2)}\n`));
  return report;
}
