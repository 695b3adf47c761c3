import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isDamageError, isNativeLoadFailure } from '../../../src/main/db/driver-errors';

/** A genuine SqliteError from the driver: a query on a table that does not exist. */
const sqliteError = (): unknown => {
  const db = new Database(':memory:');
  try {
    db.exec('SELECT * FROM missing');
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error('expected the query to fail');
};

describe('driver error classification', () => {
  it.each([
    "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 127. This version of Node.js requires\nNODE_MODULE_VERSION 115.",
    'Could not locate the bindings file. Tried:\n → /app/node_modules/better-sqlite3/build/better_sqlite3.node',
    '/tmp/x/better_sqlite3.node: invalid ELF header',
  ])('treats a native load failure as an installation problem: %s', (message) => {
    expect(isNativeLoadFailure(new Error(message))).toBe(true);
    expect(isDamageError(new Error(message))).toBe(false);
  });

  it('never treats an SQLite error as an installation problem, nor a query error as damage', () => {
    const error = sqliteError();
    expect(error).toMatchObject({ code: 'SQLITE_ERROR' });
    expect(isNativeLoadFailure(error)).toBe(false);
    expect(isDamageError(error)).toBe(false);
  });

  it('recognizes SQLite damage codes only', () => {
    const make = (code: string) => Object.assign(new Error('x'), { code });
    expect(isDamageError(make('SQLITE_NOTADB'))).toBe(true);
    expect(isDamageError(make('SQLITE_CORRUPT'))).toBe(true);
    expect(isDamageError(make('SQLITE_CORRUPT_INDEX'))).toBe(true);
    expect(isDamageError(make('SQLITE_BUSY'))).toBe(false);
    expect(isDamageError(make('SQLITE_IOERR_SHORT_READ'))).toBe(false);
    expect(isDamageError(make('ENOENT'))).toBe(false);
  });
});
