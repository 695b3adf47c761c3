import type { MatchScore } from '../../core/tailor/score-formula';
import type { SkillMatch } from '../../core/keywords/skill-types';
import type { Exclusions, ItemKind } from '../../core/tailor/exclusions';
import type { Resume } from '../../core/resume/resume';
import type { FitResult } from '../../core/tailor/fit-to-pages';
import type { BulletPin, BulletTextChoice, JobChoices } from '../../core/tailor/job-choices';
import type { Evidence } from '../../core/tailor/skill-evidence';
import type { SkillGap } from '../../core/tailor/skill-gaps';
import type { ToggleEffect } from '../../core/tailor/toggle-effects';

export type { BulletPin, BulletTextChoice, Evidence, Exclusions, ItemKind, SkillGap, ToggleEffect };

/** One job's tailoring of the master résumé and what it earns. */
export interface Tailoring {
  jobId: number;
  excluded: Exclusions;
  score: MatchScore;
  /** Skill mentions in each bullet's text, keyed by bullet id, for highlighting. */
  bulletMatches: Record<number, SkillMatch[]>;
  /**
   * The master résumé as this job words and orders it (chosen variants, text edited for the job, the
   * job's order). Nothing is removed: `excluded` says what is off. bulletMatches index into these texts.
   */
  resume: Resume;
  /** The job's wording choices, order and fit-to-page pins, as stored. */
  choices: Omit<JobChoices, 'excluded'>;
  /** "11 of 14 required, 2 of 5 nice-to-have" */
  summary: string;
  /** For each posting skill the bullets that show it; for each bullet the posting skills it brings. */
  evidence: Evidence;
  /** For each bullet id, what clicking its checkbox would do to the score ("-2 required: Terraform, DynamoDB"). */
  effects: Record<number, ToggleEffect>;
}

/** What fitToPages did: the budget, the pages it takes, what was left out and what that cost. */
export interface FitReport extends Omit<FitResult, 'excluded'> {
  pages: number;
}

export interface FitToPagesResult {
  /** The job's tailoring with the fit applied as its exclusions. */
  tailoring: Tailoring;
  report: FitReport;
}

/**
 * A fit made earlier, measured again with the job's choices and PDF settings as they are now: does it
 * still hold, and would fitting again show more of the résumé.
 */
export interface FitCheck {
  pages: number;
  /** Pages the job's résumé takes now. */
  pageCount: number;
  holds: boolean;
  /** Bullets a new fit would add (0 when there is no more room, or the page no longer holds). */
  roomFor: number;
}
