import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fstatSync, fsync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from './errors.js';
import { DEFAULTS, parseByteSize } from './settings.js';

/** Names Windows keeps for devices: a folder called "nul" or "com1" cannot be made there. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file or folder name made from any text: lowercase ASCII letters, digits and hyphens
 * only, at most 60 of them, so it can name nothing outside the folder it is made in
 * (no "..", no slash, no drive, no NUL) and is a valid name on every system.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return RESERVED.test(slug) ? `${slug}-deck` : slug || 'deck';
}

/** The slug of an input file: its name without the extension. */
export function slugOfFile(path: string): string {
  return slugify(basename(path, extname(path)));
}

function describeFsError(e: unknown, path: string, doing: string): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file or folder' :
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
    code === 'EROFS' ? 'the disk is read-only' :
    code === 'ENOSPC' ? 'the disk is full' :
    code === 'EISDIR' ? 'it is a folder, not a file' :
    (e as Error).message;
  return new UserError(`${path}: cannot ${doing}: ${reason}`);
}

/** "20 MB", "512 kB": a size as people say it. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 ** 2 ? `${+(bytes / 1024 ** 2).toFixed(1)} MB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} kB` : `${bytes} bytes`;
}

const DEFAULT_MAX_BYTES = parseByteSize(DEFAULTS.maxSize, 'maxSize');
const CHUNK = 1024 ** 2;

export const tooBig = (name: string, maxBytes: number) => new UserError(`${name}: is larger than the ${sizeText(maxBytes)} limit (raise --max-size)`);

/**
 * A file's bytes, at most `maxBytes` of them: a bigger file is refused before it is
 * read, and a device or pipe that never ends (/dev/zero) once it passes the limit.
 */
export function readInput(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw describeFsError(e, path, 'read it');
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (stat.size > maxBytes) throw tooBig(path, maxBytes);
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      size += n;
      if (size > maxBytes) throw tooBig(path, maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } catch (e) {
    throw e instanceof UserError ? e : describeFsError(e, path, 'read it');
  } finally {
    closeSync(fd);
  }
}

/** The mode of a file being replaced, so a replacement keeps its permissions. */
function modeOf(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** The temporary file a write goes to, beside the file it will replace. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A new temporary file holding `data`, still open (the caller syncs and closes it). */
function openWritten(tmp: string, data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  mkdirSync(dirname(tmp), { recursive: true });
  const fd = openSync(tmp, 'wx');
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return fd;
}

/** Put the synced temporary file in the place of `path`, keeping the old file's permissions. */
function replaceWith(tmp: string, path: string): void {
  const mode = modeOf(path);
  if (mode !== undefined) chmodSync(tmp, mode);
  renameSync(tmp, path);
}

/**
 * Write a file so that readers see the old content or the new, never half of it: the
 * bytes go to a temporary file beside it, reach the disk (fsync), and the temporary
 * file is renamed over the old one. A failure at any step leaves the old file as it was.
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(path);
  try {
    const fd = openWritten(tmp, data);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    replaceWith(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw describeFsError(e, path, 'write it');
  }
}

const fsyncLater = promisify(fsync);

/**
 * writeAtomic, step for step, but the wait for the disk (fsync, often the longest step)
 * leaves the thread to other builds of a batch.
 */
export async function writeAtomicAsync(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    const fd = openWritten(tmp, data);
    try {
      await fsyncLater(fd);
    } finally {
      closeSync(fd);
    }
    replaceWith(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw describeFsError(e, path, 'write it');
  }
}

export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
