import Database from 'better-sqlite3';
import { AppError } from '../../core/errors/app-error';
import type { UserSkill } from '../../shared/domain-types';
import type { Db } from './db-types';
import { installBroken, isNativeLoadFailure } from './driver-errors';
import { createUserSkillsRepo } from './user-skills-repo';

/**
 * The user's dictionary as another process (the CLI) sees it, through a read-only connection: the file is
 * never created, migrated or repaired from here, and a running app's committed terms are visible (a
 * read-only connection still reads the write-ahead log). A database the app has not migrated yet has no
 * table: that is an empty dictionary, not an error.
 *
 * Throws AppError 'install-broken' when the native module does not load, 'io-failed' for anything else.
 */
export function readUserSkills(file: string): UserSkill[] {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    if (isNativeLoadFailure(error)) throw installBroken(error);
    throw unreadable(file, error);
  }
  try {
    const table = db
      .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'user_skills'`)
      .get();
    if (table === undefined) return [];
    return createUserSkillsRepo(db, () => new Date()).list();
  } catch (error) {
    throw unreadable(file, error);
  } finally {
    db.close();
  }
}

function unreadable(file: string, error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError('io-failed', `The database ${file} could not be read (${reason}).`, { file, reason });
}
