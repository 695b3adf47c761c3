import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { createRepositories } from '../../../src/main/db/repositories';
import { useTempDir } from './temp-dir';

const temp = useTempDir();

/** A database as version 5 of the app left it: one job with an entry and a bullet turned off. */
function version5Database(file: string) {
  const { db } = openDatabase(file, { migrations: MIGRATIONS.slice(0, 5) });
  db.exec(`
    INSERT INTO sections (id, kind, title, position) VALUES (1, 'experience', 'Experience', 0);
    INSERT INTO entries (id, section_id, title, organization, position)
      VALUES (1, 1, 'SRE', 'Acme', 0), (2, 1, 'Ops', 'Initech', 1);
    INSERT INTO bullets (id, entry_id, text, position) VALUES (1, 1, 'Ran Kafka', 0), (2, 2, 'Paged', 0);
    INSERT INTO jobs (id, title, company, location, raw_text, text, created_at)
      VALUES (7, 'SRE', 'Initech', '', 'raw', 'Kafka', '2024-05-01T10:00:00.000Z');
    INSERT INTO job_exclusions (job_id, item_kind, item_id) VALUES (7, 'entry', 2), (7, 'bullet', 1);
  `);
  db.close();
}

describe("migration 006 (the fit's own exclusions) on a version 5 database", () => {
  it("keeps every earlier exclusion as the user's, so nothing turned off comes back by itself", () => {
    const file = temp.path('app.sqlite');
    version5Database(file);
    const { db } = temp.track(openDatabase(file));
    const repos = createRepositories(db);
    const before = { sections: [], entries: [2], bullets: [1] };
    expect(repos.exclusions.own(7)).toEqual(before);
    expect(repos.exclusions.get(7)).toEqual(before);

    // A fit's list adds to the user's without touching it, and is replaced whole by the next fit.
    repos.exclusions.replaceFit(7, { sections: [], entries: [1], bullets: [] });
    expect(repos.exclusions.get(7)).toEqual({ sections: [], entries: [1, 2], bullets: [1] });
    expect(repos.exclusions.own(7)).toEqual(before);
    repos.exclusions.replaceFit(7, { sections: [], entries: [], bullets: [2] });
    expect(repos.exclusions.get(7)).toEqual({ sections: [], entries: [2], bullets: [1, 2] });

    // Turning an item on takes it off both lists; deleting an item drops its rows.
    repos.exclusions.set(7, 'bullet', 2, true);
    expect(repos.exclusions.get(7).bullets).toEqual([1]);
    repos.exclusions.replaceFit(7, { sections: [], entries: [1], bullets: [] });
    db.exec('DELETE FROM entries WHERE id = 1');
    expect(repos.exclusions.get(7)).toEqual({ sections: [], entries: [2], bullets: [] });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it("bumps the job's choices revision when a fit changes what it leaves out", () => {
    const file = temp.path('rev.sqlite');
    version5Database(file);
    const { db } = temp.track(openDatabase(file));
    const repos = createRepositories(db);
    const before = repos.jobChoices.revisions().get(7)!;
    repos.exclusions.replaceFit(7, { sections: [], entries: [1], bullets: [] });
    expect(repos.jobChoices.revisions().get(7)!).toBeGreaterThan(before);
  });
});
