import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { createRepositories } from '../../../src/main/db/repositories';
import { emptyEntryFields } from '../../../src/core/resume/entry';
import { useTempDir } from './temp-dir';

const temp = useTempDir();

/** A database as version 4 of the app left it: a résumé with a job's choices on its items. */
function version4Database(file: string) {
  const { db } = openDatabase(file, { migrations: MIGRATIONS.slice(0, 4) });
  db.exec(`
    INSERT INTO sections (id, kind, title, position) VALUES (1, 'experience', 'Experience', 0), (2, 'skills', 'Skills', 1);
    INSERT INTO entries (id, section_id, title, organization, position) VALUES (1, 1, 'SRE', 'Acme', 0), (2, 2, 'Cloud', '', 0);
    INSERT INTO bullets (id, entry_id, text, position) VALUES (1, 1, 'Ran Kafka', 0), (2, 2, 'AWS', 0);
    INSERT INTO jobs (id, title, company, location, raw_text, text, created_at)
      VALUES (7, 'SRE', 'Initech', '', 'raw', 'Kafka', '2024-05-01T10:00:00.000Z');
    INSERT INTO job_exclusions (job_id, item_kind, item_id) VALUES (7, 'entry', 2);
  `);
  db.close();
}

describe('migration 005 (every JSON Resume section) on a version 4 database', () => {
  it('keeps every section, entry, bullet and job choice, and gives entries the new empty fields', () => {
    const file = temp.path('app.sqlite');
    version4Database(file);
    const { db } = temp.track(openDatabase(file));
    const repos = createRepositories(db);

    const resume = repos.resume.getResume();
    expect(resume.sections.map((s) => [s.id, s.kind, s.title])).toEqual([
      [1, 'experience', 'Experience'],
      [2, 'skills', 'Skills'],
    ]);
    expect(resume.sections[0]!.entries).toEqual([
      {
        id: 1,
        ...emptyEntryFields(),
        title: 'SRE',
        organization: 'Acme',
        bullets: [{ id: 1, text: 'Ran Kafka', variants: [] }],
      },
    ]);
    expect(repos.exclusions.get(7)).toEqual({ sections: [], entries: [2], bullets: [] });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('stores the new kinds and fields, and still refuses a kind it does not know', () => {
    const { db } = temp.track(openDatabase(temp.path('new.sqlite')));
    const repos = createRepositories(db);
    const awards = repos.resume.addSection('awards', 'Awards');
    repos.resume.addEntry(awards, {
      ...emptyEntryFields(),
      title: 'Pioneer Award',
      summary: 'For middle-out.',
      url: 'https://example.com/award',
      detail: 'First place',
      courses: 'A\nB',
    });
    expect(repos.resume.getResume().sections[0]).toMatchObject({
      kind: 'awards',
      entries: [{ summary: 'For middle-out.', url: 'https://example.com/award', detail: 'First place' }],
    });
    expect(() =>
      db.prepare(`INSERT INTO sections (kind, title, position) VALUES ('hobbies', 'x', 9)`).run(),
    ).toThrow(/CHECK constraint failed/);
  });
});
