import type { SkillMatch, SkillMatcher } from '../keywords/skill-types';
import type { PostingAnalysis, SkillHit } from '../posting/posting-types';
import type { Resume } from '../resume/resume';
import { toExclusionSets, type Exclusions } from './exclusions';
import { matchPercent, type MatchScore, type SkillCoverage } from './match-score';
import { coverageCounts } from './score-summary';

export interface MatchResult {
  score: MatchScore;
  /** Skill mentions in every bullet of the master résumé (included or not), keyed by bullet id. */
  bulletMatches: Record<number, SkillMatch[]>;
}

/**
 * Scores the tailored résumé against a posting. A skill is covered when an included bullet, an included
 * entry's title, or the profile's headline or summary mentions it (the skills section is made of entries
 * and bullets, so it counts too). Nothing is inferred: only what the résumé says.
 */
export function scoreMatch(
  analysis: PostingAnalysis,
  resume: Resume,
  excluded: Exclusions,
  matcher: SkillMatcher,
): MatchResult {
  const sets = toExclusionSets(excluded);
  const covered = new Set<string>();
  const bulletMatches: Record<number, SkillMatch[]> = {};
  // Skills that only excluded bullets mention, with those bullets: the "turn this back on" hints.
  const offered = new Map<string, number[]>();

  for (const text of [resume.profile.headline, resume.profile.summary]) {
    for (const match of matcher.find(text)) covered.add(match.skill);
  }

  for (const section of resume.sections) {
    const sectionOn = !sets.sections.has(section.id);
    for (const entry of section.entries) {
      const entryOn = sectionOn && !sets.entries.has(entry.id);
      if (entryOn) for (const match of matcher.find(entry.title)) covered.add(match.skill);
      for (const bullet of entry.bullets) {
        const matches = matcher.find(bullet.text);
        bulletMatches[bullet.id] = matches;
        const bulletOn = entryOn && !sets.bullets.has(bullet.id);
        for (const match of matches) {
          if (bulletOn) {
            covered.add(match.skill);
          } else {
            const ids = offered.get(match.skill) ?? [];
            if (!ids.includes(bullet.id)) ids.push(bullet.id);
            offered.set(match.skill, ids);
          }
        }
      }
    }
  }

  const required = coverage(analysis.required, covered);
  const preferred = coverage(analysis.preferred, covered);
  const gapBullets: Record<string, number[]> = {};
  for (const skill of [...required.missing, ...preferred.missing]) {
    const ids = offered.get(skill);
    if (ids) gapBullets[skill] = ids;
  }

  const percent = matchPercent(coverageCounts({ required, preferred }));

  return { score: { percent, required, preferred, gapBullets }, bulletMatches };
}

function coverage(hits: SkillHit[], covered: ReadonlySet<string>): SkillCoverage {
  const names = [...new Set(hits.map((hit) => hit.skill))];
  return {
    total: names.length,
    covered: names.filter((name) => covered.has(name)),
    missing: names.filter((name) => !covered.has(name)),
  };
}
