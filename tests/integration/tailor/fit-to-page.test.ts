import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src/core/layout/export-options';
import type { Resume } from '../../../src/core/resume/resume';
import { tailorResume, type Exclusions } from '../../../src/core/tailor/exclusions';
import { loadFontLibrary } from '../../../src/main/adapters/font-files';
import { createPageCounter } from '../../../src/main/services/page-counter';
import { withBackend } from '../backend-fixture';

const pageCount = createPageCounter(
  loadFontLibrary(join(process.cwd(), 'resources')),
  DEFAULT_EXPORT_OPTIONS,
);

/**
 * The naive way to make a résumé fit: keep the bullets in their default order and stop at the first one
 * that no longer fits on the page. Sections, entries and skills lists stay, as they do for fit-to-page.
 */
function cutToPages(resume: Resume, pages: number): Exclusions {
  const candidates = resume.sections
    .filter((section) => section.kind !== 'skills')
    .flatMap((section) => section.entries.flatMap((entry) => entry.bullets.map((b) => b.id)));
  const kept = new Set<number>();
  const excludedWith = (on: Set<number>): Exclusions => ({
    sections: [],
    entries: [],
    bullets: candidates.filter((id) => !on.has(id)),
  });
  for (const id of candidates) {
    const trial = new Set(kept).add(id);
    if (pageCount(tailorResume(resume, excludedWith(trial))) > pages) break;
    kept.add(id);
  }
  return excludedWith(kept);
}

describe('fit to a page on the sample posting', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()?.();
  });

  it('is one page by the real PDF and covers at least the required skills of a plain cut', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const resume = await handlers.getResume(undefined);
    const before = await handlers.previewPdf({ jobId: job!.id });
    expect(before.pageCount).toBeGreaterThan(1);

    const { tailoring, report } = await handlers.fitToPages({ jobId: job!.id, pages: 1 });
    const preview = await handlers.previewPdf({ jobId: job!.id });
    expect(preview.pageCount).toBe(1);
    expect(report).toMatchObject({ pages: 1, pageCount: 1, fits: true });

    // Compare with the plain cut, scored by the app itself.
    for (const bullet of cutToPages(resume, 1).bullets) {
      await handlers.setIncluded({
        jobId: job!.id,
        steps: [{ kind: 'bullet', id: bullet, included: false }],
      });
    }
    const cut = await handlers.getTailoring({ jobId: job!.id });
    expect(tailoring.score.required.covered.length).toBeGreaterThanOrEqual(cut.score.required.covered.length);
  });

  it('keeps a bullet in every entry it keeps, reports what it left out, and gives the same answer twice', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const first = await handlers.fitToPages({ jobId: job!.id, pages: 1 });
    const again = await handlers.fitToPages({ jobId: job!.id, pages: 1 });
    expect(again.tailoring.excluded).toEqual(first.tailoring.excluded);

    const { excluded, resume } = first.tailoring;
    const off = new Set(excluded.bullets);
    for (const entry of resume.sections.flatMap((s) => s.entries)) {
      if (excluded.entries.includes(entry.id) || entry.bullets.length === 0) continue;
      expect(
        entry.bullets.some((b) => !off.has(b.id)),
        entry.title,
      ).toBe(true);
    }
    expect(first.report.leftOut.length).toBeGreaterThan(0);
    for (const left of first.report.leftOut) expect(off.has(left.bulletId)).toBe(true);
    // The skills a left-out bullet names are what the evidence says it brings.
    for (const left of first.report.leftOut) {
      const brings = first.tailoring.evidence.byBullet[left.bulletId]!;
      expect(left.skills).toEqual([...brings.required, ...brings.preferred]);
    }

    const two = await handlers.fitToPages({ jobId: job!.id, pages: 2 });
    expect(two.report.pageCount).toBeLessThanOrEqual(2);
    expect(two.tailoring.excluded.bullets.length).toBeLessThan(excluded.bullets.length);
  });

  it('honours pins: a pinned-in bullet stays, a pinned-out one goes, and it still fits', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const { tailoring, report } = await handlers.fitToPages({ jobId: job!.id, pages: 1 });
    const wasOut = report.leftOut[0]!.bulletId;
    const wasIn = tailoring.resume.sections
      .filter((s) => s.kind === 'experience')
      .flatMap((s) => s.entries.flatMap((e) => e.bullets))
      .find((b) => !tailoring.excluded.bullets.includes(b.id))!.id;

    await handlers.setPinned({ jobId: job!.id, bulletId: wasOut, pin: 'in' });
    const pinned = await handlers.setPinned({ jobId: job!.id, bulletId: wasIn, pin: 'out' });
    expect(pinned.choices.pins).toEqual({ [wasOut]: 'in', [wasIn]: 'out' });

    const refit = await handlers.fitToPages({ jobId: job!.id, pages: 1 });
    expect(refit.tailoring.excluded.bullets).not.toContain(wasOut);
    expect(refit.tailoring.excluded.bullets).toContain(wasIn);
    expect(refit.report.leftOut.find((b) => b.bulletId === wasIn)?.reason).toBe('pinned-out');
    expect((await handlers.previewPdf({ jobId: job!.id })).pageCount).toBe(1);

    // Unpinned, it is fit-to-page's choice again.
    const unpinned = await handlers.setPinned({ jobId: job!.id, bulletId: wasIn, pin: null });
    expect(unpinned.choices.pins).toEqual({ [wasOut]: 'in' });
  });

  it('keeps a bullet the user unticked off, and lifts that when it is ticked again', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const all = (await handlers.fitToPages({ jobId: job!.id, pages: 2 })).tailoring;
    const bullet = all.resume.sections
      .flatMap((s) => s.entries.flatMap((e) => e.bullets))
      .find((b) => !all.excluded.bullets.includes(b.id))!.id;

    const unticked = await handlers.setIncluded({
      jobId: job!.id,
      steps: [{ kind: 'bullet', id: bullet, included: false }],
    });
    expect(unticked.choices.pins[bullet]).toBe('out');
    for (const pages of [2, 1] as const) {
      const fit = await handlers.fitToPages({ jobId: job!.id, pages });
      expect(fit.tailoring.excluded.bullets).toContain(bullet);
      expect(fit.report.leftOut.find((b) => b.bulletId === bullet)?.reason).toBe('pinned-out');
    }
    const ticked = await handlers.setIncluded({
      jobId: job!.id,
      steps: [{ kind: 'bullet', id: bullet, included: true }],
    });
    expect(ticked.choices.pins[bullet]).toBeUndefined();
  });

  it('says whether an earlier fit still holds after the PDF settings change', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    await handlers.fitToPages({ jobId: job!.id, pages: 1 });
    expect(await handlers.checkFit({ jobId: job!.id, pages: 1 })).toEqual({
      pages: 1,
      pageCount: 1,
      holds: true,
      roomFor: 0,
    });

    const options = await handlers.getExportOptions(undefined);
    await handlers.setExportOptions({ ...options, baseFontSize: 13 });
    const larger = await handlers.checkFit({ jobId: job!.id, pages: 1 });
    expect(larger).toMatchObject({ holds: false, roomFor: 0 });
    expect(larger.pageCount).toBe((await handlers.previewPdf({ jobId: job!.id })).pageCount);

    await handlers.setExportOptions({ ...options, baseFontSize: 11 });
    const fitted = await handlers.fitToPages({ jobId: job!.id, pages: 1 });
    expect(fitted.report.leftOut.length).toBeGreaterThan(0);
    await handlers.setExportOptions({ ...options, baseFontSize: 8 });
    const smaller = await handlers.checkFit({ jobId: job!.id, pages: 1 });
    expect(smaller.holds).toBe(true);
    expect(smaller.roomFor).toBeGreaterThan(0);
  });

  it("keeps the fit's exclusions apart from the user's: a later fit gives back what an earlier one dropped", async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const [job] = await handlers.listJobs(undefined);
    const jobId = job!.id;
    const options = await handlers.getExportOptions(undefined);
    const start = await handlers.getTailoring({ jobId });
    const entries = start.resume.sections.flatMap((s) => s.entries);
    // The user turns one entry off themselves.
    const mine = entries.find((e) => e.bullets.length > 0)!.id;
    await handlers.setIncluded({ jobId, steps: [{ kind: 'entry', id: mine, included: false }] });

    // A large text size makes the fit leave whole entries out.
    await handlers.setExportOptions({ ...options, baseFontSize: 13 });
    const tight = await handlers.fitToPages({ jobId, pages: 1 });
    expect(tight.report.leftOutEntries.length).toBeGreaterThan(0);
    const dropped = tight.report.leftOutEntries.map((e) => e.entryId);
    expect(tight.tailoring.excluded.entries).toEqual(expect.arrayContaining([mine, ...dropped]));

    // A small one leaves room: the check offers it, and the next fit brings those entries back.
    await handlers.setExportOptions({ ...options, baseFontSize: 8 });
    expect((await handlers.checkFit({ jobId, pages: 1 })).roomFor).toBeGreaterThan(0);
    const roomy = await handlers.fitToPages({ jobId, pages: 1 });
    expect(roomy.report.fits).toBe(true);
    for (const id of dropped) {
      if (!roomy.report.leftOutEntries.some((e) => e.entryId === id))
        expect(roomy.tailoring.excluded.entries).not.toContain(id);
    }
    expect(roomy.tailoring.excluded.entries.length).toBeLessThan(tight.tailoring.excluded.entries.length);
    // The user's own choice never comes back by itself.
    expect(roomy.tailoring.excluded.entries).toContain(mine);

    // Ticking an entry a fit left out brings it back at once.
    await handlers.setExportOptions({ ...options, baseFontSize: 13 });
    const again = await handlers.fitToPages({ jobId, pages: 1 });
    const back = again.report.leftOutEntries[0]!.entryId;
    const ticked = await handlers.setIncluded({
      jobId,
      steps: [{ kind: 'entry', id: back, included: true }],
    });
    expect(ticked.excluded.entries).not.toContain(back);
    expect(ticked.excluded.entries).toContain(mine);
  });
});
