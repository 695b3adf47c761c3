import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { withBackend } from '../backend-fixture';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('evidence both ways and the effect of each toggle', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()?.();
  });

  it('lists the bullets showing each skill and the skills each bullet brings, consistently', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const t = await handlers.getTailoring({ jobId: job!.id });
    const terraform = t.evidence.bySkill['Terraform'];
    expect(terraform?.bullets.length).toBeGreaterThan(0);
    for (const id of terraform!.bullets) {
      expect(t.evidence.byBullet[id]!.required).toContain('Terraform');
      expect(t.bulletMatches[id]!.map((m) => m.skill)).toContain('Terraform');
    }
    expect(t.summary).toBe(
      `${t.score.required.covered.length} of ${t.score.required.total} required, ` +
        `${t.score.preferred.covered.length} of ${t.score.preferred.total} nice-to-have`,
    );
  });

  it('predicts what clicking a bullet does, and the click does exactly that', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const resume = await handlers.getResume(undefined);
    // Skills lists cover most skills; without them single bullets become the only evidence.
    for (const s of resume.sections.filter((s) => s.kind === 'skills')) {
      await handlers.setIncluded({ jobId: job!.id, steps: [{ kind: 'section', id: s.id, included: false }] });
    }
    const before = await handlers.getTailoring({ jobId: job!.id });
    const losing = Object.entries(before.effects).find(([, e]) => e.turnsOff && e.required.lost.length > 0);
    expect(losing).toBeDefined();
    const [bulletId, effect] = losing!;
    const off = await handlers.setIncluded({
      jobId: job!.id,
      steps: [{ kind: 'bullet', id: Number(bulletId), included: false }],
    });
    expect(off.score.percent).toBe(effect.percentAfter);
    for (const skill of effect.required.lost) expect(off.score.required.missing).toContain(skill);
    expect(off.score.required.covered.length).toBe(
      before.score.required.covered.length - effect.required.lost.length,
    );

    // Turning it back on is predicted as the reverse.
    const back = off.effects[Number(bulletId)]!;
    expect(back.turnsOff).toBe(false);
    expect(back.required.gained.sort()).toEqual([...effect.required.lost].sort());
    expect(back.percentAfter).toBe(before.score.percent);
    // A bullet that repeats skills shown elsewhere changes nothing.
    const harmless = Object.values(off.effects).find(
      (e) => e.turnsOff && e.required.lost.length === 0 && e.preferred.lost.length === 0,
    );
    expect(harmless?.percentAfter).toBe(off.score.percent);
  });
});

describe('variants and per-job wording and order', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()?.();
  });

  it('uses a variant or an edit for one job only, in score and export, never touching the master', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const other = await handlers.createJob({
      text: 'Platform Engineer\nRequirements:\n- Terraform\n- DynamoDB\n',
    });
    const resume = await handlers.getResume(undefined);
    const bullet = resume.sections
      .flatMap((s) => s.entries.flatMap((e) => e.bullets))
      .find((b) => b.text.startsWith('Led the incident review practice'))!;
    expect(bullet.text).not.toContain('DynamoDB');
    const wording =
      'Ran DynamoDB tables at 40k writes per second with on-demand capacity and point-in-time recovery.';
    // Whatever else shows DynamoDB goes off for this job, so only the variant can cover it.
    const shownBy = (await handlers.getTailoring({ jobId: job!.id })).evidence.bySkill['DynamoDB']!.bullets;
    expect(shownBy.length).toBeGreaterThan(0);
    for (const id of shownBy)
      await handlers.setIncluded({ jobId: job!.id, steps: [{ kind: 'bullet', id, included: false }] });

    const withVariant = await handlers.addVariant({ bulletId: bullet.id, text: wording });
    const stored = withVariant.sections
      .flatMap((s) => s.entries.flatMap((e) => e.bullets))
      .find((b) => b.id === bullet.id)!;
    expect(stored.text).toBe(bullet.text);
    expect(stored.variants).toEqual([{ id: expect.any(Number), text: wording }]);

    const before = await handlers.getTailoring({ jobId: job!.id });
    const t = await handlers.setBulletText({
      jobId: job!.id,
      bulletId: bullet.id,
      choice: { variantId: stored.variants[0]!.id },
    });
    const shown = t.resume.sections
      .flatMap((s) => s.entries.flatMap((e) => e.bullets))
      .find((b) => b.id === bullet.id)!;
    expect(shown.text).toBe(wording);
    expect(t.evidence.byBullet[bullet.id]!.required).toContain('DynamoDB');
    expect(before.score.required.missing).toContain('DynamoDB');
    expect(t.score.required.covered).toContain('DynamoDB');
    expect(t.score.percent).toBeGreaterThan(before.score.percent);

    // The other job and the master keep the master's words.
    const untouched = await handlers.getTailoring({ jobId: other.job.id });
    expect(
      untouched.resume.sections
        .flatMap((s) => s.entries.flatMap((e) => e.bullets))
        .find((b) => b.id === bullet.id)!.text,
    ).toBe(bullet.text);
    const master = await handlers.getResume(undefined);
    expect(
      master.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets)).find((b) => b.id === bullet.id)!
        .text,
    ).toBe(bullet.text);

    const exported = await handlers.exportJobResume({ jobId: job!.id });
    if (exported.status !== 'saved') throw new Error('export canceled');
    const text = squash(execFileSync('pdftotext', [exported.path, '-'], { encoding: 'utf8' }));
    expect(text).toContain(squash(wording));
    expect(text).not.toContain(squash(bullet.text));
    const [record] = await handlers.listExports({ jobId: job!.id });
    expect(record!.bulletTexts).toContain(wording);

    // Text edited for this job only; the master's own words mean "no edit".
    const edited = await handlers.setBulletText({
      jobId: job!.id,
      bulletId: bullet.id,
      choice: { text: 'Only for KaiOS.' },
    });
    expect(edited.choices.texts[bullet.id]).toEqual({ text: 'Only for KaiOS.' });
    const reset = await handlers.setBulletText({
      jobId: job!.id,
      bulletId: bullet.id,
      choice: { text: bullet.text },
    });
    expect(reset.choices.texts[bullet.id]).toBeUndefined();
    await expect(
      Promise.resolve().then(() =>
        handlers.setBulletText({ jobId: job!.id, bulletId: bullet.id, choice: { text: '  ' } }),
      ),
    ).rejects.toMatchObject({ code: 'invalid-input' });

    // Deleting the variant sends the job back to the master text.
    await handlers.setBulletText({
      jobId: job!.id,
      bulletId: bullet.id,
      choice: { variantId: stored.variants[0]!.id },
    });
    await handlers.deleteVariant({ id: stored.variants[0]!.id });
    const after = await handlers.getTailoring({ jobId: job!.id });
    expect(after.choices.texts[bullet.id]).toBeUndefined();
  });

  it('answers not-found for a job, bullet or parent that no longer exists', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const entry = (await handlers.getResume(undefined)).sections[0]!.entries[0]!;
    const gone = entry.bullets[0]!.id;
    await handlers.deleteBullet({ id: gone });
    const refused = async (call: () => unknown) =>
      expect(Promise.resolve().then(call)).rejects.toMatchObject({ code: 'not-found' });
    await refused(() =>
      handlers.setIncluded({ jobId: job!.id, steps: [{ kind: 'bullet', id: gone, included: false }] }),
    );
    await refused(() => handlers.setPinned({ jobId: job!.id, bulletId: gone, pin: 'in' }));
    await refused(() => handlers.setBulletText({ jobId: job!.id, bulletId: gone, choice: { text: 'x' } }));
    await refused(() => handlers.setOrder({ jobId: job!.id, kind: 'bullet', parentId: 999_999, ids: [] }));
    await refused(() =>
      handlers.setIncluded({ jobId: 999_999, steps: [{ kind: 'entry', id: entry.id, included: false }] }),
    );
    // One call with a good step and a stale one applies neither: the screen never shows half an action.
    await refused(() =>
      handlers.setIncluded({
        jobId: job!.id,
        steps: [
          { kind: 'entry', id: entry.id, included: false },
          { kind: 'bullet', id: gone, included: false },
        ],
      }),
    );
    const after = await handlers.getTailoring({ jobId: job!.id });
    expect(after.excluded.bullets).toEqual([]);
    expect(after.excluded.entries).toEqual([]);
  });

  it('refuses a variant of another bullet', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const [a, b] = (await handlers.getResume(undefined)).sections[0]!.entries[0]!.bullets;
    const resume = await handlers.addVariant({ bulletId: a!.id, text: 'Other words' });
    const variantId = resume.sections[0]!.entries[0]!.bullets[0]!.variants[0]!.id;
    await expect(
      Promise.resolve().then(() =>
        handlers.setBulletText({ jobId: job!.id, bulletId: b!.id, choice: { variantId } }),
      ),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reorders entries and bullets for one job, and refuses an order that drops or repeats one', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const experience = (await handlers.getResume(undefined)).sections.find((s) => s.kind === 'experience')!;
    const entryIds = experience.entries.map((e) => e.id);
    const bulletIds = experience.entries[0]!.bullets.map((b) => b.id);

    await handlers.setOrder({
      jobId: job!.id,
      kind: 'entry',
      parentId: experience.id,
      ids: [...entryIds].reverse(),
    });
    const t = await handlers.setOrder({
      jobId: job!.id,
      kind: 'bullet',
      parentId: entryIds[0]!,
      ids: [...bulletIds].reverse(),
    });
    const section = t.resume.sections.find((s) => s.id === experience.id)!;
    expect(section.entries.map((e) => e.id)).toEqual([...entryIds].reverse());
    expect(section.entries.find((e) => e.id === entryIds[0])!.bullets.map((b) => b.id)).toEqual(
      [...bulletIds].reverse(),
    );

    const exported = await handlers.exportJobResume({ jobId: job!.id });
    const [record] = await handlers.listExports({ jobId: job!.id });
    expect(exported.status).toBe('saved');
    const firstEntryBullets = record!.bulletIds.filter((id) => bulletIds.includes(id));
    expect(firstEntryBullets).toEqual([...bulletIds].reverse());

    const master = (await handlers.getResume(undefined)).sections.find((s) => s.kind === 'experience')!;
    expect(master.entries.map((e) => e.id)).toEqual(entryIds);

    await expect(
      Promise.resolve().then(() =>
        handlers.setOrder({ jobId: job!.id, kind: 'entry', parentId: experience.id, ids: entryIds.slice(1) }),
      ),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    const reset = await handlers.setOrder({
      jobId: job!.id,
      kind: 'entry',
      parentId: experience.id,
      ids: [],
    });
    expect(reset.resume.sections.find((s) => s.id === experience.id)!.entries.map((e) => e.id)).toEqual(
      entryIds,
    );
  });
});
