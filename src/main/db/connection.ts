import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Db } from './db-types';
import { cannotOpen, installBroken, isDamageError, isNativeLoadFailure } from './driver-errors';
import { databaseTooNew, latestVersion, migrate, readSchemaVersion } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { backUpDatabase } from './backup';
import { syncDirectory } from '../adapters/fs-sync';
import { SIDE_FILES, fileStamp, freeSiblingPath, setAside } from './set-aside';

export interface OpenDatabaseOptions {
  /**
   * Path of better_sqlite3.node when it is not where the `bindings` package looks, as in a packaged app
   * whose native file is unpacked beside the asar.
   */
  nativeBinding?: string;
  /** The schema steps to apply; the app's own list unless a caller has a reason to pass another. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  /** Sentences for the user, shown once at start (a damaged file set aside...). */
  notices: string[];
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Long enough to ride out a backup or checkpoint; short enough that a stuck lock surfaces as an error. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the app's database, ready to use: repaired if it was unreadable, migrated to this version's
 * schema, configured for durability. Throws AppError 'install-broken' when the native module does not
 * load, 'database-too-new' when a newer app wrote the file (left untouched), 'io-failed' when the file
 * exists but cannot be opened (locked, no permission).
 *
 * A new database is built under a temporary name and renamed into place complete, so the real path
 * never holds a half-made file; that is what lets an empty file there count as damage.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const path = resolve(file);
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  const notices: string[] = [];
  mkdirSync(dirname(path), { recursive: true });

  if (existsSync(path)) {
    const health = inspect(path, options.nativeBinding);
    if (health.state === 'damaged') {
      const aside = setAside(path, `damaged-${fileStamp(now())}`);
      notices.push(
        `Your database could not be read (${health.reason}) and was set aside as ${aside}; a fresh one was created.`,
      );
    } else if (health.version > latestVersion(migrations)) {
      throw databaseTooNew(health.version, latestVersion(migrations), path);
    }
  }
  if (!existsSync(path)) createFresh(path, migrations, options.nativeBinding, now);

  const db = connect(path, { readonly: false, nativeBinding: options.nativeBinding });
  try {
    configure(db);
    migrate(db, migrations, { now, beforeMigrating: (from) => backUp(db, path, from, now()) });
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, notices };
}

type Health = { state: 'ok'; version: number } | { state: 'damaged'; reason: string };

/** Looks at an existing file through a read-only connection, so nothing is written before a verdict. */
function inspect(path: string, nativeBinding: string | undefined): Health {
  if (statSync(path).size === 0) return { state: 'damaged', reason: 'the file is empty' };
  if (!startsWithSqliteHeader(path)) {
    return { state: 'damaged', reason: 'the file is not an SQLite database' };
  }
  let db: Db;
  try {
    db = connect(path, { readonly: true, nativeBinding });
  } catch (error) {
    if (isDamageError(error)) return { state: 'damaged', reason: describe(error) };
    throw error;
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { state: 'damaged', reason: `SQLite reports: ${String(check)}` };
    const version = readSchemaVersion(db);
    if (version === 0 && hasTables(db)) {
      return { state: 'damaged', reason: 'it holds tables that are not Résumé Tailor data' };
    }
    return { state: 'ok', version };
  } catch (error) {
    if (isDamageError(error)) return { state: 'damaged', reason: describe(error) };
    throw cannotOpen(path, error);
  } finally {
    db.close();
  }
}

function createFresh(
  path: string,
  migrations: readonly Migration[],
  nativeBinding: string | undefined,
  now: () => Date,
): void {
  const temp = `${path}.creating`;
  // A crash during an earlier creation can leave these; they never hold the user's data.
  for (const leftover of [temp, ...SIDE_FILES.map((side) => temp + side)]) rmSync(leftover, { force: true });
  // A write-ahead log without its database would be replayed into the new file: keep it, out of the way.
  for (const side of SIDE_FILES) {
    if (existsSync(path + side))
      renameSync(path + side, freeSiblingPath(path + side, `orphan-${fileStamp(now())}`));
  }

  const db = connect(temp, { readonly: false, nativeBinding });
  try {
    configure(db);
    migrate(db, migrations, { now });
  } finally {
    // Closing the last connection checkpoints the log into the main file and removes it.
    db.close();
  }
  renameSync(temp, path);
  syncDirectory(dirname(path));
}

function connect(path: string, options: { readonly: boolean; nativeBinding: string | undefined }): Db {
  try {
    return new Database(path, {
      readonly: options.readonly,
      fileMustExist: options.readonly,
      timeout: BUSY_TIMEOUT_MS,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
  } catch (error) {
    if (isNativeLoadFailure(error)) throw installBroken(error);
    if (isDamageError(error)) throw error;
    throw cannotOpen(path, error);
  }
}

/**
 * WAL with synchronous=FULL: a transaction is on disk when commit returns, and a killed process never
 * leaves a torn file. Foreign keys are off by default in SQLite and are a per-connection setting.
 */
function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

function backUp(db: Db, path: string, fromVersion: number, date: Date): void {
  backUpDatabase(db, path, `backup-v${fromVersion}-${fileStamp(date)}`);
}

function startsWithSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

const hasTables = (db: Db): boolean =>
  db
    .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1`)
    .get() !== undefined;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
