import type { PostingAnalysis } from '../core/posting/posting-types';
import type { MatchScore } from '../core/tailor/match-score';
import type { SkillMatch } from '../core/keywords/skill-types';
import type { Exclusions } from '../core/tailor/exclusions';
import type { Resume } from '../core/resume/resume';
import type { ExportComparison } from '../core/tailor/export-comparison';
import type { FitResult } from '../core/tailor/fit-to-pages';
import type { BulletPin, BulletTextChoice, JobChoices } from '../core/tailor/job-choices';
import type { Evidence } from '../core/tailor/skill-evidence';
import type { SkillGap } from '../core/tailor/skill-gaps';
import type { ToggleEffect } from '../core/tailor/toggle-effects';
import type { AtsCheck } from '../core/layout/ats-check';
import type { PdfOptions } from '../core/layout/pdf-options';
import type { UnsupportedCharacter } from '../core/layout/unsupported-characters';

export type { Exclusions };

/** Types both sides of the IPC boundary need, beside the core's own. */
export interface JobSummary {
  id: number;
  title: string;
  company: string;
  location: string;
  createdAt: string;
  // Issue 5: the jobs library
  status: JobStatus;
  /** When the status first became 'applied' (ISO time); null if it never was. */
  appliedAt: string | null;
  /** Last change of status or notes (ISO time); the creation time until then. */
  updatedAt: string;
  notes: string;
  /** The job's current match; filled when the list is sorted by score, null otherwise. */
  match: JobMatch | null;
}

export interface Job extends JobSummary {
  /** The posting as plain text (HTML pastes are converted on save); highlights index into it. */
  text: string;
}

export interface JobView {
  job: Job;
  analysis: PostingAnalysis;
}

export type ItemKind = 'section' | 'entry' | 'bullet';

export interface Tailoring {
  jobId: number;
  excluded: Exclusions;
  score: MatchScore;
  /** Skill mentions in each bullet's text, keyed by bullet id, for highlighting. */
  bulletMatches: Record<number, SkillMatch[]>;
  // Issue 5: tailoring
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

export interface PdfPreview {
  bytes: Uint8Array;
  pageCount: number;
  /** The PDF read back as an ATS reads it, compared with what was drawn. */
  ats: AtsCheck;
  /** Characters drawn as a replacement mark (onMissingGlyph 'replace'). */
  replaced: ReplacedCharacter[];
}

export type ExportResult =
  | {
      status: 'saved';
      path: string;
      exportId: number;
      format: ExportFormat;
      /** The ATS round trip of the written PDF; absent for Word files. */
      ats?: AtsCheck;
      replaced: ReplacedCharacter[];
    }
  | { status: 'canceled' };

export interface ExportRecord {
  id: number;
  jobId: number;
  createdAt: string;
  path: string;
  percent: number;
  bulletIds: number[];
  sha256: string;
  // Issue 5: what was sent
  /** The exact text of each bullet as exported, in the order of bulletIds. */
  bulletTexts: string[];
  /** Template name when the export options recorded one; null for older exports. */
  template: string | null;
  format: string;
  /** The score when exported; null for records made before it was kept. */
  score: ExportScore | null;
  /** The exported file's bytes are stored, so "export the same file again" works. */
  hasBytes: boolean;
}

export interface AppInfo {
  /** Things the user must be told once at start (a damaged database set aside, ...). */
  notices: string[];
  dataDir: string;
  mode: 'desktop' | 'browser';
}

/** A term the user added to their own dictionary; matched like a bundled skill, in the app and the CLI. */
export interface UserSkill {
  id: number;
  name: string;
  aliases: string[];
  /** 'custom' unless the user chose another (a dictionary category such as "cloud" or "soft"). */
  category: string;
  createdAt: string;
}

// Issue 4: PDF and Word export
export type { AtsCheck, PdfOptions };
export type ExportFormat = 'pdf' | 'docx';
/** A character drawn as "\uFFFD" because no bundled font has it: what, where. */
export type ReplacedCharacter = Pick<UnsupportedCharacter, 'character' | 'codePoint' | 'field'>;

// Issue 5: tailoring
export type { BulletPin, BulletTextChoice, Evidence, ExportComparison, SkillGap, ToggleEffect };

export const JOB_STATUSES = ['saved', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** 'recent': newest saved first (default); 'updated': last changed first; 'score': best match first;
 *  'relevance': best full-text match first (with a query; else as 'recent'). */
export const JOB_SORTS = ['recent', 'updated', 'score', 'relevance'] as const;
export type JobSort = (typeof JOB_SORTS)[number];

/** A job's match in numbers: "11 of 14 required, 2 of 5 nice-to-have" and the percentage. */
export interface JobMatch {
  percent: number;
  requiredCovered: number;
  requiredTotal: number;
  preferredCovered: number;
  preferredTotal: number;
  summary: string;
}

/** The score as recorded with an export. */
export interface ExportScore {
  percent: number;
  summary: string;
  required: { covered: string[]; missing: string[] };
  preferred: { covered: string[]; missing: string[] };
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

/** A past export beside today's tailoring of the same job. */
export interface ExportView {
  record: ExportRecord;
  job: JobSummary;
  /** Today's tailoring of the job, for side-by-side display. */
  today: Tailoring;
  /** Bullet by bullet: sent and today, same / reworded / left out today / deleted; and what today adds. */
  comparison: ExportComparison;
  /** The file as exported (for a preview); null for records made before the bytes were kept. */
  bytes: Uint8Array | null;
}

export type ReexportResult = { status: 'saved'; path: string; sha256: string } | { status: 'canceled' };
