import { Value, ValueErrorType } from '@sinclair/typebox/value';
import { OutlineSchema, type Outline } from './outline.js';

/** A problem in an outline: the field (as a path like sections[2].heading) and what is wrong. */
export interface OutlineProblem {
  path: (string | number)[];
  message: string;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(top level)';
}

function pathOf(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The problems in a parsed outline (after defaults are filled in), first ones first; empty when it is valid. */
export function outlineProblems(data: unknown): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  for (const e of Value.Errors(OutlineSchema, withDefaults(data))) {
    const path = pathOf(e.path);
    const field = path[path.length - 1];
    let message = e.message.replace(/^Expected/, 'expected');
    if (/Unexpected property|must not have additional/i.test(e.message) || e.type === ValueErrorType.ObjectAdditionalProperties) {
      message = `is not a field deckwright knows${typeof field === 'string' ? ` ("${field}")` : ''}`;
      // Outlines written before a section could hold several pictures and tables.
      if (field === 'image' || field === 'table') message += `: a section lists them under "${field}s" (write "${field}s:" and put a "- " before the first line inside)`;
    }
    problems.push({ path, message });
    if (problems.length >= 20) break;
  }
  return problems;
}

/** The outline with defaults filled in: a person may leave out takeaways, points and lang. */
export function withDefaults(data: unknown): Outline {
  return Value.Default(OutlineSchema, structuredClone(data)) as Outline;
}
