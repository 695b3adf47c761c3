import { constants, copyFileSync, existsSync, linkSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncDirectory, syncFile } from '../adapters/fs-sync';

/** SQLite keeps uncheckpointed writes and their index beside the main file under these suffixes. */
export const SIDE_FILES = ['-wal', '-shm'] as const;

/** "20250102-030405": sortable, and free of ':' which Windows refuses in file names. */
export const fileStamp = (date: Date): string =>
  date.toISOString().slice(0, 19).replace(/-|:/g, '').replace('T', '-');

/**
 * A sibling path `<file>.<label>` that is free for the main file and its side files, adding `-2`, `-3`...
 * until it is. Keeping the side-file suffixes means the set can be opened later as one database.
 */
export function freeSiblingPath(file: string, label: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `${file}.${label}` : `${file}.${label}-${n}`;
    if (!existsSync(candidate) && SIDE_FILES.every((side) => !existsSync(candidate + side))) return candidate;
  }
}

/**
 * Moves a database and its side files to a new name, never replacing an existing file: the link fails
 * with EEXIST if the name was taken between the check and the move, and the next name is tried.
 * Returns the name the main file now has.
 */
export function setAside(file: string, label: string): string {
  for (;;) {
    const target = freeSiblingPath(file, label);
    if (!moveWithoutOverwrite(file, target)) continue;
    for (const side of SIDE_FILES) {
      if (existsSync(file + side)) moveWithoutOverwrite(file + side, target + side);
    }
    syncDirectory(dirname(file));
    return target;
  }
}

/** Renames `from` to `to` unless `to` exists (then false, nothing moved). */
export function moveWithoutOverwrite(from: string, to: string): boolean {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT, some network shares): an exclusive copy refuses to overwrite too.
    try {
      copyFileSync(from, to, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw copyError;
    }
    syncFile(to);
  }
  unlinkSync(from);
  return true;
}
