import { AppError } from '../../core/errors/app-error';

/**
 * What a failed open means decides what the app does with the file, so the three cases are kept apart:
 * - the native module did not load: an installation problem; the database is not even looked at;
 * - SQLite says the file is not a database or is corrupt: the file is set aside;
 * - anything else (locked, no permission, disk error): reported, the file left alone.
 */

// Messages Node and the `bindings` package give when better_sqlite3.node cannot be loaded.
const NATIVE_LOAD_FAILURE = [
  /NODE_MODULE_VERSION/,
  /compiled against a different Node\.js version/i,
  /Could not locate the bindings file/i,
  /invalid ELF header/i,
  /wrong ELF class/i,
  /not a valid Win32 application/i,
  /Module did not self-register/i,
  /incompatible architecture/i,
  /not a mach-o file/i,
  /better_sqlite3\.node/,
];

export function isNativeLoadFailure(error: unknown): boolean {
  if (isSqliteError(error) || !(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  // MODULE_NOT_FOUND: the binding named by `nativeBinding` is not there (an app built without it).
  return (
    code === 'ERR_DLOPEN_FAILED' ||
    code === 'MODULE_NOT_FOUND' ||
    NATIVE_LOAD_FAILURE.some((pattern) => pattern.test(error.message))
  );
}

export function installBroken(error: unknown): AppError {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new AppError(
    'install-broken',
    'The database engine (better-sqlite3) could not be loaded, so Résumé Tailor is not installed correctly. ' +
      'Your data was not touched. Reinstall the app; from a source checkout run `npm rebuild better-sqlite3` ' +
      '(for the desktop app: `npm run electron:native`).',
    { reason },
  );
}

export function isSqliteError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

/** SQLite's own verdict that the bytes are not a usable database. Busy, locked or I/O errors are not. */
export function isDamageError(error: unknown): boolean {
  return isSqliteError(error) && (error.code === 'SQLITE_NOTADB' || error.code.startsWith('SQLITE_CORRUPT'));
}

export function cannotOpen(file: string, error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError(
    'io-failed',
    `The database file ${file} could not be opened (${reason}). It was left as it is. ` +
      'Check that no other copy of Résumé Tailor is running and that the folder can be written to.',
    { file, reason },
  );
}
