import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { syncDirectory } from './fs-sync';

/**
 * Writes a file so that a crash or a full disk never leaves half a PDF where the old one was: a
 * temporary file beside the target (same folder, so rename is atomic), fsync, rename, then fsync the
 * folder so the rename itself survives power loss. On failure the temporary file is removed and the old
 * file is untouched.
 */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const folder = dirname(target);
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
    throw error;
  }
  syncDirectory(folder);
}
