import type { PostingAnalysis } from '../../core/posting/posting-types';

export const JOB_STATUSES = ['saved', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** 'recent': newest saved first (default); 'updated': last changed first; 'score': best match first;
 *  'relevance': best full-text match first (with a query; else as 'recent'). */
export const JOB_SORTS = ['recent', 'updated', 'score', 'relevance'] as const;
export type JobSort = (typeof JOB_SORTS)[number];

/** A saved job as the library lists it. */
export interface JobSummary {
  id: number;
  title: string;
  company: string;
  location: string;
  createdAt: string;
  status: JobStatus;
  /** When the status first became 'applied' (ISO time); null if it never was. */
  appliedAt: string | null;
  /** Last change of status or notes (ISO time); the creation time until then. */
  updatedAt: string;
  notes: string;
  /** How many export records ("what was sent") the job has; deleting the job deletes them. */
  exportCount: number;
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

/** createJob's answer: the new job, or the one already saved with exactly this posting (`alreadySaved`). */
export interface CreatedJob extends JobView {
  alreadySaved: boolean;
}

/** A job's match in numbers: "11 of 14 required, 2 of 5 nice-to-have" and the percentage. */
export interface JobMatch {
  percent: number;
  requiredCovered: number;
  requiredTotal: number;
  preferredCovered: number;
  preferredTotal: number;
  summary: string;
}

/** A posting file read for the paste box: its text, and its HTML when it was a saved web page. */
export interface PostingFileText {
  text: string;
  html?: string;
  format: 'text' | 'html' | 'pdf' | 'docx';
}
