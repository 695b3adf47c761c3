import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Db } from '../../../src/main/db/db-types';

/**
 * A fresh folder per test, removed afterwards with every database opened through `track` closed first.
 * Returns accessors because the folder only exists once beforeEach has run.
 */
export function useTempDir(prefix = 'rt-db-') {
  let dir = '';
  const open: Db[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    path: (...parts: string[]) => join(dir, ...parts),
    track: <T extends { db: Db }>(opened: T): T => {
      open.push(opened.db);
      return opened;
    },
  };
}
