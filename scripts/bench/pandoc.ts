import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { labelsFor } from '../../src/compose/labels.js';
import type { Outline, Point } from '../../src/outline/outline.js';

/**
 * pandoc as the yardstick: the same deck as a Markdown outline (title, one `#` slide per
 * section with its bullets, speaker notes in `::: notes` blocks), and the arguments that
 * make a self-contained reveal.js page and a PPTX of it.
 */

function points(list: readonly Point[] | undefined, depth = 0): string[] {
  return (list ?? []).flatMap((p) => [`${'  '.repeat(depth)}- ${p.text}`, ...points(p.points, depth + 1)]);
}

/** YAML metadata is quoted as JSON, which YAML reads. */
const meta = (key: string, value: string | undefined) => (value ? [`${key}: ${JSON.stringify(value)}`] : []);

/** The deck of `outline` as pandoc Markdown: the slides deckwright makes, in the same order, with the same labels. */
export function outlineMarkdown(outline: Outline): string {
  const labels = labelsFor(outline.lang);
  const slides: string[] = [];
  if (outline.sections.length > 1) slides.push([`# ${labels.agenda}`, '', ...outline.sections.map((s, i) => `${i + 1}. ${s.heading}`)].join('\n'));
  for (const s of outline.sections) {
    const body = [`# ${s.heading}`, ''];
    body.push(...points(s.points));
    if (s.quote) body.push('', `> ${s.quote.text}${s.quote.by ? ` (${s.quote.by})` : ''}`);
    for (const im of s.images ?? []) body.push('', `![${im.caption ?? im.alt}](${im.src})`);
    if (s.notes) body.push('', '::: notes', s.notes, ':::');
    slides.push(body.join('\n'));
  }
  if (outline.takeaways.length) slides.push([`# ${labels.takeaways}`, '', ...points(outline.takeaways)].join('\n'));
  slides.push(`# ${labels.closing}`);
  const header = ['---', ...meta('title', outline.title), ...meta('subtitle', outline.subtitle), ...meta('author', outline.author), ...meta('date', outline.date), `lang: ${outline.lang}`, '---'];
  return `${[header.join('\n'), ...slides].join('\n\n')}\n`;
}

/** pandoc's version ("2.17.1.1"), or undefined when it is not installed. */
export function pandocVersion(): string | undefined {
  try {
    return /pandoc(?:\.exe)? ([\d.]+)/.exec(execFileSync('pandoc', ['--version'], { encoding: 'utf8' }))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * reveal.js from node_modules laid out as pandoc's template expects it: dist/ as is, and
 * each plugin in plugin/<name>/<name>.js (reveal.js 6 keeps them in dist/plugin/).
 */
export function revealDir(into: string): string {
  const dist = dirname(createRequire(import.meta.url).resolve('reveal.js/reveal.css'));
  const dir = join(into, 'reveal.js');
  mkdirSync(dir, { recursive: true });
  symlinkSync(dist, join(dir, 'dist'));
  for (const plugin of ['notes', 'search', 'zoom', 'math']) {
    mkdirSync(join(dir, 'plugin', plugin), { recursive: true });
    symlinkSync(join(dist, 'plugin', `${plugin}.js`), join(dir, 'plugin', plugin, `${plugin}.js`));
  }
  return dir;
}

/** Arguments for a self-contained reveal.js page; pandoc before 2.19 calls --embed-resources --self-contained. */
export function revealArgs(version: string, markdown: string, out: string, reveal: string): string[] {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const embed = major > 2 || (major === 2 && minor >= 19) ? ['--embed-resources', '--standalone'] : ['--self-contained'];
  return [markdown, '-t', 'revealjs', ...embed, '-V', `revealjs-url=${reveal}`, '-o', out];
}
