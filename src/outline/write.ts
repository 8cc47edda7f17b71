import { createHash } from 'node:crypto';
import { Document, isMap, isSeq } from 'yaml';
import type { Outline } from './outline.js';
import { InputError } from '../input-error.js';

/**
 * Outlines written to disk: YAML for people (with a fingerprint of what deckwright wrote,
 * so an edited outline is never overwritten by accident) or JSON for programs. Reading
 * them back, with the checks of the schema, is serialize.ts's: a build from an article
 * writes an outline without loading those.
 */

const FINGERPRINT = /^# fingerprint: ([0-9a-f]{16})$/m;

/** Key order on disk: what a person edits first, the source text last. */
function ordered(outline: Outline): Outline {
  const { title, subtitle, author, date, lang, takeaways, sections, source } = outline;
  return JSON.parse(JSON.stringify({ title, subtitle, author, date, lang, takeaways, sections, source })) as Outline;
}

function fingerprint(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

function yamlBody(outline: Outline): string {
  const doc = new Document(ordered(outline));
  // Sentence ids read best on one line: from: [3, 4].
  const flowIds = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = (pair.key as { value?: unknown })?.value;
        if (key === 'from' && isSeq(pair.value)) pair.value.flow = true;
        // A table row reads best on one line too: [Roof, Area (m²), …].
        else if (key === 'rows' && isSeq(pair.value)) {
          for (const row of pair.value.items) if (isSeq(row)) row.flow = true;
        } else flowIds(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) flowIds(item);
  };
  flowIds(doc.contents);
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

/**
 * The outline as YAML, headed by the schema comment editors use (`schema` is the path
 * or URL of outline.schema.json as seen from the file) and a fingerprint of the body.
 */
export function outlineToYaml(outline: Outline, schema = 'outline.schema.json'): string {
  const body = yamlBody(outline);
  return [
    `# yaml-language-server: $schema=${schema}`,
    '# deckwright outline: edit it, then run `deckwright render` on this file.',
    `# fingerprint: ${fingerprint(body)}`,
    body,
  ].join('\n');
}

export function outlineToJson(outline: Outline): string {
  return `${JSON.stringify(ordered(outline), null, 2)}\n`;
}

/** Whether a YAML outline was changed since deckwright wrote it (or carries no fingerprint). */
export function isEdited(text: string): boolean {
  const m = FINGERPRINT.exec(text);
  if (!m) return true;
  const body = text.split('\n').filter((line, i) => !(i < 3 && line.startsWith('#'))).join('\n');
  return fingerprint(body) !== m[1];
}

export class OutlineError extends InputError {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}
