import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { LOCK_FILE } from '../../../src/main/data-folder-lock';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { openBackendAt, tempDirFor } from '../backend-fixture';
import { bundleChild } from '../db/child-bundle';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

// The bundle outlives every test of the file: its folder has cleanups of its own.
const bundleCleanups: (() => void)[] = [];
let holder = '';
beforeAll(async () => {
  const dir = tempDirFor('rt-lock-bundle-', bundleCleanups);
  holder = await bundleChild(new URL('./lock-holder.ts', import.meta.url), join(dir, 'lock-holder.mjs'));
}, 60_000);
afterAll(() => bundleCleanups.forEach((cleanup) => cleanup()));

function refusal(open: () => unknown): AppError {
  try {
    open();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the second copy opened the data folder');
}

/** Starts the app in another process on `dataDir` and resolves once it holds the folder. */
function startOtherCopy(dataDir: string): Promise<ChildProcessWithoutNullStreams> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [holder, dataDir], { cwd: process.cwd() });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the other copy ended (${String(code)}): ${stderr}`)));
    cleanups.push(() => child.kill('SIGKILL'));
  });
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('one writer per data folder', () => {
  it('refuses a second copy on the same folder, naming the folder and the other process', async () => {
    const dataDir = tempDirFor('rt-lock-', cleanups);
    const other = await startOtherCopy(dataDir);

    const error = refusal(() => openBackendAt(dataDir, cleanups));
    expect(error.code).toBe('data-folder-in-use');
    expect(error.message).toContain(dataDir);
    expect(error.message).toContain(`process ${other.pid}`);
    expect(error.message).toContain('browser');

    // The first copy is untouched and the folder opens once it has closed.
    other.stdin.end();
    await exited(other);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const backend = openBackendAt(dataDir, cleanups);
    const listed = await dispatch(backend.handlers, 'listJobs', undefined);
    expect(listed.ok).toBe(true);
  }, 60_000);

  it('takes over the lock of a copy that was killed', async () => {
    const dataDir = tempDirFor('rt-lock-', cleanups);
    const other = await startOtherCopy(dataDir);
    other.kill('SIGKILL');
    await exited(other);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const backend = openBackendAt(dataDir, cleanups);
    const created = await dispatch(backend.handlers, 'createJob', { text: 'Nurse\nWe need IV therapy.' });
    expect(created.ok).toBe(true);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
  }, 60_000);

  it('does not mistake a new process that got the old pid for the owner', () => {
    const dataDir = tempDirFor('rt-lock-', cleanups);
    // A lock left before a restart: the pid is alive again (it is ours), but started at another time.
    const lock = {
      pid: process.pid,
      host: hostname(),
      started: '1',
      mode: 'desktop',
      since: '',
      token: 'old',
    };
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify(lock));
    openBackendAt(dataDir, cleanups);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).not.toMatchObject({ token: 'old' });
  });

  it('keeps a lock from another computer (a synced folder), saying how to free it', () => {
    const dataDir = tempDirFor('rt-lock-', cleanups);
    const lock = { pid: 1, host: 'laptop-at-home', started: null, mode: 'desktop', since: '', token: 'far' };
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify(lock));
    const error = refusal(() => openBackendAt(dataDir, cleanups));
    expect(error.code).toBe('data-folder-in-use');
    expect(error.message).toContain('process 1 on laptop-at-home');
    expect(error.message).toContain(`delete ${join(dataDir, LOCK_FILE)}`);
  });

  it('refuses a second backend in the same process, and a damaged lock file is taken over', () => {
    const dataDir = tempDirFor('rt-lock-', cleanups);
    writeFileSync(join(dataDir, LOCK_FILE), '{"pid": 12');
    openBackendAt(dataDir, cleanups);
    expect(refusal(() => openBackendAt(dataDir, cleanups)).code).toBe('data-folder-in-use');
  });
});
