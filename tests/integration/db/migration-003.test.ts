import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { createRepositories } from '../../../src/main/db/repositories';
import { useTempDir } from './temp-dir';

const temp = useTempDir();

/** A database as version 2 of the app left it: a résumé, a job with an exclusion, an export record. */
function version2Database(file: string) {
  const { db } = openDatabase(file, { migrations: MIGRATIONS.slice(0, 2) });
  db.exec(`
    UPDATE profile SET name = 'Ada', summary = 'Terraform on AWS';
    INSERT INTO sections (id, kind, title, position) VALUES (1, 'experience', 'Experience', 0);
    INSERT INTO entries (id, section_id, title, position) VALUES (1, 1, 'SRE', 0);
    INSERT INTO bullets (id, entry_id, text, position) VALUES (1, 1, 'Ran Kafka', 0), (2, 1, 'Wrote C++ tools', 1);
    INSERT INTO jobs (id, title, company, location, raw_text, text, created_at)
      VALUES (7, 'Platform Engineer', 'Initech', 'Remote', 'raw', 'We use node.js and C++ daily.', '2024-05-01T10:00:00.000Z');
    INSERT INTO job_exclusions (job_id, item_kind, item_id) VALUES (7, 'bullet', 2);
    INSERT INTO exports (job_id, created_at, path, percent, bullet_ids, bullet_texts, sha256)
      VALUES (7, '2024-05-02T10:00:00.000Z', '/tmp/old.pdf', 50, '[1]', '["Ran Kafka"]', 'abc');
  `);
  db.close();
}

describe('migration 003 (tailoring) on a version 2 database', () => {
  it('keeps every row, indexes the existing postings and records old exports as they were', () => {
    const file = temp.path('app.sqlite');
    version2Database(file);
    const { db } = temp.track(openDatabase(file));
    const repos = createRepositories(db);

    const resume = repos.resume.getResume();
    expect(resume.profile.name).toBe('Ada');
    expect(resume.sections[0]!.entries[0]!.bullets).toEqual([
      { id: 1, text: 'Ran Kafka', variants: [] },
      { id: 2, text: 'Wrote C++ tools', variants: [] },
    ]);
    expect(repos.exclusions.get(7)).toEqual({ sections: [], entries: [], bullets: [2] });
    expect(repos.jobs.get(7)).toMatchObject({
      title: 'Platform Engineer',
      status: 'saved',
      appliedAt: null,
      updatedAt: '2024-05-01T10:00:00.000Z',
      notes: '',
    });
    // Found by the full-text index built during the migration.
    expect(repos.jobs.list({ query: 'node.js' }).map((j) => j.id)).toEqual([7]);
    expect(repos.jobs.list({ query: 'initech' }).map((j) => j.id)).toEqual([7]);
    // A job tailored before the upgrade is not mistaken for an untouched one by the score cache.
    expect(repos.jobChoices.revisions().get(7)).toBeGreaterThan(0);

    const [record] = repos.exports.list(7);
    expect(record).toMatchObject({
      path: '/tmp/old.pdf',
      bulletTexts: ['Ran Kafka'],
      hasBytes: false,
      score: null,
    });
    expect(repos.exports.bytes(record!.id)).toBeNull();
    expect(() => db.prepare('UPDATE exports SET percent = 99').run()).toThrow(/never changed/);
  });
});
