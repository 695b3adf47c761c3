import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { openDatabase } from '../../../src/main/db/connection';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { createRepositories } from '../../../src/main/db/repositories';
import { fields } from './entry-fields';
import { useTempDir } from './temp-dir';

const temp = useTempDir();

/** A real database with a little data in it, closed, as the app leaves it. */
function makeRealDatabase(file: string): void {
  const { db } = openDatabase(file);
  const repos = createRepositories(db);
  const sectionId = repos.resume.addSection('experience', 'Experience');
  const entryId = repos.resume.addEntry(
    sectionId,
    fields('SRE', { organization: 'Acme', startDate: '2020', endDate: 'Present' }),
  );
  for (let i = 0; i < 400; i += 1) repos.resume.addBullet(entryId, `Bullet ${i} ${'x'.repeat(200)}`);
  db.close();
}

const asideFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.includes('.damaged-'))
    .sort();

function expectUsableFreshDatabase(file: string): void {
  const opened = temp.track(openDatabase(file));
  expect(opened.notices).toEqual([]);
  const repos = createRepositories(opened.db);
  expect(repos.resume.getResume().sections).toEqual([]);
  repos.resume.addSection('skills', 'Skills');
  expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
}

describe('openDatabase', () => {
  it('creates the folder and a configured, migrated database', () => {
    const file = temp.path('nested', 'deeper', 'app.sqlite');
    const { db, notices } = temp.track(openDatabase(file));
    expect(notices).toEqual([]);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const versions = db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(readdirSync(temp.path('nested', 'deeper')).filter((f) => f.includes('.creating'))).toEqual([]);
  });

  it('applies migrations once: reopening records nothing new and keeps the data', () => {
    const file = temp.path('app.sqlite');
    makeRealDatabase(file);
    const { db, notices } = temp.track(openDatabase(file));
    expect(notices).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    expect(db.prepare('SELECT COUNT(*) AS n FROM bullets').get()).toEqual({ n: 400 });
    expect(readdirSync(temp.dir()).filter((f) => f.includes('.backup-'))).toEqual([]);
  });

  const damages: [string, (file: string) => void][] = [
    ['an empty file', (file) => writeFileSync(file, '')],
    ['random bytes', (file) => writeFileSync(file, randomBytes(64 * 1024))],
    [
      'a truncated real database',
      (file) => {
        makeRealDatabase(file);
        truncateSync(file, Math.floor(statSync(file).size / 2));
      },
    ],
    [
      'a real database with a damaged header',
      (file) => {
        makeRealDatabase(file);
        const bytes = readFileSync(file);
        bytes.write('Not SQLite here!', 0, 'latin1');
        writeFileSync(file, bytes);
      },
    ],
    ['a file shorter than the header', (file) => writeFileSync(file, 'SQLite')],
    [
      'an SQLite database of another program',
      (file) => {
        const other = new Database(file);
        other.exec('CREATE TABLE songs (title TEXT)');
        other.close();
      },
    ],
  ];

  it.each(damages)('sets aside %s, tells the user, and opens a fresh database', (_label, damage) => {
    const file = temp.path('app.sqlite');
    damage(file);
    const original = readFileSync(file);

    const { db, notices } = temp.track(openDatabase(file, { now: () => new Date('2025-03-04T05:06:07Z') }));
    const aside = temp.path('app.sqlite.damaged-20250304-050607');
    expect(notices).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Your database could not be read \\(.+\\) and was set aside as ${aside.replace(/[.]/g, '\\.')}; a fresh one was created\\.$`,
        ),
      ),
    ]);
    expect(readFileSync(aside).equals(original)).toBe(true);
    expect(db.prepare('SELECT COUNT(*) AS n FROM sections').get()).toEqual({ n: 0 });
    db.close();
    expectUsableFreshDatabase(file);
  });

  it('never overwrites an earlier aside file: a second damage gets another name', () => {
    const file = temp.path('app.sqlite');
    const now = () => new Date('2025-03-04T05:06:07Z');
    writeFileSync(file, 'first damage, not a database at all');
    temp.track(openDatabase(file, { now })).db.close();
    writeFileSync(file, 'second damage, still not a database');
    const { notices } = temp.track(openDatabase(file, { now }));

    expect(asideFiles(temp.dir())).toEqual([
      'app.sqlite.damaged-20250304-050607',
      'app.sqlite.damaged-20250304-050607-2',
    ]);
    expect(readFileSync(temp.path('app.sqlite.damaged-20250304-050607'), 'utf8')).toBe(
      'first damage, not a database at all',
    );
    expect(readFileSync(temp.path('app.sqlite.damaged-20250304-050607-2'), 'utf8')).toBe(
      'second damage, still not a database',
    );
    expect(notices[0]).toContain('app.sqlite.damaged-20250304-050607-2');
  });

  it('moves the write-ahead log aside with the damaged file, under the matching name', () => {
    const file = temp.path('app.sqlite');
    writeFileSync(file, randomBytes(8192));
    writeFileSync(`${file}-wal`, 'log of a damaged database');
    temp.track(openDatabase(file, { now: () => new Date('2025-03-04T05:06:07Z') }));
    expect(readFileSync(temp.path('app.sqlite.damaged-20250304-050607-wal'), 'utf8')).toBe(
      'log of a damaged database',
    );
  });

  it('keeps an orphaned write-ahead log out of a new database', () => {
    const file = temp.path('app.sqlite');
    writeFileSync(`${file}-wal`, randomBytes(4096));
    expectUsableFreshDatabase(file);
    expect(readdirSync(temp.dir()).some((name) => name.startsWith('app.sqlite-wal.orphan-'))).toBe(true);
  });

  it('reports a native module that does not load as an installation error, and leaves the database alone', () => {
    const file = temp.path('app.sqlite');
    makeRealDatabase(file);
    const before = readFileSync(file);
    const fakeBinding = temp.path('better_sqlite3.node');
    writeFileSync(fakeBinding, 'this is not a shared library');

    let error: unknown;
    try {
      openDatabase(file, { nativeBinding: fakeBinding });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('install-broken');
    expect((error as AppError).message).toContain('npm rebuild better-sqlite3');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(asideFiles(temp.dir())).toEqual([]);
  });

  it('does not mistake a database locked by another connection for damage', () => {
    const file = temp.path('app.sqlite');
    makeRealDatabase(file);
    const other = new Database(file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openDatabase(file)).toThrow(
        expect.objectContaining({ code: 'io-failed' }) as unknown as Error,
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(asideFiles(temp.dir())).toEqual([]);
    expect(basename(file)).toBe('app.sqlite');
  }, 20_000);
});
