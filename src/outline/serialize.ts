import { parseDocument, type Document, type Node } from 'yaml';
import type { Outline } from './outline.js';
import { formatPath, outlineProblems, withDefaults, type OutlineProblem } from './validate.js';
import { OutlineError } from './write.js';

/** Outlines read from disk, YAML or JSON, checked against the schema; and written (write.ts). */

export { isEdited, OutlineError, outlineToJson, outlineToYaml } from './write.js';

/** The line (1-based) of the YAML node at a path, or of its nearest ancestor that exists. */
function lineOf(doc: Document, text: string, path: readonly (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return text.slice(0, start).split('\n').length;
  }
  return undefined;
}

function describe(problem: OutlineProblem): string {
  return `${formatPath(problem.path)} ${problem.message}`;
}

/** Parse and validate an outline file's text (YAML or JSON); errors name the field and, for YAML, the line. */
export function parseOutline(text: string, format: 'yaml' | 'json'): Outline {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new OutlineError(`is not valid JSON (${(e as Error).message})`);
    }
    const [problem] = outlineProblems(data);
    if (problem) throw new OutlineError(describe(problem));
    return withDefaults(data);
  }
  const doc = parseDocument(text, { prettyErrors: false });
  const [yamlError] = doc.errors;
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line;
    throw new OutlineError(`is not valid YAML: ${yamlError.message.split('\n')[0]}`, line);
  }
  const data: unknown = doc.toJS();
  const [problem] = outlineProblems(data);
  if (problem) throw new OutlineError(describe(problem), lineOf(doc, text, problem.path));
  return withDefaults(data);
}
