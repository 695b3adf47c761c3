import type { Resume } from '../../core/resume/resume';

/** What importing a JSON Resume would cost, told before the user confirms. */
export interface ImportPreview {
  /** Jobs whose choices (bullets turned off, per-job wording, order, pins) are on items the file drops. */
  jobsLosingChoices: number;
  /** Master bullets whose other wordings go with them: the file changes or drops their text. */
  bulletsLosingVariants: number;
  /** The folder where the backup taken before the import will be. */
  backupFolder: string;
}

export interface ImportResult {
  resume: Resume;
  /** The copy of the whole database taken just before the import replaced the résumé. */
  backupPath: string;
  /** Jobs whose choices on dropped items went with them. */
  jobsLosingChoices: number;
}
