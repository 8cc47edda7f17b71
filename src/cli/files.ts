import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from './errors.js';

/** A file or folder name made from any text: lowercase ASCII letters, digits and hyphens only. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'deck';
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

export function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw describeFsError(e, path, 'read it');
  }
}

/** Write a file so that readers see the old content or the new, never half of it. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
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
