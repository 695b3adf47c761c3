import type { Resume } from './resume';
import type { ResumeDraft } from './resume-draft';

/**
 * Gives a draft (an imported file, not stored anywhere) the ids a Resume carries, numbered in reading
 * order from 1. The CLI works on files alone, without a database, and still uses the same core.
 */
export function draftToResume(draft: ResumeDraft): Resume {
  let next = 1;
  return {
    profile: draft.profile,
    sections: draft.sections.map((section) => ({
      ...section,
      id: next++,
      entries: section.entries.map((entry) => ({
        ...entry,
        id: next++,
        bullets: entry.bullets.map((bullet) => ({ ...bullet, id: next++, variants: [] })),
      })),
    })),
  };
}
