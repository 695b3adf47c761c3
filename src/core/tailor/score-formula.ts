/** One level's skills (required or nice-to-have): how many the posting names, which the résumé shows. */
export interface SkillCoverage {
  total: number;
  covered: string[];
  missing: string[];
}

export interface MatchScore {
  percent: number;
  required: SkillCoverage;
  preferred: SkillCoverage;
  /** For each missing skill, the excluded bullets that would cover it if turned back on. */
  gapBullets: Record<string, number[]>;
}

export interface CoverageCounts {
  requiredCovered: number;
  requiredTotal: number;
  preferredCovered: number;
  preferredTotal: number;
}

export const coverageCounts = (score: Pick<MatchScore, 'required' | 'preferred'>): CoverageCounts => ({
  requiredCovered: score.required.covered.length,
  requiredTotal: score.required.total,
  preferredCovered: score.preferred.covered.length,
  preferredTotal: score.preferred.total,
});

/*
 * The match score, in numbers a person can check: required skills weigh twice as much as nice-to-have
 * ones, each skill counts once however often it is mentioned.
 *   percent = round(100 * (2 * requiredCovered + preferredCovered) / (2 * requiredTotal + preferredTotal))
 * A posting with no recognised skills scores 0 (nothing to match, nothing claimed).
 */
export const REQUIRED_WEIGHT = 2;
export const PREFERRED_WEIGHT = 1;

/** The formula above: the one place the score is computed (scoreMatch, toggle effects, the jobs list). */
export function matchPercent(counts: CoverageCounts): number {
  const possible = REQUIRED_WEIGHT * counts.requiredTotal + PREFERRED_WEIGHT * counts.preferredTotal;
  const earned = REQUIRED_WEIGHT * counts.requiredCovered + PREFERRED_WEIGHT * counts.preferredCovered;
  return possible === 0 ? 0 : Math.round((100 * earned) / possible);
}
