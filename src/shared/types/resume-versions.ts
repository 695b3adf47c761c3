import type { EntryFields } from '../../core/resume/entry';
import type { Profile } from '../../core/resume/profile';
import type { Resume } from '../../core/resume/resume';

/**
 * The version of every row a person edits, by id: an edit sends the version of the text it started
 * from, and main refuses it (a 'conflict') when another window has saved over that text since.
 */
export interface ResumeVersions {
  profile: number;
  sections: Record<number, number>;
  entries: Record<number, number>;
  bullets: Record<number, number>;
}

/** The master résumé as the editor gets it: the tree and the versions of its rows, one snapshot. */
export type VersionedResume = Resume & { versions: ResumeVersions };

/** The details of a 'conflict' error: which row, its version now, and the text stored in it. */
export type EditConflict =
  | { kind: 'bullet' | 'section'; id: number; version: number; stored: string }
  | { kind: 'entry'; id: number; version: number; stored: EntryFields }
  | { kind: 'profile'; id: number; version: number; stored: Profile };
