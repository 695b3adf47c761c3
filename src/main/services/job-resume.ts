import { applyJobChoices } from '../../core/tailor/apply-choices';
import type { Exclusions } from '../../core/tailor/exclusions';
import type { JobChoices } from '../../core/tailor/job-choices';
import type { Resume } from '../../core/resume/resume';
import type { Repositories } from '../db/repositories';

/** One job's view of the résumé: the master, the job's wording and order, and what the job leaves out. */
export interface JobResume {
  master: Resume;
  /** applyJobChoices(master, choices): what score, preview and export read (exclusions not yet applied). */
  worded: Resume;
  /** Everything the job leaves out: what the user turned off and what the last fit left out. */
  excluded: Exclusions;
  /** What the user turned off: a new fit starts from this. */
  ownExcluded: Exclusions;
  choices: Omit<JobChoices, 'excluded'>;
}

/** Read in one transaction, so the résumé and the job's choices are one snapshot. */
export function readJobResume(repos: Repositories, jobId: number): JobResume {
  return repos.transaction(() => {
    const master = repos.resume.getResume();
    const choices = repos.jobChoices.get(jobId);
    return {
      master,
      worded: applyJobChoices(master, choices),
      excluded: repos.exclusions.get(jobId),
      ownExcluded: repos.exclusions.own(jobId),
      choices,
    };
  });
}
