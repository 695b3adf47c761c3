import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fromSystemError } from '../system-errors';

/**
 * Writes a file so that a crash or a full disk never leaves half a PDF where the old one was: a
 * temporary file beside the target (same folder, so rename is atomic), fsync, rename, then fsync the
 * folder so the rename itself survives power loss. On failure the temporary file is removed and the old
 * file is untouched. A failure is thrown as an AppError in plain words (disk full, no such folder...), naming
 * `subject`, what the user would call the file.
 */
export function writeFileAtomic(target: string, bytes: Uint8Array, subject = `the file ${target}`): void {
  const folder = dirname(target);
  removeStaleTemps(folder);
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw fromSystemError(error, subject);
  }
  syncFolder(folder);
}

function syncFolder(folder: string): void {
  // Not every platform can open a folder for fsync (Windows cannot); the rename is still done.
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

/** `.<name>.<12 hex digits>.tmp`: the temporary files writeFileAtomic makes, and nothing a person names. */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** Older than any write in progress (another process may be writing beside us right now). */
const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * Removes the temporary files a crash or power cut left in `folder` (a hidden `.Name.pdf.<hex>.tmp`
 * per interrupted export, in the user's own export folder). Best effort: a folder that cannot be read
 * is the write's problem to report, not this one's.
 */
export function removeStaleTemps(folder: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const file = join(folder, name);
    try {
      const info = statSync(file);
      if (info.isFile() && now - info.mtimeMs > STALE_AFTER_MS) rmSync(file, { force: true });
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
}
