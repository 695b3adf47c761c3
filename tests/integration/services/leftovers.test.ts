import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_BACKUPS_KEPT } from '../../../src/main/services/backend';
import { openBackendAt, tempDirFor, withBackend } from '../backend-fixture';
import { importReplacing } from './reviewed-import';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

const demoText = readFileSync(join(process.cwd(), 'resources', 'demo', 'demo-resume.json'), 'utf8');
const anHourAgo = () => new Date(Date.now() - 60 * 60 * 1000);

describe('what a crash or many imports leave behind', () => {
  it('removes half-made backups at start and keeps the finished ones', () => {
    const dataDir = tempDirFor('rt-leftover-', cleanups);
    openBackendAt(dataDir, []).close();
    const finished = join(dataDir, 'resume-tailor.sqlite.before-import-20260101-000000');
    const partial = join(dataDir, 'resume-tailor.sqlite.before-import-20260101-000001.0123456789ab.partial');
    writeFileSync(finished, 'a finished backup');
    writeFileSync(partial, Buffer.alloc(64 * 1024));

    openBackendAt(dataDir, cleanups);
    expect(existsSync(partial)).toBe(false);
    expect(readFileSync(finished, 'utf8')).toBe('a finished backup');
  });

  it(`keeps the newest ${IMPORT_BACKUPS_KEPT} backups taken before imports`, async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const made: string[] = [];
    for (let n = 0; n < IMPORT_BACKUPS_KEPT + 2; n += 1) {
      made.push((await importReplacing(ctx.backend.handlers, demoText)).backupPath);
    }
    const left = readdirSync(ctx.dataDir)
      .filter((name) => name.includes('.before-import-'))
      .map((name) => join(ctx.dataDir, name))
      .sort();
    expect(left).toEqual(made.slice(-IMPORT_BACKUPS_KEPT).sort());
  });

  it('removes temporary files an interrupted export left in the folder, and only those', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    mkdirSync(ctx.exportDir, { recursive: true });
    const stale = join(ctx.exportDir, '.Alex Morgan - Acme.pdf.0123456789ab.tmp');
    const inProgress = join(ctx.exportDir, '.Other.pdf.ba9876543210.tmp');
    const usersOwn = join(ctx.exportDir, '.notes.tmp');
    for (const file of [stale, inProgress, usersOwn]) writeFileSync(file, 'x');
    for (const file of [stale, usersOwn]) utimesSync(file, anHourAgo(), anHourAgo());

    const [job] = await ctx.backend.handlers.listJobs(undefined);
    const result = await ctx.backend.handlers.exportJobResume({ jobId: job!.id, onMissingGlyph: 'replace' });
    expect(result.status).toBe('saved');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(inProgress)).toBe(true);
    expect(existsSync(usersOwn)).toBe(true);
  });
});
