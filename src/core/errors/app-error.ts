/**
 * The one error shape shared by core, IPC, CLI and UI. `code` is stable for programs; `message` is
 * written for the person who has to act on it; `details` carries what a program needs (field paths...).
 */
export type AppErrorCode =
  | 'invalid-input'
  | 'not-found'
  // Another window (or tab) saved the same text first; details carry what is stored now.
  | 'conflict'
  | 'too-large'
  | 'unsupported-character'
  | 'database-damaged'
  | 'database-too-new'
  | 'install-broken'
  | 'io-failed'
  | 'disk-full'
  | 'data-folder-in-use'
  | 'forbidden'
  | 'internal';

export interface AppErrorData {
  code: AppErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export class AppError extends Error implements AppErrorData {
  readonly code: AppErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  toJSON(): AppErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Anything thrown becomes an AppErrorData; unknown failures keep their message but say they are internal. */
export function toAppErrorData(error: unknown): AppErrorData {
  if (error instanceof AppError) return error.toJSON();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside the app: ${message}` };
}
