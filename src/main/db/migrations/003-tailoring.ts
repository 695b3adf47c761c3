import type { Migration } from './migration';

// Any change to these makes every cached job score stale.
const RESUME_TABLES = ['sections', 'entries', 'bullets', 'bullet_variants'] as const;
// Any change to these makes one job's cached score stale.
const JOB_CHOICE_TABLES = ['job_exclusions', 'job_bullet_text'] as const;

/**
 * Per-job wording, order and pins; the jobs library (status, dates, notes, full-text search);
 * export records that keep the exported bytes and can never be changed.
 *
 * - Variants and per-job text reference bullets with ON DELETE CASCADE: deleting a bullet drops its
 *   wordings, and deleting a variant sends the jobs that used it back to the master text.
 * - A job can only pick a variant of the same bullet (trigger), whatever code calls the database.
 * - Job order rows name items by kind and id like job_exclusions, so triggers drop them likewise.
 * - `change_counters.resume` and `jobs.choices_rev` are bumped by triggers, so a cached score can tell
 *   whether the résumé or the job's choices changed since it was computed, whoever wrote.
 * - jobs_fts is an external-content FTS5 index over the jobs table (no second copy of the postings),
 *   kept in step by triggers and rebuilt here for the jobs that already exist.
 * - Exports gain the exact bytes written, the template and format, and the score in full. A trigger
 *   refuses any UPDATE: a record of what was sent is never rewritten. Older records have no bytes.
 */
export const tailoring: Migration = {
  version: 3,
  name: 'tailoring',
  up(db) {
    db.exec(`
      CREATE TABLE bullet_variants (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        bullet_id INTEGER NOT NULL REFERENCES bullets (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX bullet_variants_by_bullet ON bullet_variants (bullet_id, position);

      CREATE TABLE job_bullet_text (
        job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        bullet_id INTEGER NOT NULL REFERENCES bullets (id) ON DELETE CASCADE,
        variant_id INTEGER REFERENCES bullet_variants (id) ON DELETE CASCADE,
        custom_text TEXT,
        CHECK ((variant_id IS NULL) <> (custom_text IS NULL)),
        PRIMARY KEY (job_id, bullet_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX job_bullet_text_by_bullet ON job_bullet_text (bullet_id);
      CREATE INDEX job_bullet_text_by_variant ON job_bullet_text (variant_id);
      CREATE TRIGGER job_bullet_text_same_bullet BEFORE INSERT ON job_bullet_text
        WHEN NEW.variant_id IS NOT NULL
          AND (SELECT bullet_id FROM bullet_variants WHERE id = NEW.variant_id) IS NOT NEW.bullet_id
      BEGIN
        SELECT RAISE(ABORT, 'a job can only use a variant of the same bullet');
      END;
      CREATE TRIGGER job_bullet_text_same_bullet_update BEFORE UPDATE ON job_bullet_text
        WHEN NEW.variant_id IS NOT NULL
          AND (SELECT bullet_id FROM bullet_variants WHERE id = NEW.variant_id) IS NOT NEW.bullet_id
      BEGIN
        SELECT RAISE(ABORT, 'a job can only use a variant of the same bullet');
      END;

      CREATE TABLE job_item_order (
        job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('entry', 'bullet')),
        item_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (job_id, item_kind, item_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX job_item_order_by_item ON job_item_order (item_kind, item_id);
      CREATE TRIGGER entries_drop_job_order AFTER DELETE ON entries BEGIN
        DELETE FROM job_item_order WHERE item_kind = 'entry' AND item_id = OLD.id;
      END;
      CREATE TRIGGER bullets_drop_job_order AFTER DELETE ON bullets BEGIN
        DELETE FROM job_item_order WHERE item_kind = 'bullet' AND item_id = OLD.id;
      END;

      CREATE TABLE job_pins (
        job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        bullet_id INTEGER NOT NULL REFERENCES bullets (id) ON DELETE CASCADE,
        pin TEXT NOT NULL CHECK (pin IN ('in', 'out')),
        PRIMARY KEY (job_id, bullet_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX job_pins_by_bullet ON job_pins (bullet_id);

      ALTER TABLE jobs ADD COLUMN status TEXT NOT NULL DEFAULT 'saved'
        CHECK (status IN ('saved', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'));
      ALTER TABLE jobs ADD COLUMN applied_at TEXT;
      ALTER TABLE jobs ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE jobs ADD COLUMN notes TEXT NOT NULL DEFAULT '';
      ALTER TABLE jobs ADD COLUMN choices_rev INTEGER NOT NULL DEFAULT 0;
      UPDATE jobs SET updated_at = created_at;
      UPDATE jobs SET choices_rev = 1 WHERE id IN (SELECT job_id FROM job_exclusions);
      CREATE INDEX jobs_by_created ON jobs (created_at DESC, id DESC);
      CREATE INDEX jobs_by_updated ON jobs (updated_at DESC, id DESC);
      CREATE INDEX jobs_by_status ON jobs (status, created_at DESC, id DESC);

      CREATE VIRTUAL TABLE jobs_fts USING fts5 (
        title, company, location, text, notes,
        content = 'jobs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO jobs_fts (jobs_fts) VALUES ('rebuild');
      CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN
        INSERT INTO jobs_fts (rowid, title, company, location, text, notes)
        VALUES (NEW.id, NEW.title, NEW.company, NEW.location, NEW.text, NEW.notes);
      END;
      CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN
        INSERT INTO jobs_fts (jobs_fts, rowid, title, company, location, text, notes)
        VALUES ('delete', OLD.id, OLD.title, OLD.company, OLD.location, OLD.text, OLD.notes);
      END;
      CREATE TRIGGER jobs_fts_update AFTER UPDATE OF title, company, location, text, notes ON jobs BEGIN
        INSERT INTO jobs_fts (jobs_fts, rowid, title, company, location, text, notes)
        VALUES ('delete', OLD.id, OLD.title, OLD.company, OLD.location, OLD.text, OLD.notes);
        INSERT INTO jobs_fts (rowid, title, company, location, text, notes)
        VALUES (NEW.id, NEW.title, NEW.company, NEW.location, NEW.text, NEW.notes);
      END;

      CREATE TABLE change_counters (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) STRICT;
      INSERT INTO change_counters (name, value) VALUES ('resume', 0);
      CREATE TRIGGER profile_bumps_resume AFTER UPDATE ON profile BEGIN
        UPDATE change_counters SET value = value + 1 WHERE name = 'resume';
      END;

      ALTER TABLE exports ADD COLUMN bytes BLOB;
      ALTER TABLE exports ADD COLUMN template TEXT;
      ALTER TABLE exports ADD COLUMN format TEXT NOT NULL DEFAULT 'pdf';
      ALTER TABLE exports ADD COLUMN score TEXT CHECK (score IS NULL OR json_valid(score));
      CREATE TRIGGER exports_are_immutable BEFORE UPDATE ON exports BEGIN
        SELECT RAISE(ABORT, 'export records are never changed');
      END;
    `);
    for (const table of RESUME_TABLES) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`
          CREATE TRIGGER ${table}_${event.toLowerCase()}_bumps_resume AFTER ${event} ON ${table} BEGIN
            UPDATE change_counters SET value = value + 1 WHERE name = 'resume';
          END;`);
      }
    }
    for (const table of JOB_CHOICE_TABLES) {
      for (const [event, row] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'NEW'],
        ['DELETE', 'OLD'],
      ] as const) {
        db.exec(`
          CREATE TRIGGER ${table}_${event.toLowerCase()}_bumps_job AFTER ${event} ON ${table} BEGIN
            UPDATE jobs SET choices_rev = choices_rev + 1 WHERE id = ${row}.job_id;
          END;`);
      }
    }
  },
};
