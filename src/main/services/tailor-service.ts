import { AppError } from '../../core/errors/app-error';
import type { SkillMatcher } from '../../core/keywords/skill-types';
import type { Resume } from '../../core/resume/resume';
import { isPermutationOf } from '../../core/tailor/apply-choices';
import { exclusionsBeyond, tailorResume, type Exclusions } from '../../core/tailor/exclusions';
import { fitToPages } from '../../core/tailor/fit-to-pages';
import type { BulletPin } from '../../core/tailor/job-choices';
import { tailoringView } from '../../core/tailor/tailoring-view';
import type { MissingGlyphPolicy } from '../../core/layout/unsupported-characters';
import type { Handlers } from '../../shared/contract';
import type { FitCheck, PdfPreview, Tailoring } from '../../shared/domain-types';
import type { Repositories } from '../db/repositories';
import type { JobsService } from './jobs-service';
import { readJobResume } from './job-resume';
import { readTailoredJob, toTailoring, type TailoredJob } from './tailored-job';

export type TailorHandlers = Pick<
  Handlers,
  'getTailoring' | 'setIncluded' | 'setPinned' | 'fitToPages' | 'checkFit' | 'setBulletText' | 'setOrder'
>;

export interface TailorService extends TailorHandlers {
  getTailoring(input: { jobId: number }): Tailoring;
}

/**
 * Per-job choices (which sections, entries and bullets; their wording and order; fit-to-page pins) and
 * what they earn: score, evidence both ways, and the effect of each toggle before it is clicked.
 * `pageCounter` measures pages with the real layout and the user's current PDF options; `drawPreview`
 * draws the preview PDF of a tailored job.
 */
export function createTailorService(
  repos: Repositories,
  jobs: JobsService,
  matcher: () => SkillMatcher,
  pageCounter: () => (resume: Resume) => number,
  drawPreview: (tailored: TailoredJob, onMissingGlyph: MissingGlyphPolicy) => Promise<PdfPreview>,
): TailorService {
  const getTailoring = (jobId: number): Tailoring =>
    toTailoring(readTailoredJob(repos, jobs, matcher(), jobId));
  /**
   * The fit as it would come out now, saving nothing: fitToPages saves it, checkFit compares it with the
   * job's current choices (after a change of template, page size, margins, text size or selection).
   */
  const runFit = (jobId: number, pages: number) => {
    const { analysis } = jobs.getJob({ id: jobId });
    const { worded, excluded, ownExcluded, choices } = readJobResume(repos, jobId);
    // A fit starts again from the user's own choices, not from what an earlier fit left out: with more
    // room (a smaller text size, another template) the entries and bullets it dropped can come back.
    const view = tailoringView(analysis, worded, ownExcluded, matcher());
    // Every bullet the user turned off is a pin out, pinned or not (older unticks were stored unpinned).
    const pins: Record<number, BulletPin> = { ...choices.pins };
    for (const id of ownExcluded.bullets) if (pins[id] !== 'in') pins[id] = 'out';
    const count = pageCounter();
    const { excluded: fitted, ...report } = fitToPages({
      resume: worded,
      excluded: ownExcluded,
      sources: view.sources,
      wanted: view.wanted,
      pins,
      pages,
      pageCount: count,
    });
    const bulletsOn = (ex: Exclusions) =>
      tailorResume(worded, ex).sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.id)));
    return {
      fitted,
      fitOwn: exclusionsBeyond(fitted, ownExcluded),
      report,
      pageCount: count(tailorResume(worded, excluded)),
      bulletsOn,
      excluded,
    };
  };
  return {
    getTailoring: ({ jobId }) => getTailoring(jobId),
    // The repositories answer not-found for a job or an item that no longer exists.
    async setIncluded({ jobId, steps, preview }) {
      // All or nothing: a step that names a missing item leaves the others unapplied too.
      repos.transaction(() => {
        for (const { kind, id, included } of steps) {
          repos.exclusions.set(jobId, kind, id, included);
          // A bullet the user unticks is theirs to keep off: it acts as a pin out, so fit-to-page never
          // turns it back on. Ticking it again lifts that pin and leaves a pin in alone.
          if (kind === 'bullet') {
            const pin = repos.jobChoices.get(jobId).pins[id];
            if (!included) repos.jobChoices.setPin(jobId, id, 'out');
            else if (pin === 'out') repos.jobChoices.setPin(jobId, id, null);
          }
        }
      });
      // What the screen needs next, from one read and one match: the tailoring, and the preview drawn
      // from that same view when the preview is on screen (no second round trip, no second read).
      const current = readTailoredJob(repos, jobs, matcher(), jobId);
      const tailoring = toTailoring(current);
      if (preview === undefined) return tailoring;
      try {
        return { ...tailoring, preview: await drawPreview(current, preview.onMissingGlyph ?? 'stop') };
      } catch {
        // The change is saved either way: a preview that cannot be drawn (a character no font has) is
        // left out, and the renderer asks previewPdf, whose error the preview panel shows.
        return tailoring;
      }
    },
    setPinned({ jobId, bulletId, pin }) {
      // A pin also sets the bullet now, so what the user sees agrees with what fit-to-page will keep.
      repos.transaction(() => {
        repos.jobChoices.setPin(jobId, bulletId, pin);
        if (pin !== null) repos.exclusions.set(jobId, 'bullet', bulletId, pin === 'in');
      });
      return getTailoring(jobId);
    },
    fitToPages({ jobId, pages }) {
      const { fitOwn, report } = runFit(jobId, pages);
      repos.exclusions.replaceFit(jobId, fitOwn);
      return { tailoring: getTailoring(jobId), report: { ...report, pages } };
    },
    checkFit({ jobId, pages }) {
      const { fitted, pageCount, bulletsOn, excluded } = runFit(jobId, pages);
      const now = new Set(bulletsOn(excluded));
      const holds = pageCount <= pages;
      // Room is only worth saying while the page holds; over budget, fitting again is the only offer.
      const roomFor = holds ? bulletsOn(fitted).filter((id) => !now.has(id)).length : 0;
      return { pages, pageCount, holds, roomFor } satisfies FitCheck;
    },
    setBulletText({ jobId, bulletId, choice }) {
      repos.jobs.get(jobId);
      const masterText = repos.resume.bulletText(bulletId);
      if (choice !== null && 'text' in choice) {
        if (choice.text.trim() === '') {
          throw new AppError(
            'invalid-input',
            'A bullet cannot be empty for one job. Turn it off for this job instead.',
            { bulletId },
          );
        }
        // The master's own words are no per-job text: store nothing, so later master edits show.
        if (choice.text === masterText) choice = null;
      }
      repos.jobChoices.setText(jobId, bulletId, choice);
      return getTailoring(jobId);
    },
    setOrder({ jobId, kind, parentId, ids }) {
      repos.jobs.get(jobId);
      const children = repos.resume.childIds(kind, parentId);
      if (
        ids.length > 0 &&
        !isPermutationOf(
          ids,
          children.map((id) => ({ id })),
        )
      ) {
        throw new AppError(
          'invalid-input',
          `The new order must list each ${kind} of that ${kind === 'entry' ? 'section' : 'entry'} exactly once. Reload and try again.`,
          { parentId },
        );
      }
      repos.jobChoices.setOrder(jobId, kind, children, ids);
      return getTailoring(jobId);
    },
  };
}
