import { AppError } from '../../core/errors/app-error';
import type { UserSkill } from '../../shared/domain-types';
import type { Db } from './db-types';
import { isSqliteError } from './driver-errors';
import { notFound } from './not-found';

export interface NewUserSkill {
  name: string;
  aliases: string[];
  category: string;
}

export interface UserSkillsRepo {
  /** Alphabetical, as the dictionary panel lists them. */
  list(): UserSkill[];
  add(skill: NewUserSkill): UserSkill;
  remove(id: number): void;
}

interface UserSkillRow {
  id: number;
  name: string;
  aliases: string;
  category: string;
  createdAt: string;
}

/** The column holds a JSON array (a CHECK says so); anything but strings in it is ignored, not trusted. */
function parseAliases(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((alias): alias is string => typeof alias === 'string') : [];
}

const toUserSkill = (row: UserSkillRow): UserSkill => ({ ...row, aliases: parseAliases(row.aliases) });

/**
 * Also usable over the CLI's read-only connection as long as only `list` is called: SQLite refuses a
 * write when it runs, not when it is prepared.
 */
export function createUserSkillsRepo(db: Db, now: () => Date): UserSkillsRepo {
  const select = db.prepare(
    `SELECT id, name, aliases, category, created_at AS createdAt
       FROM user_skills ORDER BY name COLLATE NOCASE, id`,
  );
  const byId = db.prepare(
    'SELECT id, name, aliases, category, created_at AS createdAt FROM user_skills WHERE id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO user_skills (name, aliases, category, created_at)
     VALUES (@name, @aliases, @category, @createdAt)`,
  );
  const remove = db.prepare('DELETE FROM user_skills WHERE id = ?');

  return {
    list: () => (select.all() as UserSkillRow[]).map(toUserSkill),
    add: db.transaction((skill: NewUserSkill): UserSkill => {
      let id: number;
      try {
        id = Number(
          insert.run({
            name: skill.name,
            aliases: JSON.stringify(skill.aliases),
            category: skill.category,
            createdAt: now().toISOString(),
          }).lastInsertRowid,
        );
      } catch (error) {
        if (isSqliteError(error) && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new AppError('invalid-input', `"${skill.name}" is already in your dictionary.`, {
            name: skill.name,
          });
        }
        throw error;
      }
      return toUserSkill(byId.get(id) as UserSkillRow);
    }),
    remove: db.transaction((id: number) => {
      if (remove.run(id).changes === 0) throw notFound('term of your dictionary', id);
    }),
  };
}
