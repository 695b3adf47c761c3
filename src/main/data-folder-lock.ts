import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../core/errors/app-error';

/**
 * One writer per data folder. Two processes on one database (browser mode beside the desktop app, two
 * `npm run web`) failed 245 of 400 parallel writes with "database is locked" (a deferred transaction that
 * meets SQLITE_BUSY_SNAPSHOT does not wait for busy_timeout), and neither saw the other's changes in its
 * caches. So whoever opens the folder for writing holds `resume-tailor.lock`, holding its pid; a second
 * writer is refused with a message naming the folder and the holder. The CLI only reads, and takes no lock.
 */
export const LOCK_FILE = 'resume-tailor.lock';

interface LockOwner {
  pid: number;
  host: string;
  /** The process's start time as the kernel counts it (Linux), so a reused pid is not taken for the owner. */
  started: string | null;
  mode: string;
  since: string;
  /** Random per lock: release removes the file only while it is still this one. */
  token: string;
}

export interface DataFolderLock {
  release(): void;
}

/** Hooks for tests; the defaults ask the operating system. */
export interface LockProbes {
  pid: number;
  isAlive: (pid: number) => boolean;
  startTime: (pid: number) => string | null;
}

const systemProbes: LockProbes = { pid: process.pid, isAlive: processAlive, startTime: processStartTime };

/**
 * Takes the data folder's lock for this process, or throws AppError 'data-folder-in-use' naming the
 * folder and the process holding it. A lock left by a process that is gone (killed, power cut) is stale
 * and taken over. `mode` says what holds it ("desktop", "browser") in the message another instance shows.
 */
export function lockDataFolder(
  dataDir: string,
  mode: string,
  probes: LockProbes = systemProbes,
): DataFolderLock {
  const file = join(dataDir, LOCK_FILE);
  const mine: LockOwner = {
    pid: probes.pid,
    host: hostname(),
    started: probes.startTime(probes.pid),
    mode,
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  const text = JSON.stringify(mine);
  // Written whole under a private name, then linked into place: the link fails if a lock exists, so
  // the lock file is never seen half written and two starters cannot both succeed.
  const draft = `${file}.${mine.token}.new`;
  writeFileSync(draft, text, { flag: 'wx' });
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (tryLink(draft, file)) return { release: () => releaseIfMine(file, text) };
      const holder = readOwner(file);
      if (holder === 'gone') continue;
      if (holder !== 'unreadable' && isHeld(holder, probes)) throw inUse(dataDir, holder);
      removeStale(file, holder);
    }
    throw new AppError(
      'data-folder-in-use',
      `The data folder ${dataDir} could not be locked: other copies of Résumé Tailor keep starting on it.`,
      { dataDir },
    );
  } finally {
    rmSync(draft, { force: true });
  }
}

function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // File systems without hard links (FAT, some network shares): an exclusive create refuses a taken name too.
    try {
      writeFileSync(to, readFileSync(from), { flag: 'wx' });
      return true;
    } catch (createError) {
      if ((createError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw createError;
    }
  }
}

function readOwner(file: string): LockOwner | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string'
      ? (owner as LockOwner)
      : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function isHeld(owner: LockOwner, probes: LockProbes): boolean {
  // A lock from another machine (a synced or network folder) cannot be checked from here: assume held.
  if (owner.host !== hostname()) return true;
  if (!probes.isAlive(owner.pid)) return false;
  const started = probes.startTime(owner.pid);
  return owner.started === null || started === null || started === owner.started;
}

/**
 * Moves the stale lock aside before deleting it, and deletes it only if it is still the one judged
 * stale: a starter that took it over meanwhile keeps its fresh lock (it is put back).
 */
function removeStale(file: string, judged: LockOwner | 'unreadable'): void {
  const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  const same =
    judged === 'unreadable'
      ? moved === 'unreadable'
      : moved !== 'gone' && moved !== 'unreadable' && moved.token === judged.token;
  if (!same) tryLink(aside, file);
  unlinkSync(aside);
}

function releaseIfMine(file: string, text: string): void {
  try {
    if (readFileSync(file, 'utf8') === text) unlinkSync(file);
  } catch {
    // Already gone (the folder was removed): nothing to release.
  }
}

function inUse(dataDir: string, owner: LockOwner): AppError {
  const here = owner.host === hostname();
  const where = here ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
  // Another machine's process cannot be checked from here: the person is the one who can tell.
  const unsure = here
    ? ''
    : ` If no copy runs on ${owner.host} (or this computer was renamed), delete ${join(dataDir, LOCK_FILE)}.`;
  return new AppError(
    'data-folder-in-use',
    `The data folder ${dataDir} is already open in another copy of Résumé Tailor (${owner.mode}, ${where}, ` +
      `since ${owner.since}). Close that one first, or give this one another folder with RESUME_TAILOR_DATA_DIR. ` +
      `Two copies writing one database lose each other’s changes.${unsure}`,
    { dataDir, pid: owner.pid, host: owner.host, mode: owner.mode },
  );
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists under another user. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); null where there is no /proc. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
