import type { SectionKind } from '../../../core/resume/section';
import type { Migration } from './migration';

// Frozen here, not read from SECTION_KINDS at run time: a released migration must never change.
const KINDS_005 = [
  'experience',
  'education',
  'projects',
  'skills',
  'volunteer',
  'awards',
  'certificates',
  'publications',
  'languages',
  'interests',
  'references',
  'custom',
] as const satisfies readonly SectionKind[];

/**
 * A home for every JSON Resume v1.0.0 section (issue 9): six more section kinds, and per entry a summary,
 * a link, a detail (score, fluency, level) and courses.
 *
 * SQLite cannot change a CHECK constraint in place, and rebuilding `sections` the usual way (new table,
 * copy, drop the old) would cascade-delete every entry, since migrations run with foreign keys on. So
 * the kind moves to a new column with the wider CHECK: add it, copy, drop the old column (allowed,
 * because its CHECK belongs to that column alone), rename. Rows keep their ids; nothing else moves.
 */
export const everyResumeSection: Migration = {
  version: 5,
  name: 'every-resume-section',
  up(db) {
    const kinds = KINDS_005.map((kind) => `'${kind}'`).join(', ');
    db.exec(`
      ALTER TABLE sections ADD COLUMN kind_005 TEXT NOT NULL DEFAULT 'custom' CHECK (kind_005 IN (${kinds}));
      UPDATE sections SET kind_005 = kind;
      ALTER TABLE sections DROP COLUMN kind;
      ALTER TABLE sections RENAME COLUMN kind_005 TO kind;

      ALTER TABLE entries ADD COLUMN summary TEXT NOT NULL DEFAULT '';
      ALTER TABLE entries ADD COLUMN url TEXT NOT NULL DEFAULT '';
      ALTER TABLE entries ADD COLUMN detail TEXT NOT NULL DEFAULT '';
      ALTER TABLE entries ADD COLUMN courses TEXT NOT NULL DEFAULT '';
    `);
  },
};
