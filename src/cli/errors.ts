/** An error the user can act on: printed as one line, never with a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Errors from the library that describe bad input rather than a bug. */
const INPUT_ERRORS = new Set(['ReadError', 'DecodeError', 'ThemeError', 'TemplateError', 'FontError', 'MarkupError', 'OutlineError']);

export function isInputError(e: unknown): e is Error {
  return e instanceof Error && INPUT_ERRORS.has(e.constructor.name);
}
