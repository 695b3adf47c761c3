import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Resume } from '../../../src/core/resume/resume';
import { withBackend } from '../backend-fixture';
import { importReplacing, previewReplacement } from './reviewed-import';

const demoText = readFileSync(join(process.cwd(), 'resources', 'demo', 'demo-resume.json'), 'utf8');
const demo = JSON.parse(demoText) as { work: { highlights: string[] }[] };
const [changed, kept, reworded] = demo.work[0]!.highlights as [string, string, string];
const editedText = JSON.stringify({
  ...demo,
  work: [
    { ...demo.work[0], highlights: ['A brand-new first highlight.', kept, reworded] },
    ...demo.work.slice(1),
  ],
});

const bulletId = (resume: Resume, text: string): number => {
  const found = resume.sections
    .flatMap((s) => s.entries.flatMap((e) => e.bullets))
    .filter((b) => b.text === text);
  expect(found).toHaveLength(1);
  return found[0]!.id;
};

describe('importing a JSON Resume over a tailored one', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()?.();
  });

  it('names the jobs that lose choices, backs up first, and keeps choices on unchanged items', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const jobId = job!.id;
    const before = await handlers.getResume(undefined);
    await handlers.setIncluded({
      jobId,
      steps: [
        { kind: 'bullet', id: bulletId(before, changed), included: false },
        { kind: 'bullet', id: bulletId(before, kept), included: false },
      ],
    });
    await handlers.setBulletText({
      jobId,
      bulletId: bulletId(before, reworded),
      choice: { text: 'Worded for this job.' },
    });

    expect((await previewReplacement(handlers, demoText)).view).toMatchObject({
      jobsLosingChoices: 0,
      bulletsLosingVariants: 0,
      backupFolder: ctx.dataDir,
    });
    expect((await previewReplacement(handlers, editedText)).view.jobsLosingChoices).toBe(1);

    const result = await importReplacing(handlers, editedText);
    expect(result.jobsLosingChoices).toBe(1);
    expect(result.backupPath.startsWith(join(ctx.dataDir, 'resume-tailor.sqlite.before-import-'))).toBe(true);
    const backup = new Database(result.backupPath, { readonly: true });
    expect(backup.prepare('SELECT COUNT(*) AS n FROM bullets WHERE text = ?').get(changed)).toEqual({ n: 1 });
    expect(backup.prepare('SELECT COUNT(*) AS n FROM job_exclusions').get()).toEqual({ n: 2 });
    backup.close();

    const tailoring = await handlers.getTailoring({ jobId });
    expect(tailoring.excluded.bullets).toEqual([bulletId(before, kept)]);
    expect(bulletId(result.resume, kept)).toBe(bulletId(before, kept));
    expect(bulletId(tailoring.resume, 'Worded for this job.')).toBe(bulletId(before, reworded));
    expect(() => bulletId(result.resume, changed)).toThrow();
    expect(tailoring.excluded.bullets).not.toContain(bulletId(result.resume, 'A brand-new first highlight.'));
    // Same order as the file.
    expect(result.resume.sections[0]!.entries[0]!.bullets.map((b) => b.text).slice(-3)).toEqual([
      'A brand-new first highlight.',
      kept,
      reworded,
    ]);
  });

  it('counts the bullets whose other wordings the import drops, not those it keeps', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const before = await handlers.getResume(undefined);
    // Wordings on the bullet the file changes and on one it keeps; another entry's bullet is dropped.
    await handlers.addVariant({ bulletId: bulletId(before, changed), text: 'Another wording.' });
    await handlers.addVariant({ bulletId: bulletId(before, changed), text: 'A third wording.' });
    await handlers.addVariant({ bulletId: bulletId(before, kept), text: 'Kept wording.' });
    const unchangedPreview = (await previewReplacement(handlers, demoText)).view;
    expect(unchangedPreview.bulletsLosingVariants).toBe(0);
    expect((await previewReplacement(handlers, editedText)).view.bulletsLosingVariants).toBe(1);

    const otherEntry = demo.work[1]!.highlights[0]!;
    await handlers.addVariant({ bulletId: bulletId(before, otherEntry), text: 'Other entry wording.' });
    const withoutSecondJob = JSON.stringify({
      ...JSON.parse(editedText),
      work: [JSON.parse(editedText).work[0]],
    });
    expect((await previewReplacement(handlers, withoutSecondJob)).view.bulletsLosingVariants).toBe(2);

    // What the preview counted is what the import removes.
    const after = (await importReplacing(handlers, editedText)).resume;
    const withVariants = after.sections
      .flatMap((s) => s.entries.flatMap((e) => e.bullets))
      .filter((b) => b.variants.length > 0);
    expect(withVariants.map((b) => b.text).sort()).toEqual([kept, otherEntry].sort());
  });

  it('never overwrites an earlier backup and leaves no temporary file', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const first = await importReplacing(handlers, editedText);
    const firstBytes = readFileSync(first.backupPath);
    const second = await importReplacing(handlers, demoText);
    expect(second.backupPath).not.toBe(first.backupPath);
    expect(readFileSync(first.backupPath).equals(firstBytes)).toBe(true);
    expect(existsSync(second.backupPath)).toBe(true);
    expect(readdirSync(ctx.dataDir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('takes no backup of a file it refuses', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    await expect(importReplacing(ctx.backend.handlers, '{"basics": 3}')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(readdirSync(ctx.dataDir).filter((f) => f.includes('before-import'))).toEqual([]);
  });
});
