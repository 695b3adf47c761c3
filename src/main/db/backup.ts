import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './db-types';
import { syncDirectory, syncFile } from '../adapters/fs-sync';
import { freeSiblingPath, moveWithoutOverwrite } from './set-aside';

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
  const temp = `${file}.${label}.${randomBytes(6).toString('hex')}.partial`;
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
