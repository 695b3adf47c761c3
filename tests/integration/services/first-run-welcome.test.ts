import { afterEach, describe, expect, it } from 'vitest';
import { openBackendAt, tempDirFor } from '../backend-fixture';

describe('the first-run welcome and the demo data', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()?.();
  });

  it('is due once, names the demo résumé and job, and survives a restart until dismissed', async () => {
    const dataDir = tempDirFor('rt-first-', cleanups);
    const first = await openBackendAt(dataDir, cleanups).handlers.getFirstRun(undefined);
    expect(first.welcomeDue).toBe(true);
    expect(first.demo.resume).toMatchObject({ name: 'Amélie Laurent' });
    expect(first.demo.resume!.bullets).toBeGreaterThan(10);
    expect(first.demo.job?.title).toBeTruthy();
    cleanups.pop()?.(); // close, then open again: the same folder, a restart

    const again = openBackendAt(dataDir, cleanups).handlers;
    expect(await again.getFirstRun(undefined)).toEqual(first);
    const dismissed = await again.dismissWelcome(undefined);
    expect(dismissed.welcomeDue).toBe(false);
    expect(dismissed.demo).toEqual(first.demo);
    expect((await again.getFirstRun(undefined)).welcomeDue).toBe(false);
  });

  it('removes the demo résumé and the demo job in one call, and keeps the jobs the user saved', async () => {
    const { handlers } = openBackendAt(tempDirFor('rt-first-', cleanups), cleanups);
    const { demo } = await handlers.getFirstRun(undefined);
    const mine = await handlers.createJob({
      text: 'Barista\nCafé Lune\n\nRequirements\n- Latte art\n- Espresso',
    });

    const after = await handlers.removeDemo(undefined);
    expect(after.demo).toEqual({ resume: null, job: null });
    const resume = await handlers.getResume(undefined);
    expect(resume.sections).toEqual([]);
    expect(resume.profile.name).toBe('');
    const jobs = await handlers.listJobs(undefined);
    expect(jobs.map((j) => j.id)).toEqual([mine.job.id]);
    expect(jobs.map((j) => j.id)).not.toContain(demo.job!.id);
    // Nothing left to remove: a second call changes nothing.
    expect((await handlers.removeDemo(undefined)).demo).toEqual({ resume: null, job: null });
    expect((await handlers.listJobs(undefined)).length).toBe(1);
  });

  it('stops calling the résumé a demo once it carries another name, and never deletes it then', async () => {
    const { handlers } = openBackendAt(tempDirFor('rt-first-', cleanups), cleanups);
    const resume = await handlers.getResume(undefined);
    await handlers.updateProfile({ ...resume.profile, name: 'Sam Okafor', version: resume.versions.profile });
    const status = await handlers.getFirstRun(undefined);
    expect(status.demo.resume).toBeNull();
    await handlers.removeDemo(undefined);
    const kept = await handlers.getResume(undefined);
    expect(kept.profile.name).toBe('Sam Okafor');
    expect(kept.sections.length).toBe(resume.sections.length);
  });
});
