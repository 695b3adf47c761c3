import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { openDatabase } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS, type Migration } from '../../../src/main/db/migrations';
import { useTempDir } from './temp-dir';

const temp = useTempDir();

const addTags: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'tags',
  up(db) {
    db.exec('CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL) STRICT');
  },
};

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError');
}

/** A database at the current version holding one job, closed. */
function currentDatabase(file: string): void {
  const { db } = openDatabase(file);
  db.prepare(
    `INSERT INTO jobs (title, raw_text, text, created_at) VALUES ('Before', '', '', '2025-01-01')`,
  ).run();
  db.close();
}

describe('migrations', () => {
  it('are numbered from 1 without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('back up an existing database before migrating it, then apply and record the new step once', () => {
    const file = temp.path('app.sqlite');
    currentDatabase(file);
    const now = () => new Date('2025-06-07T08:09:10Z');
    const { db } = temp.track(openDatabase(file, { migrations: [...MIGRATIONS, addTags], now }));

    const backupName = `app.sqlite.backup-v${MIGRATIONS.length}-20250607-080910`;
    expect(readdirSync(temp.dir()).filter((f) => f.includes('.backup-'))).toEqual([backupName]);
    const backup = new Database(temp.path(backupName), { readonly: true });
    expect(backup.prepare('SELECT title FROM jobs').all()).toEqual([{ title: 'Before' }]);
    expect(backup.prepare(`SELECT name FROM sqlite_schema WHERE name = 'tags'`).get()).toBeUndefined();
    backup.close();

    expect(
      db
        .prepare('SELECT version, name, applied_at AS at FROM schema_migrations WHERE version = ?')
        .get(addTags.version),
    ).toEqual({
      version: addTags.version,
      name: 'tags',
      at: '2025-06-07T08:09:10.000Z',
    });
    expect(db.prepare('SELECT title FROM jobs').all()).toEqual([{ title: 'Before' }]);
    db.close();

    const again = temp.track(openDatabase(file, { migrations: [...MIGRATIONS, addTags], now }));
    expect(again.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({
      n: addTags.version,
    });
    expect(readdirSync(temp.dir()).filter((f) => f.includes('.backup-'))).toHaveLength(1);
  });

  it('take no backup of a brand-new database', () => {
    temp.track(openDatabase(temp.path('app.sqlite')));
    expect(readdirSync(temp.dir()).filter((f) => f.includes('.backup-'))).toEqual([]);
  });

  it('refuse a database newer than the app and leave the file byte-identical', () => {
    const file = temp.path('app.sqlite');
    const { db } = openDatabase(file, { migrations: [...MIGRATIONS, addTags] });
    db.close();
    const before = readFileSync(file);

    const error = thrown(() => openDatabase(file));
    expect(error.code).toBe('database-too-new');
    expect(error.message).toContain('newer version of Résumé Tailor');
    expect(error.details).toMatchObject({ found: addTags.version, supported: MIGRATIONS.length });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(temp.dir()).filter((f) => f.includes('.backup-') || f.includes('.damaged-'))).toEqual(
      [],
    );
  });

  it('refuse a newer database even when it was left with an unmerged write-ahead log', () => {
    const file = temp.path('app.sqlite');
    const { db } = openDatabase(file, { migrations: [...MIGRATIONS, addTags] });
    db.pragma('wal_autocheckpoint = 0');
    db.prepare(`INSERT INTO tags (label) VALUES ('only in the log')`).run();
    const before = readFileSync(file);
    const walBefore = readFileSync(`${file}-wal`);
    // Simulate the newer app being killed: copy the files while its connection is still open.
    const crashed = temp.path('crashed.sqlite');
    for (const suffix of ['', '-wal']) copyFileSync(file + suffix, crashed + suffix);
    db.close();

    expect(thrown(() => openDatabase(crashed)).code).toBe('database-too-new');
    expect(readFileSync(crashed).equals(before)).toBe(true);
    expect(readFileSync(`${crashed}-wal`).equals(walBefore)).toBe(true);
  });

  it('roll a failing migration back completely and leave the recorded version where it was', () => {
    const file = temp.path('app.sqlite');
    currentDatabase(file);
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        db.exec('INSERT INTO no_such_table VALUES (1)');
      },
    };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow(/no_such_table/);

    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({
      v: MIGRATIONS.length,
    });
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'half_done'`).get()).toBeUndefined();
    db.close();
  });

  it('refuse a broken migration list before writing anything', () => {
    const db = new Database(':memory:');
    const gap = [...MIGRATIONS, { ...addTags, version: addTags.version + 1 }];
    expect(thrown(() => migrate(db, gap)).code).toBe('internal');
    expect(db.prepare(`SELECT COUNT(*) AS n FROM sqlite_schema`).get()).toEqual({ n: 0 });
    db.close();
  });
});
