/**
 * A disk that fails, for the command line under test (node --import this-file):
 * - FAULTY_DISK=ENOSPC|EROFS|EACCES|EIO: files opened for writing whose path contains
 *   FAULTY_DISK_MATCH (every file, if unset) fail as that error would: EROFS and EACCES
 *   when opened, ENOSPC and EIO after half their bytes are written.
 * - SLOW_DISK=ms: every write puts at most 64 kB on the disk, then waits `ms`, so a test
 *   can interrupt a build in the middle of writing a file.
 * The patched functions are the node:fs ones the CLI imports (syncBuiltinESMExports).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const code = process.env.FAULTY_DISK;
const match = process.env.FAULTY_DISK_MATCH ?? '';
const slow = Number(process.env.SLOW_DISK ?? 0);
const MESSAGES = { ENOSPC: 'no space left on device', EROFS: 'read-only file system', EACCES: 'permission denied', EIO: 'i/o error' };
const failing = new Set();

function fail(syscall, path) {
  return Object.assign(new Error(`${code}: ${MESSAGES[code] ?? code}, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

const { openSync, writeSync, closeSync } = fs;

fs.openSync = function (path, flags, ...rest) {
  const writing = typeof flags === 'string' && /[wa+]/.test(flags);
  if (code && writing && String(path).includes(match) && (code === 'EROFS' || code === 'EACCES')) throw fail('open', path);
  const fd = openSync.call(fs, path, flags, ...rest);
  if (code && writing && String(path).includes(match)) failing.add(fd);
  return fd;
};

fs.writeSync = function (fd, buffer, offset = 0, length, ...rest) {
  const total = length ?? (typeof buffer === 'string' ? Buffer.byteLength(buffer) : buffer.byteLength - offset);
  if (failing.has(fd)) {
    if (typeof buffer !== 'string' && total > 1) writeSync.call(fs, fd, buffer, offset, Math.floor(total / 2));
    throw fail('write', `fd ${fd}`);
  }
  if (slow > 0 && typeof buffer !== 'string') {
    const n = writeSync.call(fs, fd, buffer, offset, Math.min(total, 64 * 1024), ...rest);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, slow);
    return n;
  }
  return writeSync.call(fs, fd, buffer, offset, length, ...rest);
};

fs.closeSync = function (fd) {
  failing.delete(fd);
  return closeSync.call(fs, fd);
};

syncBuiltinESMExports();
