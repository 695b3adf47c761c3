import type { Migration } from './migration';

/**
 * Skills the user marked "not a skill": the canonical name of a bundled or own term that the matcher must
 * no longer report anywhere (undone by deleting the row). Unique whatever its ASCII case, like user_skills.
 */
export const notSkills: Migration = {
  version: 4,
  name: 'not-skills',
  up(db) {
    db.exec(`
      CREATE TABLE not_skills (
        name TEXT NOT NULL COLLATE NOCASE PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
