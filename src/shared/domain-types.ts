import type { PostingAnalysis } from '../core/posting/posting-types';
import type { MatchScore } from '../core/tailor/match-score';
import type { SkillMatch } from '../core/keywords/skill-types';
import type { Exclusions } from '../core/tailor/exclusions';

export type { Exclusions };

/** Types both sides of the IPC boundary need, beside the core's own. */
export interface JobSummary {
  id: number;
  title: string;
  company: string;
  location: string;
  createdAt: string;
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
}

export interface PdfPreview {
  bytes: Uint8Array;
  pageCount: number;
}

export type ExportResult = { status: 'saved'; path: string; exportId: number } | { status: 'canceled' };

export interface ExportRecord {
  id: number;
  jobId: number;
  createdAt: string;
  path: string;
  percent: number;
  bulletIds: number[];
  sha256: string;
}

export interface AppInfo {
  /** Things the user must be told once at start (a damaged database set aside, ...). */
  notices: string[];
  dataDir: string;
  mode: 'desktop' | 'browser';
}
