import type { Migration } from './migration';

// Frozen here: a released migration must never change. Each table with the columns a person edits.
const EDITED_007 = [
  ['profile', ['name', 'headline', 'email', 'phone', 'location', 'website', 'summary']],
  ['sections', ['title']],
  [
    'entries',
    ['title', 'organization', 'location', 'start_date', 'end_date', 'summary', 'url', 'detail', 'courses'],
  ],
  ['bullets', ['text']],
] as const;

/**
 * A version per edited row (issue 10): two windows editing the same bullet must not overwrite each other
 * silently, so an edit names the version it was made on and a write over a newer one is refused.
 *
 * The version grows in a trigger, only when text the user sees changed: every writer (an edit, an import,
 * a merge) counts alike, while a move (position) or a write of the same text is not a change anyone could
 * lose. Existing rows start at 0. The nested UPDATE also fires the résumé's change counter once more,
 * which only makes that cache key grow by two.
 */
export const editVersions: Migration = {
  version: 7,
  name: 'edit-versions',
  up(db) {
    for (const [table, columns] of EDITED_007) {
      const changed = columns.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ');
      db.exec(`
        ALTER TABLE ${table} ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        CREATE TRIGGER ${table}_edit_bumps_version AFTER UPDATE OF ${columns.join(', ')} ON ${table}
          WHEN ${changed}
        BEGIN
          UPDATE ${table} SET version = version + 1 WHERE id = NEW.id;
        END;`);
    }
  },
};
