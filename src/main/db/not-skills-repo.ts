import type { Db } from './db-types';

export interface NotSkillsRepo {
  /** Canonical names, alphabetical. */
  list(): string[];
  /** Marking a name already marked changes nothing. */
  add(name: string): void;
  /** Unmarking a name that is not marked changes nothing (an undo clicked twice is not an error). */
  remove(name: string): void;
}

/** Also usable over the CLI's read-only connection as long as only `list` is called. */
export function createNotSkillsRepo(db: Db, now: () => Date): NotSkillsRepo {
  const select = db.prepare('SELECT name FROM not_skills ORDER BY name COLLATE NOCASE');
  const insert = db.prepare(
    'INSERT INTO not_skills (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
  );
  const remove = db.prepare('DELETE FROM not_skills WHERE name = ?');
  return {
    list: () => (select.all() as { name: string }[]).map((row) => row.name),
    add: db.transaction((name: string) => {
      insert.run(name, now().toISOString());
    }),
    remove: db.transaction((name: string) => {
      remove.run(name);
    }),
  };
}
