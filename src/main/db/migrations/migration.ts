import type { Db } from '../db-types';

/**
 * One schema step. `version` is the number in the file name; a migration never changes once released,
 * because databases in the field have already recorded it as applied. Each runs inside a transaction
 * with foreign keys on, so a step that must rebuild a table (SQLite's way to change a column) has to
 * preserve the rows of its child tables itself.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
