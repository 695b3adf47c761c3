import type { ResumeDraft } from '../../core/resume/resume-draft';
import type { Repositories } from './repositories';

/** Recorded once the first run has been handled, whether or not the demo went in. */
export const DEMO_SEEDED_KEY = 'demo-resume-seeded';

/**
 * Gives a first-time user a filled-in résumé to try the app with. Only on the very first run: once the
 * choice is recorded, a user who deletes everything gets an empty résumé, not the demo back.
 * Returns whether the demo was written.
 */
export function seedDemoResumeIfEmpty(repos: Repositories, demoDraft: ResumeDraft): boolean {
  return repos.transaction(() => {
    if (repos.meta.get(DEMO_SEEDED_KEY) !== undefined) return false;
    const seed = repos.resume.isEmpty();
    if (seed) repos.resume.replaceResume(demoDraft);
    repos.meta.set(DEMO_SEEDED_KEY, seed ? 'seeded' : 'skipped: résumé not empty');
    return seed;
  });
}
