import type { SkillMatch, SkillMatcher } from '../keywords/skill-types';
import type { PostingAnalysis } from '../posting/posting-types';
import type { Resume } from '../resume/resume';
import type { Exclusions } from './exclusions';
import { coverageCounts, matchPercent, type MatchScore, type SkillCoverage } from './score-formula';
import {
  coveredSkills,
  skillSources,
  wantedSkills,
  type SkillSources,
  type WantedSkills,
} from './skill-sources';

export interface MatchResult {
  score: MatchScore;
  /** Skill mentions in every bullet of the master résumé (included or not), keyed by bullet id. */
  bulletMatches: Record<number, SkillMatch[]>;
  /** Who covers what (skill-sources.ts), for the evidence, the toggle effects and fit-to-page. */
  sources: SkillSources;
}

/**
 * Scores the tailored résumé against a posting. A skill is covered when an included bullet, an included
 * entry's title, or the profile's headline or summary mentions it (skillSources holds that rule; the
 * skills section is made of entries and bullets, so it counts too). Nothing is inferred: only what the
 * résumé says.
 */
export function scoreMatch(
  analysis: PostingAnalysis,
  resume: Resume,
  excluded: Exclusions,
  matcher: SkillMatcher,
): MatchResult {
  const sources = skillSources(resume, excluded, matcher);
  const { percent, required, preferred } = scoreCoverage(wantedSkills(analysis), coveredSkills(sources));

  const bulletMatches: Record<number, SkillMatch[]> = {};
  // Skills that only excluded bullets mention, with those bullets: the "turn this back on" hints.
  const offered = new Map<string, number[]>();
  for (const place of sources.bullets) {
    bulletMatches[place.bulletId] = place.matches;
    if (place.included) continue;
    for (const skill of place.skills) offered.set(skill, [...(offered.get(skill) ?? []), place.bulletId]);
  }
  const gapBullets: Record<string, number[]> = {};
  for (const skill of [...required.missing, ...preferred.missing]) {
    const ids = offered.get(skill);
    if (ids) gapBullets[skill] = ids;
  }

  return { score: { percent, required, preferred, gapBullets }, bulletMatches, sources };
}

/**
 * What a posting wants against what a résumé covers, as the score: the one place coverage becomes a
 * percent, for a tailoring (above) and for the jobs list's per-job match.
 */
export function scoreCoverage(
  wanted: WantedSkills,
  covered: ReadonlySet<string>,
): Pick<MatchScore, 'percent' | 'required' | 'preferred'> {
  const required = coverage(wanted.required, covered);
  const preferred = coverage(wanted.preferred, covered);
  return { percent: matchPercent(coverageCounts({ required, preferred })), required, preferred };
}

function coverage(names: string[], covered: ReadonlySet<string>): SkillCoverage {
  return {
    total: names.length,
    covered: names.filter((name) => covered.has(name)),
    missing: names.filter((name) => !covered.has(name)),
  };
}
