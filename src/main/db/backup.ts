import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from './db-types';
import { SIDE_FILES, freeSiblingPath, moveWithoutOverwrite, syncDirectory, syncFile } from './set-aside';

/**
 * A consistent copy of the open database beside its file, as `<file>.<label>` (or `-2`, `-3`... when
 * that name is taken: an earlier backup is never replaced). Returns the copy's path.
 *
 * SQLite writes the copy itself (VACUUM INTO), so committed pages still in the write-ahead log are
 * included. It is written under a temporary name, flushed, then renamed: a crash or a full disk
 * midway leaves no half-written file under a name that looks like a good backup. VACUUM cannot run
 * inside a transaction, so call this before the change it protects, not within it.
 */
export function backUpDatabase(db: Db, file: string, label: string): string {
  const temp = `${file}.${label}.${randomBytes(6).toString('hex')}${PARTIAL}`;
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    syncFile(temp);
    for (;;) {
      const target = freeSiblingPath(file, label);
      if (moveWithoutOverwrite(temp, target)) {
        syncDirectory(dirname(file));
        return target;
      }
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

const PARTIAL = '.partial';

/** The backups of `file` whose label starts with `labelPrefix`, newest first (by the time they were made). */
function backupsOf(file: string, labelPrefix: string): string[] {
  const prefix = `${basename(file)}.${labelPrefix}`;
  const folder = dirname(file);
  return readdirSync(folder)
    .filter(
      (name) =>
        name.startsWith(prefix) && !name.endsWith(PARTIAL) && !SIDE_FILES.some((s) => name.endsWith(s)),
    )
    .map((name) => ({ path: join(folder, name), made: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.made - a.made || b.path.localeCompare(a.path))
    .map((backup) => backup.path);
}

/**
 * Keeps the newest `keep` backups of `file` labelled `labelPrefix…` and removes the rest (with any side
 * files SQLite made when someone opened one). A backup before every import was kept forever: 62 full
 * copies of the database after a day of tries.
 */
export function pruneBackups(file: string, labelPrefix: string, keep: number): void {
  for (const old of backupsOf(file, labelPrefix).slice(keep)) {
    for (const path of [old, ...SIDE_FILES.map((side) => old + side)]) rmSync(path, { force: true });
  }
}

/**
 * Removes copies a crash interrupted (`<file>.<label>.<hex>.partial`, as large as the database). Call it
 * only while holding the data folder (no other process can be writing one).
 */
export function removeUnfinishedBackups(file: string): void {
  const prefix = `${basename(file)}.`;
  for (const name of readdirSync(dirname(file))) {
    if (name.startsWith(prefix) && name.endsWith(PARTIAL)) rmSync(join(dirname(file), name), { force: true });
  }
}
