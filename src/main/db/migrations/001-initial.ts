import type { Migration } from './migration';

/**
 * STRICT tables make SQLite refuse a value of the wrong type instead of storing it. AUTOINCREMENT on
 * résumé items means an id is never reused: exclusions and export records name items by id, so a new
 * bullet must not inherit a deleted one's "excluded for this job". The triggers drop exclusions of
 * deleted items, including those removed by a cascade.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        headline TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO profile (id) VALUES (1);

      CREATE TABLE sections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL
          CHECK (kind IN ('experience', 'education', 'projects', 'skills', 'volunteer', 'custom')),
        title TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
        title TEXT NOT NULL DEFAULT '',
        organization TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL DEFAULT '',
        end_date TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX entries_by_section ON entries (section_id, position);

      CREATE TABLE bullets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX bullets_by_entry ON bullets (entry_id, position);

      CREATE TABLE jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        raw_text TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE job_exclusions (
        job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('section', 'entry', 'bullet')),
        item_id INTEGER NOT NULL,
        PRIMARY KEY (job_id, item_kind, item_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX job_exclusions_by_item ON job_exclusions (item_kind, item_id);

      CREATE TRIGGER sections_drop_exclusions AFTER DELETE ON sections BEGIN
        DELETE FROM job_exclusions WHERE item_kind = 'section' AND item_id = OLD.id;
      END;
      CREATE TRIGGER entries_drop_exclusions AFTER DELETE ON entries BEGIN
        DELETE FROM job_exclusions WHERE item_kind = 'entry' AND item_id = OLD.id;
      END;
      CREATE TRIGGER bullets_drop_exclusions AFTER DELETE ON bullets BEGIN
        DELETE FROM job_exclusions WHERE item_kind = 'bullet' AND item_id = OLD.id;
      END;

      CREATE TABLE exports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        path TEXT NOT NULL,
        percent REAL NOT NULL,
        bullet_ids TEXT NOT NULL CHECK (json_valid(bullet_ids)),
        bullet_texts TEXT NOT NULL CHECK (json_valid(bullet_texts)),
        sha256 TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exports_by_job ON exports (job_id, id);
    `);
  },
};
