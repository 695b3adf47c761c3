import { AppError } from '../../core/errors/app-error';
import type { SkillMatcher } from '../../core/keywords/skill-types';
import { analyzePosting } from '../../core/posting/analyze-posting';
import { pasteToText } from '../../core/posting/paste-to-text';
import type { Handlers } from '../../shared/contract';
import type { JobView } from '../../shared/domain-types';
import type { Repositories } from '../db/repositories';

export interface JobsService extends Pick<Handlers, 'listJobs' | 'createJob' | 'getJob' | 'deleteJob'> {
  getJob(input: { id: number }): JobView;
  createJob(input: { text: string }): JobView;
}

/**
 * Saving and reading postings. What is extracted (skills, sections, title...) is recomputed from the
 * stored text on every read, so improving the engine improves every saved job; it takes well under a
 * millisecond.
 */
export function createJobsService(repos: Repositories, matcher: () => SkillMatcher): JobsService {
  return {
    listJobs: () => repos.jobs.list(),
    createJob({ text: raw }) {
      if (raw.trim() === '') {
        throw new AppError('invalid-input', 'The posting is empty. Paste the text of a job posting first.');
      }
      const { text } = pasteToText(raw);
      if (text.trim() === '') {
        throw new AppError('invalid-input', 'No readable text was found in what was pasted.');
      }
      const analysis = analyzePosting(text, matcher());
      const job = repos.jobs.create({
        title: analysis.title,
        company: analysis.company,
        location: analysis.location,
        rawText: raw,
        text,
      });
      return { job, analysis };
    },
    getJob({ id }) {
      const job = repos.jobs.get(id);
      return { job, analysis: analyzePosting(job.text, matcher()) };
    },
    deleteJob({ id }) {
      repos.jobs.delete(id);
      return repos.jobs.list();
    },
  };
}
