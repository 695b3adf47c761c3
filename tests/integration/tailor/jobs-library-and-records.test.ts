import Database from 'better-sqlite3';
import { readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFile } from '../../../src/main/data-dir';
import { withBackend } from '../backend-fixture';

const posting = (title: string, company: string, skills: string) =>
  `${title}\n${company}\nRemote\n\nRequirements:\n${skills
    .split(',')
    .map((s) => `- ${s.trim()}`)
    .join('\n')}\n`;

describe('the jobs library', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()?.();
  });

  it('finds "C++" and "node.js" literally, filters by status, and explains an unusable query', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [seeded] = await handlers.listJobs(undefined);
    const cpp = await handlers.createJob({
      text: posting('Game Engine Developer', 'Ubisoft', 'C++, OpenGL'),
    });
    const c = await handlers.createJob({ text: posting('Firmware Engineer', 'Bosch', 'C, embedded Linux') });
    const node = await handlers.createJob({
      text: posting('Backend Developer', 'Zalando', 'node.js, PostgreSQL'),
    });
    const plainNode = await handlers.createJob({
      text: posting('Network Engineer', 'Cisco', 'node configuration, js scripts'),
    });

    const ids = async (query: string) => (await handlers.listJobs({ query })).map((j) => j.id);
    // The seeded sample page mentions C++ too; plain "C" and "node" must not count.
    expect(await ids('C++')).toContain(cpp.job.id);
    expect(await ids('C++')).not.toContain(c.job.id);
    expect(await ids('node.js')).toEqual([node.job.id]);
    expect(await ids('NODE.JS zalando')).toEqual([node.job.id]);
    expect(await ids('firmware')).toEqual([c.job.id]);
    expect(await ids('firm')).toEqual([c.job.id]); // the last word is a prefix while typing
    expect(await ids('"node configuration"')).toEqual([plainNode.job.id]);
    expect(await ids('"configuration node"')).toEqual([]); // a quoted phrase keeps its word order
    expect(await ids('AND OR NEAR(')).toEqual([]); // operators are words, not syntax
    // A NUL ended FTS5's string early: an internal error instead of a search (issue 11).
    expect(await ids('firm\u0000ware')).toEqual([]);
    expect(await ids('zalando\u0000')).toEqual([node.job.id]);
    expect(await ids('"node\u0000configuration"')).toEqual([plainNode.job.id]);

    await expect(Promise.resolve().then(() => handlers.listJobs({ query: '++ --' }))).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('letter or digit'),
    });

    const applied = await handlers.updateJob({
      id: cpp.job.id,
      status: 'applied',
      notes: 'Sent via referral',
    });
    expect(applied).toMatchObject({ status: 'applied', notes: 'Sent via referral' });
    expect(applied.appliedAt).not.toBeNull();
    expect(applied.updatedAt >= applied.createdAt).toBe(true);
    const interview = await handlers.updateJob({ id: cpp.job.id, status: 'interview' });
    expect(interview.appliedAt).toBe(applied.appliedAt); // first application date kept
    expect((await handlers.listJobs({ status: 'interview' })).map((j) => j.id)).toEqual([cpp.job.id]);
    expect((await handlers.listJobs({ status: 'saved', query: 'engineer' })).map((j) => j.id).sort()).toEqual(
      [seeded!.id, c.job.id, plainNode.job.id].sort(),
    );
    // Notes are searchable too, and a status change re-sorts "recently updated".
    expect(await ids('referral')).toEqual([cpp.job.id]);
    expect((await handlers.listJobs({ sort: 'updated' }))[0]!.id).toBe(cpp.job.id);
    // No input still lists everything, newest first.
    expect((await handlers.listJobs(undefined)).map((j) => j.id)).toEqual([
      ...[plainNode, node, c, cpp].map((j) => j.job.id),
      seeded!.id,
    ]);
  });

  it('sorts by score with the same numbers the tailoring shows, and re-sorts when the choices change', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    // Skills the demo résumé shows only in bullets and its skills list (not in its summary).
    const strong = await handlers.createJob({
      text: posting('SRE', 'Acme', 'HAProxy, Cassandra, Kafka, Ansible'),
    });
    const weak = await handlers.createJob({
      text: posting('Data Scientist', 'Beta', 'R, SAS, Tableau, Terraform'),
    });
    const sorted = await handlers.listJobs({ sort: 'score' });
    const percents = sorted.map((j) => j.match!.percent);
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
    for (const job of sorted) {
      const t = await handlers.getTailoring({ jobId: job.id });
      expect(job.match).toMatchObject({ percent: t.score.percent, summary: t.summary });
    }
    expect(sorted.findIndex((j) => j.id === strong.job.id)).toBeLessThan(
      sorted.findIndex((j) => j.id === weak.job.id),
    );

    // Turn every section off for the strong job: its cached score must follow.
    const t = await handlers.getTailoring({ jobId: strong.job.id });
    for (const s of t.resume.sections) {
      await handlers.setIncluded({
        jobId: strong.job.id,
        steps: [{ kind: 'section', id: s.id, included: false }],
      });
    }
    const after = (await handlers.listJobs({ sort: 'score' })).find((j) => j.id === strong.job.id)!;
    expect(after.match!.percent).toBe((await handlers.getTailoring({ jobId: strong.job.id })).score.percent);
    expect(after.match!.percent).toBeLessThan(sorted.find((j) => j.id === strong.job.id)!.match!.percent);
    // And when the résumé itself changes.
    const bullet = t.resume.sections[0]!.entries[0]!.bullets[0]!;
    await handlers.setIncluded({
      jobId: strong.job.id,
      steps: [{ kind: 'section', id: t.resume.sections[0]!.id, included: true }],
    });
    await handlers.updateBullet({
      id: bullet.id,
      text: 'Kubernetes, AWS, Linux and Terraform every day.',
      version: (await handlers.getResume(undefined)).versions.bullets[bullet.id]!,
    });
    const edited = (await handlers.listJobs({ sort: 'score' })).find((j) => j.id === strong.job.id)!;
    expect(edited.match!.percent).toBe((await handlers.getTailoring({ jobId: strong.job.id })).score.percent);
    expect(edited.match!.percent).toBeGreaterThan(after.match!.percent);
  });

  it('names the skills most asked for that the résumé does not show, with the jobs asking', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const a = await handlers.createJob({ text: posting('Data Engineer', 'A', 'Snowflake, dbt, Terraform') });
    const b = await handlers.createJob({ text: posting('Analytics Engineer', 'B', 'Snowflake, Looker') });
    const gaps = await handlers.skillGaps(undefined);
    const snowflake = gaps.find((g) => g.skill === 'Snowflake');
    expect(snowflake).toMatchObject({ count: 2 });
    expect(snowflake!.jobs.map((j) => j.id).sort()).toEqual([a.job.id, b.job.id].sort());
    expect(gaps.map((g) => g.skill)).not.toContain('Terraform'); // the demo résumé shows it
    expect(gaps.indexOf(snowflake!)).toBeLessThanOrEqual(
      gaps.findIndex((g) => g.count === 1 && g.requiredCount <= 2),
    );

    // Writing it as a variant of a bullet closes the gap: the résumé now has words for it.
    const bullet = (await handlers.getResume(undefined)).sections[0]!.entries[0]!.bullets[0]!;
    await handlers.addVariant({ bulletId: bullet.id, text: 'Loaded 2 TB a day into Snowflake.' });
    expect((await handlers.skillGaps(undefined)).map((g) => g.skill)).not.toContain('Snowflake');
  });
});

describe('what was sent', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()?.();
  });

  it('keeps each export with its exact bytes and writes the same bytes again', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const first = await handlers.exportJobResume({ jobId: job!.id });
    if (first.status !== 'saved') throw new Error('export canceled');
    const original = readFileSync(first.path);

    // Change today's tailoring after sending.
    const resume = await handlers.getResume(undefined);
    const sentBullet = resume.sections[0]!.entries[0]!.bullets[0]!;
    await handlers.setIncluded({
      jobId: job!.id,
      steps: [{ kind: 'bullet', id: sentBullet.id, included: false }],
    });
    await handlers.updateBullet({
      id: resume.sections[0]!.entries[0]!.bullets[1]!.id,
      text: 'Reworded after sending.',
      version: resume.versions.bullets[resume.sections[0]!.entries[0]!.bullets[1]!.id]!,
    });

    const view = await handlers.getExport({ exportId: first.exportId });
    expect(view.record).toMatchObject({
      id: first.exportId,
      jobId: job!.id,
      path: first.path,
      hasBytes: true,
      format: 'pdf',
    });
    expect(view.record.score?.summary).toMatch(/^\d+ of \d+ required, \d+ of \d+ nice-to-have$/);
    expect(view).not.toHaveProperty('bytes');
    const status = Object.fromEntries(view.comparison.sent.map((s) => [s.bulletId, s.status]));
    expect(status[sentBullet.id]).toBe('left-out-today');
    expect(status[resume.sections[0]!.entries[0]!.bullets[1]!.id]).toBe('reworded');
    expect(view.today.excluded.bullets).toContain(sentBullet.id);

    rmSync(first.path);
    const again = await handlers.reexport({ exportId: first.exportId });
    if (again.status !== 'saved') throw new Error('re-export canceled');
    expect(readFileSync(again.path).equals(original)).toBe(true);
    expect(again.sha256).toBe(view.record.sha256);
    expect(await handlers.listExports({ jobId: job!.id })).toHaveLength(1);
  });

  it('records only the bullets the file shows: an empty bullet is not drawn, so not listed as sent', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const entry = (await handlers.getResume(undefined)).sections[0]!.entries[0]!;
    const after = await handlers.addBullet({ entryId: entry.id, text: '' });
    const blank = after.sections[0]!.entries[0]!.bullets.at(-1)!;
    await handlers.updateBullet({
      id: blank.id,
      text: ' \u200B ',
      version: after.versions.bullets[blank.id]!,
    });

    const sent = await handlers.exportJobResume({ jobId: job!.id });
    if (sent.status !== 'saved') throw new Error('export canceled');
    const [record] = await handlers.listExports({ jobId: job!.id });
    expect(record!.bulletIds).not.toContain(blank.id);
    expect(record!.bulletIds).toContain(entry.bullets[0]!.id);
    expect(record!.bulletTexts.every((text) => text.trim() !== '')).toBe(true);
    expect((await handlers.listJobs(undefined))[0]!.exportCount).toBe(1);
  });

  it('refuses to change a record in the database itself', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const [job] = await ctx.backend.handlers.listJobs(undefined);
    const done = await ctx.backend.handlers.exportJobResume({ jobId: job!.id });
    if (done.status !== 'saved') throw new Error('export canceled');
    const db = new Database(databaseFile(ctx.dataDir));
    try {
      expect(() =>
        db.prepare('UPDATE exports SET path = ? WHERE id = ?').run('/elsewhere.pdf', done.exportId),
      ).toThrow(/never changed/);
    } finally {
      db.close();
    }
    expect((await ctx.backend.handlers.getExport({ exportId: done.exportId })).record.path).toBe(done.path);
  });
});
