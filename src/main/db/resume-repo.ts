import type { z } from 'zod';
import { AppError } from '../../core/errors/app-error';
import { describeIssue } from '../../core/import/validation-message';
import type {
  Bullet,
  Entry,
  EntryFields,
  Profile,
  Resume,
  Section,
  SectionKind,
} from '../../core/resume/resume';
import { MAX_VARIANTS_PER_BULLET } from '../../core/resume/bullet';
import { ResumeDraftSchema, type ResumeDraft } from '../../core/resume/resume-draft';
import {
  planReplacement,
  type PlannedEntry,
  type PlannedSection,
} from '../../core/resume/resume-replacement';
import type { ResumeVersions, VersionedResume } from '../../shared/types/resume-versions';
import type { Db } from './db-types';
import { editConflict } from './edit-conflict';
import { notFound } from './not-found';

/**
 * The master résumé. Reads return the whole tree in display order; writes take ids the tree gave out.
 * New sections, entries and bullets go last in their parent. Deleting a section or entry deletes what
 * is inside it (foreign-key cascade), and the database drops any per-job exclusion of deleted items.
 */
export interface ResumeRepo {
  getResume(): Resume;
  /** getResume with the version of every edited row, read in the same transaction. */
  getVersionedResume(): VersionedResume;
  isEmpty(): boolean;
  /**
   * The edits of text a person typed. Given the version the edit started from, a row saved since
   * (another window) is left as it is and a 'conflict' error carries what it holds (EditConflict).
   */
  updateProfile(profile: Profile, version?: number): void;
  addSection(kind: SectionKind, title: string): number;
  renameSection(id: number, title: string, version?: number): void;
  deleteSection(id: number): void;
  addEntry(sectionId: number, fields: EntryFields): number;
  updateEntry(id: number, fields: EntryFields, version?: number): void;
  deleteEntry(id: number): void;
  addBullet(entryId: number, text: string): number;
  updateBullet(id: number, text: string, version?: number): void;
  deleteBullet(id: number): void;
  /** Another wording of a bullet, added last; returns its id. The bullet's own text is unchanged. */
  addVariant(bulletId: number, text: string): number;
  updateVariant(id: number, text: string): void;
  /** Jobs that used this wording go back to the master text (cascade). */
  deleteVariant(id: number): void;
  /** A bullet's master text; not-found when it no longer exists. */
  bulletText(id: number): string;
  /** The ids of a section's entries or an entry's bullets, in master order; not-found for no parent. */
  childIds(kind: 'entry' | 'bullet', parentId: number): number[];
  /** Grows by one on every change to the résumé's content (database triggers): a cache key. */
  revision(): number;
  /**
   * Replaces profile and every section in one transaction (an import): all of it, or none of it.
   * Items the draft brings back unchanged keep their ids, and with them every job's choices about
   * them (see planReplacement); the rest is deleted with those choices.
   */
  replaceResume(draft: ResumeDraft): void;
  /**
   * replaceResume with a draft made from the stored résumé (a merge), read and replaced in the same
   * transaction so no change can come between the two; `build` may throw to store nothing.
   */
  replaceResumeFrom<T>(build: (current: Resume) => { draft: ResumeDraft; result: T }): T;
  /** How many jobs have choices (turned off, wording, order, pins) on items replaceResume would drop. */
  jobsLosingChoices(draft: ResumeDraft): number;
}

interface ProfileRow extends Profile {
  id: number;
}
interface SectionRow {
  id: number;
  kind: SectionKind;
  title: string;
}
interface EntryRow extends EntryFields {
  id: number;
  sectionId: number;
}
interface BulletRow extends Omit<Bullet, 'variants'> {
  entryId: number;
}
interface VariantRow {
  id: number;
  bulletId: number;
  text: string;
}

export function createResumeRepo(db: Db): ResumeRepo {
  const q = {
    profile: db.prepare(
      'SELECT id, name, headline, email, phone, location, website, summary FROM profile WHERE id = 1',
    ),
    versionedProfile: db.prepare(
      'SELECT name, headline, email, phone, location, website, summary, version FROM profile WHERE id = 1',
    ),
    sections: db.prepare('SELECT id, kind, title FROM sections ORDER BY position, id'),
    entries: db.prepare(
      `SELECT id, section_id AS sectionId, title, organization, location, start_date AS startDate,
              end_date AS endDate, summary, url, detail, courses
         FROM entries ORDER BY section_id, position, id`,
    ),
    bullets: db.prepare('SELECT id, entry_id AS entryId, text FROM bullets ORDER BY entry_id, position, id'),
    variants: db.prepare(
      'SELECT id, bullet_id AS bulletId, text FROM bullet_variants ORDER BY bullet_id, position, id',
    ),
    bulletExists: db.prepare('SELECT 1 FROM bullets WHERE id = ?'),
    profileVersion: db.prepare('SELECT version FROM profile WHERE id = 1'),
    sectionVersions: db.prepare('SELECT id, version FROM sections'),
    entryVersions: db.prepare('SELECT id, version FROM entries'),
    bulletVersions: db.prepare('SELECT id, version FROM bullets'),
    storedSection: db.prepare('SELECT title, version FROM sections WHERE id = ?'),
    storedEntry: db.prepare(
      `SELECT title, organization, location, start_date AS startDate, end_date AS endDate, summary, url,
              detail, courses, version
         FROM entries WHERE id = ?`,
    ),
    storedBullet: db.prepare('SELECT text, version FROM bullets WHERE id = ?'),
    bulletText: db.prepare('SELECT text FROM bullets WHERE id = ?'),
    entryIds: db.prepare('SELECT id FROM entries WHERE section_id = ? ORDER BY position, id'),
    bulletIds: db.prepare('SELECT id FROM bullets WHERE entry_id = ? ORDER BY position, id'),
    variantCount: db.prepare('SELECT COUNT(*) AS n FROM bullet_variants WHERE bullet_id = ?'),
    addVariant: db.prepare(
      `INSERT INTO bullet_variants (bullet_id, text, position)
       VALUES (@bulletId, @text,
               (SELECT COALESCE(MAX(position), -1) + 1 FROM bullet_variants WHERE bullet_id = @bulletId))`,
    ),
    updateVariant: db.prepare('UPDATE bullet_variants SET text = ? WHERE id = ?'),
    deleteVariant: db.prepare('DELETE FROM bullet_variants WHERE id = ?'),
    revision: db.prepare(`SELECT value FROM change_counters WHERE name = 'resume'`),
    anySection: db.prepare('SELECT 1 FROM sections LIMIT 1'),
    sectionExists: db.prepare('SELECT 1 FROM sections WHERE id = ?'),
    entryExists: db.prepare('SELECT 1 FROM entries WHERE id = ?'),

    updateProfile: db.prepare(
      `UPDATE profile SET name = @name, headline = @headline, email = @email, phone = @phone,
              location = @location, website = @website, summary = @summary
        WHERE id = 1`,
    ),
    addSection: db.prepare(
      `INSERT INTO sections (kind, title, position)
       VALUES (?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM sections))`,
    ),
    renameSection: db.prepare('UPDATE sections SET title = ? WHERE id = ?'),
    deleteSection: db.prepare('DELETE FROM sections WHERE id = ?'),
    placeSection: db.prepare('INSERT INTO sections (kind, title, position) VALUES (?, ?, ?)'),
    moveSection: db.prepare('UPDATE sections SET position = ? WHERE id = ?'),
    placeEntry: db.prepare(
      `INSERT INTO entries (section_id, title, organization, location, start_date, end_date, summary, url,
                            detail, courses, position)
       VALUES (@sectionId, @title, @organization, @location, @startDate, @endDate, @summary, @url, @detail,
               @courses, @position)`,
    ),
    moveEntry: db.prepare(
      `UPDATE entries SET title = @title, organization = @organization, location = @location,
              start_date = @startDate, end_date = @endDate, summary = @summary, url = @url,
              detail = @detail, courses = @courses, position = @position
        WHERE id = @id`,
    ),
    placeBullet: db.prepare('INSERT INTO bullets (entry_id, text, position) VALUES (?, ?, ?)'),
    moveBullet: db.prepare('UPDATE bullets SET position = ? WHERE id = ?'),
    jobsWithChoicesOn: db.prepare(
      `WITH s(id) AS (SELECT value FROM json_each(@sections)),
            e(id) AS (SELECT value FROM json_each(@entries)),
            b(id) AS (SELECT value FROM json_each(@bullets))
       SELECT COUNT(*) AS n FROM (
         SELECT job_id FROM job_exclusions
          WHERE (item_kind = 'section' AND item_id IN (SELECT id FROM s))
             OR (item_kind = 'entry' AND item_id IN (SELECT id FROM e))
             OR (item_kind = 'bullet' AND item_id IN (SELECT id FROM b))
         UNION SELECT job_id FROM job_item_order
          WHERE (item_kind = 'entry' AND item_id IN (SELECT id FROM e))
             OR (item_kind = 'bullet' AND item_id IN (SELECT id FROM b))
         UNION SELECT job_id FROM job_bullet_text WHERE bullet_id IN (SELECT id FROM b)
         UNION SELECT job_id FROM job_pins WHERE bullet_id IN (SELECT id FROM b))`,
    ),
    addEntry: db.prepare(
      `INSERT INTO entries (section_id, title, organization, location, start_date, end_date, summary, url,
                            detail, courses, position)
       VALUES (@sectionId, @title, @organization, @location, @startDate, @endDate, @summary, @url, @detail,
               @courses, (SELECT COALESCE(MAX(position), -1) + 1 FROM entries WHERE section_id = @sectionId))`,
    ),
    updateEntry: db.prepare(
      `UPDATE entries SET title = @title, organization = @organization, location = @location,
              start_date = @startDate, end_date = @endDate, summary = @summary, url = @url,
              detail = @detail, courses = @courses
        WHERE id = @id`,
    ),
    deleteEntry: db.prepare('DELETE FROM entries WHERE id = ?'),
    addBullet: db.prepare(
      `INSERT INTO bullets (entry_id, text, position)
       VALUES (@entryId, @text, (SELECT COALESCE(MAX(position), -1) + 1 FROM bullets WHERE entry_id = @entryId))`,
    ),
    updateBullet: db.prepare('UPDATE bullets SET text = ? WHERE id = ?'),
    deleteBullet: db.prepare('DELETE FROM bullets WHERE id = ?'),
  };

  const changed = (result: { changes: number }, what: string, id: number): void => {
    if (result.changes === 0) throw notFound(what, id);
  };
  const entryParams = (fields: EntryFields) => ({
    title: fields.title,
    organization: fields.organization,
    location: fields.location,
    startDate: fields.startDate,
    endDate: fields.endDate,
    summary: fields.summary,
    url: fields.url,
    detail: fields.detail,
    courses: fields.courses,
  });

  const addSection = (kind: SectionKind, title: string): number =>
    Number(q.addSection.run(kind, title).lastInsertRowid);
  const addEntry = (sectionId: number, fields: EntryFields): number => {
    if (q.sectionExists.get(sectionId) === undefined) throw notFound('section', sectionId);
    return Number(q.addEntry.run({ sectionId, ...entryParams(fields) }).lastInsertRowid);
  };
  const addBullet = (entryId: number, text: string): number => {
    if (q.entryExists.get(entryId) === undefined) throw notFound('entry', entryId);
    return Number(q.addBullet.run({ entryId, text }).lastInsertRowid);
  };
  const updateProfile = (profile: Profile): void => {
    q.updateProfile.run({
      name: profile.name,
      headline: profile.headline,
      email: profile.email,
      phone: profile.phone,
      location: profile.location,
      website: profile.website,
      summary: profile.summary,
    });
  };

  // One read transaction, so the tree is a single snapshot even if a write is queued meanwhile.
  const getResume = db.transaction((): Resume => {
    const { id: _id, ...profile } = q.profile.get() as ProfileRow;
    const sections = (q.sections.all() as SectionRow[]).map((row): Section => ({ ...row, entries: [] }));
    const sectionById = new Map(sections.map((s) => [s.id, s]));
    const entryById = new Map<number, Entry>();
    for (const { sectionId, ...fields } of q.entries.all() as EntryRow[]) {
      const entry: Entry = { ...fields, bullets: [] };
      entryById.set(entry.id, entry);
      sectionById.get(sectionId)?.entries.push(entry);
    }
    const bulletById = new Map<number, Bullet>();
    for (const { entryId, ...fields } of q.bullets.all() as BulletRow[]) {
      const bullet: Bullet = { ...fields, variants: [] };
      bulletById.set(bullet.id, bullet);
      entryById.get(entryId)?.bullets.push(bullet);
    }
    for (const { bulletId, ...variant } of q.variants.all() as VariantRow[]) {
      bulletById.get(bulletId)?.variants.push(variant);
    }
    return { profile, sections };
  });

  const byId = (rows: unknown[]): Record<number, number> =>
    Object.fromEntries((rows as { id: number; version: number }[]).map((row) => [row.id, row.version]));
  const versions = (): ResumeVersions => ({
    profile: (q.profileVersion.get() as { version: number }).version,
    sections: byId(q.sectionVersions.all()),
    entries: byId(q.entryVersions.all()),
    bullets: byId(q.bulletVersions.all()),
  });

  // The check and the write are one transaction, so no other write can land between them.
  const checkProfile = (version: number | undefined): void => {
    if (version === undefined) return;
    const { version: stored, ...profile } = q.versionedProfile.get() as Profile & { version: number };
    if (stored !== version) throw editConflict({ kind: 'profile', id: 1, version: stored, stored: profile });
  };
  const checkSection = (id: number, version: number | undefined): void => {
    if (version === undefined) return;
    const row = q.storedSection.get(id) as { title: string; version: number } | undefined;
    if (row === undefined) throw notFound('section', id);
    if (row.version !== version) {
      throw editConflict({ kind: 'section', id, version: row.version, stored: row.title });
    }
  };
  const checkEntry = (id: number, version: number | undefined): void => {
    if (version === undefined) return;
    const row = q.storedEntry.get(id) as (EntryFields & { version: number }) | undefined;
    if (row === undefined) throw notFound('entry', id);
    const { version: stored, ...fields } = row;
    if (stored !== version) throw editConflict({ kind: 'entry', id, version: stored, stored: fields });
  };
  const checkBullet = (id: number, version: number | undefined): void => {
    if (version === undefined) return;
    const row = q.storedBullet.get(id) as { text: string; version: number } | undefined;
    if (row === undefined) throw notFound('bullet', id);
    if (row.version !== version) {
      throw editConflict({ kind: 'bullet', id, version: row.version, stored: row.text });
    }
  };

  const replaceResume = db.transaction((draft: ResumeDraft) => {
    const parsed = ResumeDraftSchema.safeParse(draft);
    if (!parsed.success) {
      const problem = describeIssue(parsed.error.issues[0] as z.core.$ZodIssue, draft);
      throw new AppError(
        'invalid-input',
        `The résumé to import is not valid: ${problem.path}: ${problem.message}.`,
        {
          path: problem.path,
        },
      );
    }
    const plan = planReplacement(getResume(), parsed.data);
    // Deleting a section or entry cascades, so some of these ids are already gone: no error for those.
    for (const id of plan.dropped.sections) q.deleteSection.run(id);
    for (const id of plan.dropped.entries) q.deleteEntry.run(id);
    for (const id of plan.dropped.bullets) q.deleteBullet.run(id);
    updateProfile(parsed.data.profile);
    parsed.data.sections.forEach((section, sectionAt) => {
      const placed = plan.sections[sectionAt] as PlannedSection;
      let sectionId = placed.keep;
      if (sectionId === null) {
        sectionId = Number(q.placeSection.run(section.kind, section.title, sectionAt).lastInsertRowid);
      } else q.moveSection.run(sectionAt, sectionId);
      section.entries.forEach(({ bullets, ...fields }, entryAt) => {
        const placedEntry = placed.entries[entryAt] as PlannedEntry;
        const row = { ...entryParams(fields), position: entryAt };
        let entryId = placedEntry.keep;
        if (entryId === null) {
          entryId = Number(q.placeEntry.run({ ...row, sectionId }).lastInsertRowid);
        } else q.moveEntry.run({ ...row, id: entryId });
        bullets.forEach((bullet, bulletAt) => {
          const kept = placedEntry.bullets[bulletAt] ?? null;
          if (kept === null) q.placeBullet.run(entryId, bullet.text, bulletAt);
          else q.moveBullet.run(bulletAt, kept);
        });
      });
    });
  });

  return {
    getResume,
    getVersionedResume: db.transaction((): VersionedResume => ({ ...getResume(), versions: versions() })),
    isEmpty: () => {
      const { id: _id, ...profile } = q.profile.get() as ProfileRow;
      return q.anySection.get() === undefined && Object.values(profile).every((value) => value === '');
    },

    updateProfile: db.transaction((profile: Profile, version?: number) => {
      checkProfile(version);
      updateProfile(profile);
    }),
    addSection: db.transaction(addSection),
    renameSection: db.transaction((id: number, title: string, version?: number) => {
      checkSection(id, version);
      changed(q.renameSection.run(title, id), 'section', id);
    }),
    deleteSection: db.transaction((id: number) => {
      changed(q.deleteSection.run(id), 'section', id);
    }),
    addEntry: db.transaction(addEntry),
    updateEntry: db.transaction((id: number, fields: EntryFields, version?: number) => {
      checkEntry(id, version);
      changed(q.updateEntry.run({ id, ...entryParams(fields) }), 'entry', id);
    }),
    deleteEntry: db.transaction((id: number) => {
      changed(q.deleteEntry.run(id), 'entry', id);
    }),
    addBullet: db.transaction(addBullet),
    updateBullet: db.transaction((id: number, text: string, version?: number) => {
      checkBullet(id, version);
      changed(q.updateBullet.run(text, id), 'bullet', id);
    }),
    deleteBullet: db.transaction((id: number) => {
      changed(q.deleteBullet.run(id), 'bullet', id);
    }),
    addVariant: db.transaction((bulletId: number, text: string): number => {
      if (q.bulletExists.get(bulletId) === undefined) throw notFound('bullet', bulletId);
      const { n } = q.variantCount.get(bulletId) as { n: number };
      if (n >= MAX_VARIANTS_PER_BULLET) {
        throw new AppError(
          'too-large',
          `A bullet can have up to ${MAX_VARIANTS_PER_BULLET} other wordings; delete one to add another.`,
          { bulletId },
        );
      }
      return Number(q.addVariant.run({ bulletId, text }).lastInsertRowid);
    }),
    updateVariant: db.transaction((id: number, text: string) => {
      changed(q.updateVariant.run(text, id), 'variant', id);
    }),
    deleteVariant: db.transaction((id: number) => {
      changed(q.deleteVariant.run(id), 'variant', id);
    }),
    bulletText: (id) => {
      const row = q.bulletText.get(id) as { text: string } | undefined;
      if (row === undefined) throw notFound('bullet', id);
      return row.text;
    },
    childIds: db.transaction((kind: 'entry' | 'bullet', parentId: number): number[] => {
      const parent = kind === 'entry' ? q.sectionExists : q.entryExists;
      if (parent.get(parentId) === undefined)
        throw notFound(kind === 'entry' ? 'section' : 'entry', parentId);
      const children = kind === 'entry' ? q.entryIds : q.bulletIds;
      return (children.all(parentId) as { id: number }[]).map((row) => row.id);
    }),
    revision: () => (q.revision.get() as { value: number }).value,

    replaceResumeFrom: <T>(build: (current: Resume) => { draft: ResumeDraft; result: T }): T =>
      db.transaction(() => {
        const { draft, result } = build(getResume());
        replaceResume(draft);
        return result;
      })(),
    replaceResume,
    jobsLosingChoices: (draft: ResumeDraft): number => {
      const { dropped } = planReplacement(getResume(), draft);
      const { n } = q.jobsWithChoicesOn.get({
        sections: JSON.stringify(dropped.sections),
        entries: JSON.stringify(dropped.entries),
        bullets: JSON.stringify(dropped.bullets),
      }) as { n: number };
      return n;
    },
  };
}
