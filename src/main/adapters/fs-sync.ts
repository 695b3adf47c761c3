import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Makes a file's written bytes survive power loss. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename or new name survive power loss; Windows cannot open a directory, and does not need it. */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the rename is done either way.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
