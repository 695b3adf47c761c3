import { AppError } from '../../core/errors/app-error';
import type { Db } from './db-types';
import type { Migration } from './migrations/migration';

/**
 * Applied migrations are rows of `schema_migrations`, not just `PRAGMA user_version`, so a support
 * request can show what ran and when.
 */
const CREATE_LEDGER = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`;

export interface MigrateOptions {
  /** Called once, before the first pending migration, when the database already holds a schema. */
  beforeMigrating?: (fromVersion: number, toVersion: number) => void;
  now?: () => Date;
}

export interface MigrateResult {
  fromVersion: number;
  toVersion: number;
  applied: number[];
}

/** The highest recorded version; 0 for a database that has never been migrated. Reads only. */
export function readSchemaVersion(db: Db): number {
  const ledger = db
    .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'`)
    .get();
  if (ledger === undefined) return 0;
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

export function databaseTooNew(found: number, supported: number, file?: string): AppError {
  return new AppError(
    'database-too-new',
    `This database was last used by a newer version of Résumé Tailor (data format ${found}; this version ` +
      `understands up to ${supported}). Install the newer version to open it. The file was not changed.`,
    { found, supported, ...(file === undefined ? {} : { file }) },
  );
}

/**
 * Applies the pending migrations in order, each in its own transaction together with its ledger row,
 * so a crash leaves the database at a recorded version, never between two. Refuses, before writing
 * anything, a database whose recorded version is newer than the newest migration known here.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  options: MigrateOptions = {},
): MigrateResult {
  assertOrdered(migrations);
  const now = options.now ?? (() => new Date());
  const fromVersion = readSchemaVersion(db);
  const toVersion = latestVersion(migrations);
  if (fromVersion > toVersion) throw databaseTooNew(fromVersion, toVersion);

  const done = new Set(appliedVersions(db));
  const pending = migrations.filter((m) => !done.has(m.version));
  if (pending.length === 0) return { fromVersion, toVersion, applied: [] };

  if (fromVersion > 0) options.beforeMigrating?.(fromVersion, toVersion);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(CREATE_LEDGER);
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        now().toISOString(),
      );
    })();
  }
  return { fromVersion, toVersion, applied: pending.map((m) => m.version) };
}

function appliedVersions(db: Db): number[] {
  if (readSchemaVersion(db) === 0) return [];
  return (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
    (row) => row.version,
  );
}

/** A mistake in the list (a gap, a duplicate, out of order) is the programmer's; fail loudly before any write. */
function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new AppError(
        'internal',
        `Migration list is broken: position ${index + 1} holds version ${migration.version} (${migration.name}).`,
      );
    }
  });
}
