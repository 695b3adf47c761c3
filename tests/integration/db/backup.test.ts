import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backUpDatabase } from '../../../src/main/db/backup';
import { openDatabase } from '../../../src/main/db/connection';
import { useTempDir } from './temp-dir';

const temp = useTempDir();

describe('database backup', () => {
  it('copies committed data to a new name, and never replaces an earlier backup', () => {
    const file = temp.path('app.sqlite');
    const { db } = temp.track(openDatabase(file));
    db.prepare(`INSERT INTO jobs (title, raw_text, text, created_at) VALUES ('First', '', '', '')`).run();
    const first = backUpDatabase(db, file, 'before-import-x');
    const firstBytes = readFileSync(first);
    db.prepare(`INSERT INTO jobs (title, raw_text, text, created_at) VALUES ('Second', '', '', '')`).run();
    const second = backUpDatabase(db, file, 'before-import-x');

    expect([first, second]).toEqual([`${file}.before-import-x`, `${file}.before-import-x-2`]);
    expect(readFileSync(first).equals(firstBytes)).toBe(true);
    const copy = new Database(second, { readonly: true });
    expect(copy.prepare('SELECT title FROM jobs ORDER BY id').all()).toEqual([
      { title: 'First' },
      { title: 'Second' },
    ]);
    copy.close();
    expect(readdirSync(temp.dir()).sort()).toEqual([
      'app.sqlite',
      'app.sqlite-shm',
      'app.sqlite-wal',
      'app.sqlite.before-import-x',
      'app.sqlite.before-import-x-2',
    ]);
  });

  it('leaves no file, complete-looking or partial, when the copy fails', () => {
    const file = temp.path('app.sqlite');
    const { db } = temp.track(openDatabase(file));
    const before = readdirSync(temp.dir()).sort();
    // SQLite refuses VACUUM inside a transaction: a copy that fails after it was asked for.
    expect(() => db.transaction(() => backUpDatabase(db, file, 'before-import-y'))()).toThrow(/VACUUM/i);
    expect(readdirSync(temp.dir()).sort()).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
