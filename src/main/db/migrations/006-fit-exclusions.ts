import type { Migration } from './migration';

/**
 * What a "Fit to N pages" left out, kept apart from what the user turned off (job_exclusions). A later fit
 * starts again from the user's own choices, so what an earlier fit dropped can come back when there is
 * room (a smaller text size, another template), while the user's own unticks stay out.
 *
 * Rows already in job_exclusions stay there: older versions did not record who turned an item off, and
 * keeping them as the user's means nothing the user turned off ever comes back by itself.
 * Like job_exclusions: items named by kind and id, dropped by triggers when the item goes, and every
 * change bumps the job's choices_rev so a cached score sees it.
 */
export const fitExclusions: Migration = {
  version: 6,
  name: 'fit-exclusions',
  up(db) {
    db.exec(`
      CREATE TABLE job_fit_exclusions (
        job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('section', 'entry', 'bullet')),
        item_id INTEGER NOT NULL,
        PRIMARY KEY (job_id, item_kind, item_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX job_fit_exclusions_by_item ON job_fit_exclusions (item_kind, item_id);

      CREATE TRIGGER sections_drop_fit_exclusions AFTER DELETE ON sections BEGIN
        DELETE FROM job_fit_exclusions WHERE item_kind = 'section' AND item_id = OLD.id;
      END;
      CREATE TRIGGER entries_drop_fit_exclusions AFTER DELETE ON entries BEGIN
        DELETE FROM job_fit_exclusions WHERE item_kind = 'entry' AND item_id = OLD.id;
      END;
      CREATE TRIGGER bullets_drop_fit_exclusions AFTER DELETE ON bullets BEGIN
        DELETE FROM job_fit_exclusions WHERE item_kind = 'bullet' AND item_id = OLD.id;
      END;

      CREATE TRIGGER job_fit_exclusions_insert_bumps_job AFTER INSERT ON job_fit_exclusions BEGIN
        UPDATE jobs SET choices_rev = choices_rev + 1 WHERE id = NEW.job_id;
      END;
      CREATE TRIGGER job_fit_exclusions_delete_bumps_job AFTER DELETE ON job_fit_exclusions BEGIN
        UPDATE jobs SET choices_rev = choices_rev + 1 WHERE id = OLD.job_id;
      END;
    `);
  },
};
