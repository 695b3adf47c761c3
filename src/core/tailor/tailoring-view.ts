import type { SkillMatch, SkillMatcher } from '../keywords/skill-types';
import type { PostingAnalysis } from '../posting/posting-types';
import type { Resume } from '../resume/resume';
import type { Exclusions } from './exclusions';
import type { MatchScore } from './score-formula';
import { scoreMatch } from './score-match';
import { scoreSummary } from './score-summary';
import { skillEvidence, type Evidence } from './skill-evidence';
import { wantedSkills, type SkillSources, type WantedSkills } from './skill-sources';
import { toggleEffects, type ToggleEffect } from './toggle-effects';

export interface TailoringView {
  score: MatchScore;
  /** "11 of 14 required, 2 of 5 nice-to-have" */
  summary: string;
  bulletMatches: Record<number, SkillMatch[]>;
  evidence: Evidence;
  effects: Record<number, ToggleEffect>;
  /** For callers that go on to fit the résumé to pages. */
  sources: SkillSources;
  wanted: WantedSkills;
}

/**
 * Everything the tailoring screen, the CLI and fit-to-page read about one résumé against one posting,
 * from one pass of the matcher over the résumé. `worded` is the résumé with the job's wording and order
 * (applyJobChoices), nothing removed.
 */
export function tailoringView(
  analysis: PostingAnalysis,
  worded: Resume,
  excluded: Exclusions,
  matcher: SkillMatcher,
): TailoringView {
  const { score, bulletMatches, sources } = scoreMatch(analysis, worded, excluded, matcher);
  const wanted = wantedSkills(analysis);
  return {
    score,
    summary: scoreSummary(score),
    bulletMatches,
    evidence: skillEvidence(sources, wanted),
    effects: toggleEffects(sources, wanted),
    sources,
    wanted,
  };
}
