import type { SkillMatcher } from '../keywords/skill-types';
import type { PostingAnalysis } from '../posting/posting-types';
import type { Resume } from '../resume/resume';
import type { Exclusions } from './exclusions';

/**
 * Excludes every bullet that mentions none of the posting's skills (required or nice-to-have). Entries
 * and sections stay, so dates and headings are kept even when no bullet of theirs is relevant.
 * Skills sections are left whole: they are lists of skills, not claims to filter.
 */
export function onlyMatchingExclusions(
  resume: Resume,
  analysis: PostingAnalysis,
  matcher: SkillMatcher,
): Exclusions {
  const wanted = new Set([...analysis.required, ...analysis.preferred].map((hit) => hit.skill));
  const bullets: number[] = [];
  for (const section of resume.sections) {
    if (section.kind === 'skills') continue;
    for (const entry of section.entries) {
      for (const bullet of entry.bullets) {
        if (!matcher.find(bullet.text).some((match) => wanted.has(match.skill))) bullets.push(bullet.id);
      }
    }
  }
  return { sections: [], entries: [], bullets };
}
