import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/services/backend';
import { exportFolderDialog } from '../../../src/web/export-folder-dialog';
import { withBackend } from '../backend-fixture';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the whole loop on the real services', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()?.();
  });

  it('seeds a believable demo résumé and the sample posting on first run', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const resume = await handlers.getResume(undefined);
    const entries = resume.sections.flatMap((s) => s.entries);
    const bullets = entries.flatMap((e) => e.bullets);
    expect(resume.profile.name).not.toBe('');
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(bullets.length).toBeGreaterThanOrEqual(20);

    const jobs = await handlers.listJobs(undefined);
    expect(jobs).toHaveLength(1);
    const { analysis } = await handlers.getJob({ id: jobs[0]!.id });
    const required = analysis.required.map((h) => h.skill);
    expect(required).toEqual(expect.arrayContaining(['HAProxy', 'HAProxy', 'Cassandra']));
  });

  it('keeps per-job toggles across a restart, and the score moves with them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rt-restart-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const open = () =>
      createBackend({
        dataDir,
        resourcesDir: join(process.cwd(), 'resources'),
        saveDialog: exportFolderDialog(join(dataDir, 'exports')),
        mode: 'browser',
      });

    const first = open();
    const [job] = await first.handlers.listJobs(undefined);
    const resume = await first.handlers.getResume(undefined);
    const before = await first.handlers.getTailoring({ jobId: job!.id });
    const haproxyBullets = Object.entries(before.bulletMatches)
      .filter(([, matches]) => matches.some((m) => m.skill === 'HAProxy'))
      .map(([id]) => Number(id));
    expect(haproxyBullets.length).toBeGreaterThan(0);
    expect(before.score.required.covered).toContain('HAProxy');
    // The skills section lists HAProxy too: turn it off as well, so only bullets could cover it.
    const skills = resume.sections.filter((s) => s.kind === 'skills');
    for (const s of skills)
      await first.handlers.setIncluded({
        jobId: job!.id,
        steps: [{ kind: 'section', id: s.id, included: false }],
      });
    let after = before;
    for (const id of haproxyBullets) {
      after = await first.handlers.setIncluded({
        jobId: job!.id,
        steps: [{ kind: 'bullet', id, included: false }],
      });
    }
    expect(after.score.required.missing).toContain('HAProxy');
    expect(after.score.percent).toBeLessThan(before.score.percent);
    expect(after.score.gapBullets['HAProxy']).toEqual(expect.arrayContaining(haproxyBullets));
    first.close();

    const second = open();
    const reopened = await second.handlers.getTailoring({ jobId: job!.id });
    expect(reopened.excluded.bullets).toEqual(expect.arrayContaining(haproxyBullets));
    expect(reopened.score).toEqual(after.score);
    expect(await second.handlers.listJobs(undefined)).toHaveLength(1); // not seeded twice
    second.close();
  });

  it('exports the selected bullets only, atomically, and records the export', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const resume = await handlers.getResume(undefined);
    const experience = resume.sections.find((s) => s.kind === 'experience')!;
    const off = experience.entries[0]!.bullets[0]!;
    await handlers.setIncluded({ jobId: job!.id, steps: [{ kind: 'bullet', id: off.id, included: false }] });

    const result = await handlers.exportJobResume({ jobId: job!.id });
    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    expect(existsSync(result.path)).toBe(true);
    expect(readdirSync(ctx.exportDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(result.path).toContain(resume.profile.name);

    const text = squash(execFileSync('pdftotext', [result.path, '-'], { encoding: 'utf8' }));
    const kept = experience.entries.flatMap((e) => e.bullets).filter((b) => b.id !== off.id);
    let cursor = 0;
    for (const bullet of kept) {
      const at = text.indexOf(squash(bullet.text), cursor);
      expect(at, bullet.text).toBeGreaterThanOrEqual(0);
      cursor = at;
    }
    expect(text).not.toContain(squash(off.text));

    const records = await handlers.listExports({ jobId: job!.id });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ path: result.path, jobId: job!.id });
    expect(records[0]!.bulletIds).not.toContain(off.id);
    expect(records[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
