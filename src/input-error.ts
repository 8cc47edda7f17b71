/**
 * The base of every error that describes bad input (a file, a theme, a template, a limit)
 * rather than a bug: the command line prints its message as it is. Known by its class, not
 * by a constructor's name, which a minifier may change.
 */
export class InputError extends Error {}
