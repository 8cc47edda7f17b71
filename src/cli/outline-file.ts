import { parseDocument } from 'yaml';
import { checkOutline, checkOutlineText } from '../limits.js';
import type { Outline } from '../outline/outline.js';
import { OutlineError, parseOutline } from '../outline/serialize.js';

/**
 * An outline file's text, read as parseOutline reads it, but first measured: nesting
 * that would crash the YAML parser, or points so many or so deep that checking them
 * would take minutes, is refused in one line.
 */
export function parseOutlineFile(text: string, format: 'yaml' | 'json'): Outline {
  checkOutlineText(text);
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : parseDocument(text, { prettyErrors: false }).toJS();
  } catch (e) {
    // Too many aliases (a "billion laughs" file) is refused here; other syntax errors are parseOutline's to report, with their line.
    if (e instanceof ReferenceError) throw new OutlineError(`is not valid YAML: ${e.message}`);
    data = undefined;
  }
  checkOutline(data);
  return parseOutline(text, format);
}
