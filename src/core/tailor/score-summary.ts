import { coverageCounts, type CoverageCounts, type MatchScore } from './score-formula';

/**
 * The score in words a person can check against the lists: "11 of 14 required, 2 of 5 nice-to-have".
 * The tailoring screen, the jobs list, the CLI and the export record all use this one sentence.
 */
export function scoreSummary(score: Pick<MatchScore, 'required' | 'preferred'>): string {
  return countsSummary(coverageCounts(score));
}

export function countsSummary(counts: CoverageCounts): string {
  return (
    `${counts.requiredCovered} of ${counts.requiredTotal} required, ` +
    `${counts.preferredCovered} of ${counts.preferredTotal} nice-to-have`
  );
}
