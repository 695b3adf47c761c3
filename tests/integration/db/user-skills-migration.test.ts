import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import type { Db } from '../../../src/main/db/db-types';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { createUserSkillsRepo } from '../../../src/main/db/user-skills-repo';
import { useTempDir } from './temp-dir';

const temp = useTempDir();
const V1 = MIGRATIONS.filter((m) => m.version === 1);
// Exactly up to this step, so later migrations cannot hide what this one does.
const UP_TO_002 = MIGRATIONS.filter((m) => m.version <= 2);

/**
 * A database as version 1 of the app left it, written with plain SQL (today's repositories expect
 * today's tables): a profile, a section, an entry, a bullet, a job, an exclusion and an export.
 */
function version1Database(file: string): void {
  const { db } = openDatabase(file, { migrations: V1 });
  db.exec(`
    UPDATE profile SET name = 'Ana Souza', email = 'ana@example.com' WHERE id = 1;
    INSERT INTO sections (kind, title, position) VALUES ('experience', 'Work', 0);
    INSERT INTO entries (section_id, title, organization, position) VALUES (1, 'SRE', 'Parcelia', 0);
    INSERT INTO bullets (entry_id, text, position) VALUES (1, 'Ran Kafka on Kubernetes', 0);
    INSERT INTO jobs (title, company, location, raw_text, text, created_at)
      VALUES ('Platform Engineer', 'Acme', 'Lyon', '<p>Kafka</p>', 'Kafka', '2025-01-02T03:04:05.000Z');
    INSERT INTO job_exclusions (job_id, item_kind, item_id) VALUES (1, 'bullet', 1);
    INSERT INTO exports (job_id, created_at, path, percent, bullet_ids, bullet_texts, sha256)
      VALUES (1, '2025-01-03T00:00:00.000Z', '/tmp/cv.pdf', 50, '[1]', '["Ran Kafka on Kubernetes"]', 'ab');
  `);
  db.close();
}

/** Every row of every version 1 table, by the columns version 1 had. */
function v1Rows(db: Db, tables: string[]): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) {
    const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => `"${c.name}"`);
    // Ordered by every column: job_exclusions is WITHOUT ROWID.
    const list = columns.join(', ');
    rows[table] = db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).all();
  }
  return rows;
}

const userTables = (db: Db): string[] =>
  (
    db
      .prepare(
        `SELECT name FROM sqlite_schema
          WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((row) => row.name);

describe('migration 002 (user skills)', () => {
  it('is the second migration', () => {
    expect(UP_TO_002.map((m) => m.name)).toEqual(['initial', 'user-skills']);
  });

  it('adds the table to a version 1 database, keeps every row, and backs the old file up first', () => {
    const file = temp.path('app.sqlite');
    version1Database(file);
    const v1 = new Database(file, { readonly: true });
    const tables = userTables(v1);
    const before = v1Rows(v1, tables);
    v1.close();
    expect(before['bullets']).toHaveLength(1);

    const { db } = temp.track(openDatabase(file, { migrations: UP_TO_002 }));
    expect(v1Rows(db, tables)).toEqual(before);
    expect(userTables(db)).toEqual([...tables, 'user_skills'].sort());
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all()).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);

    // The new table works: one name whatever its case.
    const repo = createUserSkillsRepo(db, () => new Date('2025-06-07T08:09:10Z'));
    expect(repo.list()).toEqual([]);
    expect(repo.add({ name: 'Quillforge', aliases: ['QForge'], category: 'custom' })).toMatchObject({
      name: 'Quillforge',
      aliases: ['QForge'],
      category: 'custom',
      createdAt: '2025-06-07T08:09:10.000Z',
    });
    expect(() => repo.add({ name: 'QUILLFORGE', aliases: [], category: 'custom' })).toThrow(
      /already in your dictionary/,
    );

    const backups = readdirSync(temp.dir()).filter((name) => name.includes('.backup-v1-'));
    expect(backups).toHaveLength(1);
    const backup = new Database(temp.path(backups[0]!), { readonly: true });
    expect(v1Rows(backup, tables)).toEqual(before);
    expect(userTables(backup)).not.toContain('user_skills');
    backup.close();
  });

  it('is kept when the rest of the migrations run after it', () => {
    const file = temp.path('app.sqlite');
    version1Database(file);
    const { db } = temp.track(openDatabase(file));
    const repo = createUserSkillsRepo(db, () => new Date());
    repo.add({ name: 'Quillforge', aliases: [], category: 'custom' });
    expect(repo.list().map((s) => s.name)).toEqual(['Quillforge']);
  });
});
