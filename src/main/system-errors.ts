import { AppError, type AppErrorCode } from '../core/errors/app-error';

/**
 * What the operating system or SQLite says when a read or write fails, in words a person can act on.
 * Raw codes ("SQLITE_FULL", "ENOSPC: no space left on device, write") used to reach the user as
 * "Something went wrong inside the app". Every path that writes (the database, exports, backups) and the
 * IPC and CLI boundaries pass failures through here, so one table decides the wording.
 */

interface Meaning {
  code: AppErrorCode;
  says: (subject: string) => string;
}

const NOTHING_LOST = 'Nothing was changed: what was saved before is kept.';

const DISK_FULL: Meaning = {
  code: 'disk-full',
  says: (subject) =>
    `The disk is full, so ${subject} could not be saved. ${NOTHING_LOST} Free some space and try again.`,
};
const NO_PERMISSION: Meaning = {
  code: 'io-failed',
  says: (subject) =>
    `${capital(subject)} could not be written: the system refused permission (or the disk is read-only). ${NOTHING_LOST}`,
};
const DISK_ERROR: Meaning = {
  code: 'io-failed',
  says: (subject) =>
    `The disk reported an error while writing ${subject}. ${NOTHING_LOST} Check the disk (or the USB stick) and try again.`,
};
const BUSY: Meaning = {
  code: 'io-failed',
  says: () =>
    `The database is busy in another program (another copy of Résumé Tailor, a backup tool). ${NOTHING_LOST} Try again in a moment.`,
};

const BY_ERRNO: Record<string, Meaning> = {
  ENOSPC: DISK_FULL,
  EDQUOT: DISK_FULL,
  EFBIG: {
    code: 'disk-full',
    says: (subject) => `${capital(subject)} is larger than this disk or folder accepts. ${NOTHING_LOST}`,
  },
  EACCES: NO_PERMISSION,
  EPERM: NO_PERMISSION,
  EROFS: NO_PERMISSION,
  EIO: DISK_ERROR,
  ENOENT: {
    code: 'io-failed',
    says: (subject) =>
      `The folder for ${subject} does not exist (was it removed, or a drive unplugged?). ${NOTHING_LOST}`,
  },
  ENOTDIR: {
    code: 'io-failed',
    says: (subject) => `A part of the path for ${subject} is a file, not a folder. ${NOTHING_LOST}`,
  },
  EISDIR: {
    code: 'io-failed',
    says: (subject) => `There is a folder where ${subject} should be a file. ${NOTHING_LOST}`,
  },
  ENAMETOOLONG: {
    code: 'io-failed',
    says: (subject) =>
      `The path for ${subject} is longer than the system allows; choose a shorter name or folder.`,
  },
  EMFILE: {
    code: 'io-failed',
    says: () => `The system has too many files open. ${NOTHING_LOST} Close some programs and try again.`,
  },
  ENFILE: {
    code: 'io-failed',
    says: () => `The system has too many files open. ${NOTHING_LOST} Close some programs and try again.`,
  },
};

/** SQLite's primary result codes (extended codes such as SQLITE_IOERR_WRITE share their prefix). */
const BY_SQLITE: [prefix: string, meaning: Meaning][] = [
  ['SQLITE_FULL', DISK_FULL],
  ['SQLITE_READONLY', NO_PERMISSION],
  ['SQLITE_CANTOPEN', NO_PERMISSION],
  ['SQLITE_PERM', NO_PERMISSION],
  ['SQLITE_IOERR', DISK_ERROR],
  ['SQLITE_BUSY', BUSY],
  ['SQLITE_LOCKED', BUSY],
  [
    'SQLITE_CORRUPT',
    {
      code: 'database-damaged',
      says: () =>
        'The database file is damaged. Restart Résumé Tailor: it sets the damaged file aside and opens a fresh one.',
    },
  ],
];

/**
 * The AppError for a failure of the OS or SQLite, or the error unchanged when it is neither (an AppError,
 * a programming error). `subject` names what was being saved or read: "the PDF /home/ana/cv.pdf",
 * "your change".
 */
export function fromSystemError(error: unknown, subject = 'your change'): unknown {
  if (error instanceof AppError || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  const meaning = code.startsWith('SQLITE_')
    ? BY_SQLITE.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1]
    : Object.hasOwn(BY_ERRNO, code)
      ? BY_ERRNO[code]
      : undefined;
  if (meaning === undefined) return error;
  const path = (error as NodeJS.ErrnoException).path;
  return new AppError(meaning.code, meaning.says(subject), {
    cause: code,
    ...(path === undefined ? {} : { path }),
  });
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
