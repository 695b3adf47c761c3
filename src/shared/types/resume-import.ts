import type { ImportChanges } from '../../core/resume/import-changes';
import type { ResumeDraft } from '../../core/resume/resume-draft';
import type { MergeChoices, MergePlan } from '../../core/resume/resume-merge';
import type { VersionedResume } from './resume-versions';

/** One thing a reader was unsure of, with the source line it is about when it names one (1-based). */
export interface UnsureNote {
  line: number | null;
  message: string;
}

/** A résumé file or pasted text as the app read it, for the review screen; nothing is stored yet. */
export interface RecognisedImport {
  /** The file's name, or "Pasted text". */
  name: string;
  draft: ResumeDraft;
  unsure: UnsureNote[];
  /**
   * The text the reader read, one string per line and numbered as the notes are, shown beside the draft
   * (a LinkedIn export's CSV files each under its name); it comes from the same read as the draft.
   */
  source: string[];
}

export type ImportMode = 'replace' | 'merge';

/** What confirming an import would do, for the summary beside the Replace and Merge buttons. */
export interface ImportPlanView {
  mode: ImportMode;
  /** The merge's offers and additions (also given for a replacement, to show what a merge would do). */
  merge: MergePlan;
  /** The choices the changes were worked out with: the ones sent, or the defaults when none were. */
  choices: MergeChoices;
  changes: ImportChanges;
  /** Named removals (sections, entries and bullets): what applying must be told the user saw. */
  removals: number;
  jobsLosingChoices: number;
  bulletsLosingVariants: number;
  backupFolder: string;
}

export interface AppliedImport {
  resume: VersionedResume;
  backupPath: string;
  changes: ImportChanges;
  jobsLosingChoices: number;
}
