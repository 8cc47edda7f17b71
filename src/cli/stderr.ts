/**
 * Standard error, made when first written to. Node builds the stream on first use (~3 ms
 * when it is a pipe, which loads Node's network module), and a build that went well
 * writes nothing there.
 */

let stream: NodeJS.WriteStream | undefined;

export function stderr(): NodeJS.WriteStream {
  stream ??= process.stderr;
  return stream;
}

/** Standard error if anything has written to it, so it can be flushed before exiting. */
export function stderrIfUsed(): NodeJS.WriteStream | undefined {
  return stream;
}
