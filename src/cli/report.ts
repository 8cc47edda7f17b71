import { OutlineError } from '../outline/write.js';
import { isInputError, UserError } from './errors.js';

/**
 * Run a step that reads one file, turning the library's input errors into one line
 * that names the file (and the line, for outlines).
 */
export async function withFile<T>(file: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof OutlineError) throw new UserError(`${file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    if (isInputError(e)) throw new UserError(`${file}: ${e.message}`);
    throw e;
  }
}
