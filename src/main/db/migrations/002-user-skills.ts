import type { Migration } from './migration';

/**
 * The user's own dictionary: terms the bundled one lacks ("Kinesis", an in-house tool). `name` is unique
 * whatever its case (NOCASE folds ASCII only; the service also refuses spellings the matcher cannot tell
 * apart). Aliases are a JSON array of strings, so a term and its spellings stay one row.
 */
export const userSkills: Migration = {
  version: 2,
  name: 'user-skills',
  up(db) {
    db.exec(`
      CREATE TABLE user_skills (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
        aliases TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
        category TEXT NOT NULL DEFAULT 'custom',
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
