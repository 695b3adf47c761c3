import { AppError } from '../../core/errors/app-error';
import { emptyProfile } from '../../core/resume/profile';
import type { ResumeDraft } from '../../core/resume/resume-draft';
import type { Handlers } from '../../shared/contract';
import type { DemoJob, DemoResume, FirstRun } from '../../shared/domain-types';
import { seedDemoResumeIfEmpty } from '../db/demo-seed';
import type { Repositories } from '../db/repositories';
import type { JobsService } from './jobs-service';

export type FirstRunHandlers = Pick<Handlers, 'getFirstRun' | 'dismissWelcome' | 'removeDemo'>;

// Meta keys. Written by this version on a first run only, so a database from before the welcome existed
// neither shows it by itself nor labels a résumé the user has long made their own as a demo.
const WELCOME_KEY = 'welcome';
const DEMO_NAME_KEY = 'demo-resume-name';
const DEMO_JOB_KEY = 'demo-job-id';

export interface FirstRunService extends FirstRunHandlers {
  /** On the very first run: the demo résumé and its posting, remembered as demo, and the welcome due. */
  seed(demo: ResumeDraft, postingText: string): void;
}

export function createFirstRunService(repos: Repositories, jobs: JobsService): FirstRunService {
  /**
   * The résumé counts as the demo while the first run's demo is recorded and the name on it is still the
   * demo's: an import (of any kind) or the user writing their own name makes it theirs.
   */
  const demoResume = (): DemoResume | null => {
    const name = repos.meta.get(DEMO_NAME_KEY) ?? '';
    if (name === '') return null;
    const resume = repos.resume.getResume();
    if (resume.profile.name !== name) return null;
    return {
      name,
      sections: resume.sections.length,
      bullets: resume.sections.reduce((n, s) => n + s.entries.reduce((m, e) => m + e.bullets.length, 0), 0),
    };
  };
  const demoJob = (): DemoJob | null => {
    const id = Number(repos.meta.get(DEMO_JOB_KEY) ?? '');
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    try {
      const { title, company } = repos.jobs.get(id);
      return { id, title, company };
    } catch (error) {
      // The user deleted it: no demo job left to label.
      if (error instanceof AppError && error.code === 'not-found') return null;
      throw error;
    }
  };
  const status = (): FirstRun =>
    repos.transaction(() => ({
      welcomeDue: repos.meta.get(WELCOME_KEY) === 'due',
      demo: { resume: demoResume(), job: demoJob() },
    }));

  return {
    seed(demo, postingText) {
      repos.transaction(() => {
        if (!seedDemoResumeIfEmpty(repos, demo)) return;
        const { job } = jobs.createJob({ text: postingText });
        repos.meta.set(DEMO_NAME_KEY, demo.profile.name);
        repos.meta.set(DEMO_JOB_KEY, String(job.id));
        repos.meta.set(WELCOME_KEY, 'due');
      });
    },
    getFirstRun: status,
    dismissWelcome() {
      if (repos.meta.get(WELCOME_KEY) === 'due') repos.meta.set(WELCOME_KEY, 'seen');
      return status();
    },
    removeDemo() {
      repos.transaction(() => {
        if (demoResume() !== null) repos.resume.replaceResume({ profile: emptyProfile(), sections: [] });
        const job = demoJob();
        // Its tailoring and export records go with it (ON DELETE CASCADE).
        if (job !== null) repos.jobs.delete(job.id);
        repos.meta.set(DEMO_NAME_KEY, '');
        repos.meta.set(DEMO_JOB_KEY, '');
      });
      return status();
    },
  };
}
