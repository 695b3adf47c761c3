import Database from 'better-sqlite3';
import { AppError } from '../../core/errors/app-error';
import type { UserSkill } from '../../shared/domain-types';
import type { Db } from './db-types';
import { installBroken, isNativeLoadFailure } from './driver-errors';
import { createNotSkillsRepo } from './not-skills-repo';
import { createUserSkillsRepo } from './user-skills-repo';

/** The user's own terms and the skills they marked "not a skill". */
export interface UserDictionary {
  skills: UserSkill[];
  notSkills: string[];
}

/**
 * The user's dictionary as another process (the CLI) sees it, through a read-only connection: the file is
 * never created, migrated or repaired from here, and a running app's committed terms are visible (a
 * read-only connection still reads the write-ahead log). A database the app has not migrated yet lacks a
 * table: that part is empty, not an error.
 *
 * Throws AppError 'install-broken' when the native module does not load, 'io-failed' for anything else.
 */
export function readUserDictionary(file: string): UserDictionary {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    if (isNativeLoadFailure(error)) throw installBroken(error);
    throw unreadable(file, error);
  }
  try {
    const hasTable = (name: string) =>
      db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !== undefined;
    const now = () => new Date();
    return {
      skills: hasTable('user_skills') ? createUserSkillsRepo(db, now).list() : [],
      notSkills: hasTable('not_skills') ? createNotSkillsRepo(db, now).list() : [],
    };
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
