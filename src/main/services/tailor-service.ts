import { AppError } from '../../core/errors/app-error';
import type { SkillMatcher } from '../../core/keywords/skill-types';
import type { Resume } from '../../core/resume/resume';
import { scoreMatch } from '../../core/tailor/score-match';
import type { Handlers } from '../../shared/contract';
import type { ItemKind, Tailoring } from '../../shared/domain-types';
import type { Repositories } from '../db/repositories';
import type { JobsService } from './jobs-service';

export type TailorHandlers = Pick<Handlers, 'getTailoring' | 'setIncluded'>;

/** Per-job choices of sections, entries and bullets, and the score they earn. */
export function tailorHandlers(
  repos: Repositories,
  jobs: JobsService,
  matcher: () => SkillMatcher,
): TailorHandlers {
  const getTailoring = (jobId: number): Tailoring => {
    const { analysis } = jobs.getJob({ id: jobId });
    const resume = repos.resume.getResume();
    const excluded = repos.exclusions.get(jobId);
    const { score, bulletMatches } = scoreMatch(analysis, resume, excluded, matcher());
    return { jobId, excluded, score, bulletMatches };
  };
  return {
    getTailoring: ({ jobId }) => getTailoring(jobId),
    setIncluded({ jobId, kind, id, included }) {
      repos.jobs.get(jobId); // not-found for a job that does not exist
      if (!itemExists(repos.resume.getResume(), kind, id)) {
        throw new AppError('not-found', `That ${kind} no longer exists in your résumé.`, { kind, id });
      }
      repos.exclusions.set(jobId, kind, id, included);
      return getTailoring(jobId);
    },
  };
}

function itemExists(resume: Resume, kind: ItemKind, id: number): boolean {
  return resume.sections.some(
    (section) =>
      (kind === 'section' && section.id === id) ||
      section.entries.some(
        (entry) =>
          (kind === 'entry' && entry.id === id) ||
          (kind === 'bullet' && entry.bullets.some((b) => b.id === id)),
      ),
  );
}
