import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackendAt, tempDirFor } from '../backend-fixture';
import { dispatch } from '../../../src/main/ipc/dispatch';

const POSTING = [
  'Room Attendant',
  '',
  'Requirements',
  '- Experience in housekeeping and laundry',
  '- Knowledge of Microsoft Excel',
  '',
  'Guests can enjoy our Spa and pool.',
].join('\n');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

const openBackend = (dataDir: string) => openBackendAt(dataDir, cleanups);

const tempDir = () => tempDirFor('rt-corr-', cleanups);

const allSkills = (view: { analysis: { required: { skill: string }[]; preferred: { skill: string }[] } }) =>
  [...view.analysis.required, ...view.analysis.preferred].map((hit) => hit.skill);

describe('correcting what the app read from a posting', () => {
  it('keeps the title, company and location the user typed, trimmed, across a restart', async () => {
    const dataDir = tempDir();
    let { handlers } = openBackend(dataDir);
    const { job } = await handlers.createJob({ text: POSTING });
    const updated = await handlers.updateJob({
      id: job.id,
      title: '  Room   Attendant (nights) ',
      company: 'Hotel Lumière',
      location: 'Nantes',
    });
    expect([updated.title, updated.company, updated.location]).toEqual([
      'Room Attendant (nights)',
      'Hotel Lumière',
      'Nantes',
    ]);
    cleanups.pop()?.();
    ({ handlers } = openBackend(dataDir));
    const listed = (await handlers.listJobs({})).find((row) => row.id === job.id);
    expect(listed?.company).toBe('Hotel Lumière');
    // Search finds the corrected company (the full-text index follows the edit).
    expect((await handlers.listJobs({ query: 'Lumière' })).map((row) => row.id)).toEqual([job.id]);
  });

  it('re-analyses an edited posting at once and keeps the corrected title', async () => {
    const { handlers } = openBackend(tempDir());
    const { job } = await handlers.createJob({ text: POSTING });
    await handlers.updateJob({ id: job.id, title: 'Room Attendant' });
    const edited = await handlers.updateJobText({
      id: job.id,
      text: POSTING.replace('Microsoft Excel', 'SAP'),
    });
    expect(allSkills(edited)).toContain('SAP');
    expect(allSkills(edited)).not.toContain('Microsoft Excel');
    expect(edited.job.title).toBe('Room Attendant');
    // The next open reads the stored text, not a cached analysis of the old one.
    expect(allSkills(await handlers.getJob({ id: job.id }))).toContain('SAP');
    const score = (await handlers.getTailoring({ jobId: job.id })).score;
    expect([...score.required.missing, ...score.required.covered]).toContain('SAP');
  });

  it('refuses an empty posting text with a message and keeps the old one', async () => {
    const { handlers } = openBackend(tempDir());
    const { job } = await handlers.createJob({ text: POSTING });
    const reply = await dispatch(handlers, 'updateJobText', { id: job.id, text: '   ' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await handlers.getJob({ id: job.id })).job.text).toBe(job.text);
  });

  it('"not a skill" drops a skill everywhere at once, and undoing brings it back', async () => {
    const dataDir = tempDir();
    const { handlers } = openBackend(dataDir);
    const { job } = await handlers.createJob({ text: POSTING });
    // Whatever the dictionary reads besides Excel is what this user says is no skill of theirs.
    const marked = allSkills(await handlers.getJob({ id: job.id })).find((s) => s !== 'Microsoft Excel');
    expect(marked, 'the dictionary reads a second skill in this posting').toBeDefined();

    expect(await handlers.markNotSkill({ name: marked as string })).toEqual([marked]);
    const after = await handlers.getJob({ id: job.id });
    expect(allSkills(after)).not.toContain(marked);
    expect(after.analysis.highlights.some((h) => h.skill === marked)).toBe(false);
    expect(allSkills(after)).toContain('Microsoft Excel');

    // The CLI reads the same data folder and honours the mark.
    const file = join(dataDir, 'posting.txt');
    writeFileSync(file, POSTING);
    const cli = spawnSync(process.execPath, ['out/node/cli.mjs', 'keywords', file], {
      encoding: 'utf8',
      env: { ...process.env, RESUME_TAILOR_DATA_DIR: dataDir },
    });
    expect(cli.status, cli.stderr).toBe(0);
    const cliSkills = JSON.parse(cli.stdout) as {
      required: { skill: string }[];
      preferred: { skill: string }[];
    };
    expect([...cliSkills.required, ...cliSkills.preferred].map((h) => h.skill)).not.toContain(marked);

    expect(await handlers.unmarkNotSkill({ name: marked as string })).toEqual([]);
    expect(allSkills(await handlers.getJob({ id: job.id }))).toContain(marked);
  });

  it('refuses to mark a word the app does not read as a skill', async () => {
    const { handlers } = openBackend(tempDir());
    const reply = await dispatch(handlers, 'markNotSkill', { name: 'zzqx-not-a-term' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await handlers.listNotSkills(undefined)).toEqual([]);
  });
});
