import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { createRepositories } from '../../../src/main/db/repositories';
import { useTempDir } from './temp-dir';

const temp = useTempDir();

describe('migration 007 (edit versions) on a version 6 database', () => {
  it('keeps every row, starts each at version 0, and counts only changes of text', () => {
    const file = temp.path('app.sqlite');
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
    old.db.exec(`
      INSERT INTO sections (id, kind, title, position) VALUES (1, 'experience', 'Experience', 0);
      INSERT INTO entries (id, section_id, title, organization, position) VALUES (1, 1, 'SRE', 'Acme', 0);
      INSERT INTO bullets (id, entry_id, text, position) VALUES (1, 1, 'Ran Kafka', 0), (2, 1, 'On call', 1);
    `);
    old.db.close();

    const { db } = temp.track(openDatabase(file));
    const repos = createRepositories(db);
    const before = repos.resume.getVersionedResume();
    expect(before.sections[0]!.entries[0]!.bullets.map((b) => b.text)).toEqual(['Ran Kafka', 'On call']);
    expect(before.versions).toEqual({
      profile: 0,
      sections: { 1: 0 },
      entries: { 1: 0 },
      bullets: { 1: 0, 2: 0 },
    });

    // An import that moves bullet 2 and gives the entry a summary: the entry is a new version, so a window still
    // editing its old fields is refused; bullet 2 only moved, so a window editing it is not.
    const { id: _id, bullets: _bullets, ...fields } = before.sections[0]!.entries[0]!;
    repos.resume.replaceResume({
      profile: before.profile,
      sections: [
        {
          kind: 'experience',
          title: 'Experience',
          entries: [
            { ...fields, summary: 'Platform team.', bullets: [{ text: 'On call' }, { text: 'Ran Kafka' }] },
          ],
        },
      ],
    });
    const after = repos.resume.getVersionedResume();
    expect(after.sections[0]!.entries[0]!.bullets.map((b) => [b.id, b.text])).toEqual([
      [2, 'On call'],
      [1, 'Ran Kafka'],
    ]);
    expect(after.versions.entries[1]).toBe(1);
    expect(() => repos.resume.updateEntry(1, { ...fields, location: 'Lyon' }, 0)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(after.versions.bullets).toEqual({ 1: 0, 2: 0 });
    expect(() => repos.resume.updateBullet(2, 'On call, weekly', 0)).not.toThrow();
  });
});
