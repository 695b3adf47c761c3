import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { writeFileAtomic } from '../../../src/main/adapters/atomic-write';
import { openDatabase } from '../../../src/main/db/connection';
import { createRepositories } from '../../../src/main/db/repositories';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { createJobsService } from '../../../src/main/services/jobs-service';
import { fromSystemError } from '../../../src/main/system-errors';
import type { Handlers } from '../../../src/shared/contract';
import { appMatcher } from '../../unit/keywords/app-dictionary';
import { openBackendAt, tempDirFor } from '../backend-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** No raw driver or OS wording reaches the person. */
const plain = (message: string) =>
  expect(message).not.toMatch(/SQLITE_|ENOSPC|EFBIG|ENOENT|EISDIR|ENOTDIR|inside the app/);

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('a full disk', () => {
  it('refuses a database write with "disk-full" in plain words, keeps what was saved, then recovers', async () => {
    const dir = tempDirFor('rt-full-', cleanups);
    const { db } = openDatabase(join(dir, 'app.sqlite'));
    cleanups.push(() => db.close());
    const jobs = createJobsService(createRepositories(db), () => appMatcher);
    const handlers = { createJob: jobs.createJob, listJobs: jobs.listJobs } as unknown as Handlers;
    expect((await dispatch(handlers, 'createJob', { text: 'Staff nurse\nIV therapy and triage.' })).ok).toBe(
      true,
    );

    // SQLite's own ceiling on the file's size: the next write meets SQLITE_FULL as on a full disk.
    db.pragma(`max_page_count = ${String(db.pragma('page_count', { simple: true }))}`);
    const full = await dispatch(handlers, 'createJob', {
      text: `Driver\n${'Class C licence. '.repeat(20_000)}`,
    });
    expect(full.ok).toBe(false);
    if (full.ok) return;
    expect(full.error.code).toBe('disk-full');
    expect(full.error.message).toMatch(/disk is full.*Nothing was changed/);
    plain(full.error.message);

    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const listed = await dispatch(handlers, 'listJobs', undefined);
    expect(listed.ok && (listed.value as { title: string }[]).map((job) => job.title)).toEqual([
      'Staff nurse',
    ]);
    db.pragma('max_page_count = 1073741823');
    expect((await dispatch(handlers, 'createJob', { text: 'Driver\nClass C licence.' })).ok).toBe(true);
  });

  it('names the file and says the disk is full when the system says ENOSPC', () => {
    let raw: unknown;
    try {
      writeFileSync('/dev/full', 'x');
    } catch (error) {
      raw = error;
    }
    const error = fromSystemError(raw, 'the PDF /home/ana/cv.pdf') as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('disk-full');
    expect(error.message).toContain('the PDF /home/ana/cv.pdf');
    plain(error.message);
  });
});

describe('exports and data folders that cannot be written', () => {
  it('says the folder of an export does not exist, and leaves no temporary file', () => {
    const dir = tempDirFor('rt-nofolder-', cleanups);
    const error = thrown(() =>
      writeFileAtomic(join(dir, 'gone', 'cv.pdf'), new Uint8Array([1]), 'the PDF cv.pdf'),
    );
    expect(error.code).toBe('io-failed');
    expect(error.message).toMatch(/folder for the PDF cv\.pdf does not exist/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the CLI says so too, for a missing folder and for a file the system will not let grow', () => {
    const dir = tempDirFor('rt-cli-out-', cleanups);
    const args = [
      'export',
      '--resume',
      'resources/demo/demo-resume.json',
      '--job',
      'resources/demo/sample-posting.txt',
    ];
    const missing = spawnSync(
      process.execPath,
      ['out/node/cli.mjs', ...args, '--out', join(dir, 'no', 'cv.pdf')],
      {
        encoding: 'utf8',
        env: { ...process.env, RESUME_TAILOR_DATA_DIR: dir },
      },
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/The folder for the PDF .*cv\.pdf does not exist/);
    plain(missing.stderr);

    // A 4 KB file-size limit (ulimit -f): the write fails as it would on a full disk.
    const limited = spawnSync(
      'sh',
      [
        '-c',
        'ulimit -f 4 && exec "$0" "$@"',
        process.execPath,
        'out/node/cli.mjs',
        ...args,
        '--out',
        join(dir, 'cv.pdf'),
      ],
      { encoding: 'utf8', env: { ...process.env, RESUME_TAILOR_DATA_DIR: dir } },
    );
    expect(limited.status).toBe(1);
    expect(limited.stderr).toMatch(/larger than this disk or folder accepts/);
    plain(limited.stderr);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.endsWith('.pdf'))).toEqual([]);
  });

  it('a folder where the database should be, and a data folder under a file, are plain messages', () => {
    const dir = tempDirFor('rt-badfolder-', cleanups);
    mkdirSync(join(dir, 'resume-tailor.sqlite'));
    const folder = thrown(() => openBackendAt(dir, cleanups));
    expect(folder.code).toBe('io-failed');
    expect(folder.message).toMatch(/There is a folder where the database .* should be a file/);
    plain(folder.message);

    writeFileSync(join(dir, 'a-file'), '');
    const under = thrown(() => openBackendAt(join(dir, 'a-file', 'data'), cleanups));
    expect(under.code).toBe('io-failed');
    expect(under.message).toMatch(/is a file, not a folder/);
    plain(under.message);
    expect(existsSync(join(dir, 'resume-tailor.lock'))).toBe(false);
  });

  it('a missing database engine binary is an installation problem, not a disk error', () => {
    const dir = tempDirFor('rt-nobinding-', cleanups);
    const error = thrown(() =>
      openDatabase(join(dir, 'app.sqlite'), { nativeBinding: join(dir, 'addon.node') }),
    );
    expect(error.code).toBe('install-broken');
  });
});
