import { InputError } from '../input-error.js';

/** An error the user can act on: printed as one line, never with a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Whether an error from the library describes bad input rather than a bug. */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/** The one line a user sees for an error: its message when it is about their input, else a hint that it is a bug. */
export function describeError(e: unknown): string {
  if (e instanceof UserError || isInputError(e)) return e.message;
  return `unexpected error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)} (set DECKWRIGHT_DEBUG=1 to see where)`;
}
