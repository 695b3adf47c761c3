import type { SkillMatcher } from '../../core/keywords/skill-types';
import type { PostingAnalysis } from '../../core/posting/posting-types';
import { tailoringView, type TailoringView } from '../../core/tailor/tailoring-view';
import type { Job, Tailoring } from '../../shared/domain-types';
import type { Repositories } from '../db/repositories';
import type { JobsService } from './jobs-service';
import { readJobResume, type JobResume } from './job-resume';

/**
 * One job against the résumé as it stands: the job and its posting's analysis, the job's view of the
 * résumé, and the tailoring view of the two. Read once per change and handed to whatever answers it
 * (the Tailor screen, the preview, an export), so one toggle reads the job and the résumé once and
 * runs the matcher over the résumé once.
 */
export interface TailoredJob extends JobResume {
  job: Job;
  analysis: PostingAnalysis;
  view: TailoringView;
}

export function readTailoredJob(
  repos: Repositories,
  jobs: JobsService,
  matcher: SkillMatcher,
  jobId: number,
): TailoredJob {
  const { job, analysis } = jobs.getJob({ id: jobId });
  const jobResume = readJobResume(repos, jobId);
  return {
    ...jobResume,
    job,
    analysis,
    view: tailoringView(analysis, jobResume.worded, jobResume.excluded, matcher),
  };
}

/** What the Tailor screen shows of it. */
export function toTailoring({ job, worded, excluded, choices, view }: TailoredJob): Tailoring {
  return {
    jobId: job.id,
    excluded,
    score: view.score,
    bulletMatches: view.bulletMatches,
    resume: worded,
    choices,
    summary: view.summary,
    evidence: view.evidence,
    effects: view.effects,
  };
}
