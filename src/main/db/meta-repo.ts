import type { Db } from './db-types';

/** Small facts about the database itself ("the demo résumé was offered once"), as text. */
export interface MetaRepo {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function createMetaRepo(db: Db): MetaRepo {
  const select = db.prepare('SELECT value FROM meta WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => (select.get(key) as { value: string } | undefined)?.value,
    set: db.transaction((key: string, value: string) => {
      upsert.run(key, value);
    }),
  };
}
